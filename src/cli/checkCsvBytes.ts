import { inspectFileKind } from "../hosts/file/inspectFileKind";
import { UsageError } from "./cliArgs";

/**
 * A .csv file named on the command line must be text: a workbook or an old .xls saved under a
 * .csv name would otherwise parse as one column of noise and end in a misleading message.
 */
export function checkCsvBytes(path: string, data: Uint8Array): void {
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 3 && data[3] === 4)
    throw new UsageError(
      `${path} is not CSV text (it is a zip archive, likely an .xlsx workbook); name it .xlsx`,
    );
  const kind = inspectFileKind(data);
  if (kind.csv || kind.description === "plain text") return;
  throw new UsageError(
    `${path} is not CSV text (it is ${kind.description}); ${kind.fix.replace(".xlsx (Excel Workbook)", "CSV, or as .xlsx")}`,
  );
}
