import type { WorkbookHost } from "../../workbook/workbookHost";
import type { InputSheets } from "../../engine/api";
import type { SheetData } from "../../workbook/sheetData";
import { inputSheetNames } from "../state/sheetMapping";

/**
 * Reads the mapped sheets fresh from the host. Done before every engine call, because the user may
 * have edited the workbook since the last one.
 */
export async function readInputSheets(host: WorkbookHost, inputs: InputSheets): Promise<SheetData[]> {
  const sheets: SheetData[] = [];
  // One sheet at a time: the Excel host reads each sheet in its own batch, within the payload limits.
  for (const name of inputSheetNames(inputs)) sheets.push(await host.readSheet(name));
  return sheets;
}
