import { UnreadableWorkbookError, type XlsxSheet } from "../hosts/file/readXlsx";
import { readLargeXlsx } from "../hosts/file/readLargeXlsx";
import { UsageError } from "./cliArgs";

/** What simulate and search add when they are given CSV: the command that reads it. */
export const CSV_VIA_AGGREGATE = "or use `aggregate`, which reads CSV";

/**
 * The sheets of a workbook named on the command line; a file that is not a readable workbook is
 * a usage error (exit 2) of one line that names it, what is wrong and what to do. `csvHint`
 * completes the fix when the file turns out to be CSV text.
 */
export async function readWorkbookSheets(
  path: string,
  data: Uint8Array,
  csvHint?: string,
): Promise<XlsxSheet[]> {
  try {
    // Big sheets are read from their XML, not through ExcelTS's model (a million rows: gigabytes).
    return await readLargeXlsx(data);
  } catch (e) {
    if (!(e instanceof UnreadableWorkbookError)) throw e;
    const line = e.describe(path);
    throw new UsageError(e.csv && csvHint ? `${line}, ${csvHint}` : line);
  }
}
