import type { WorkbookHost } from "../../workbook/workbookHost";
import { readCsv, sheetNameFromFile } from "../../hosts/file/readCsv";
import { csvImportPlan } from "../../workbook/plan/csvImportPlan";
import { detectSheetKind } from "../../workbook/read/readAggregationInputs";

/**
 * "Import CSV": the file becomes a NEW sheet named after it (the host makes the name unique).
 * Returns the sheet's name and which aggregation table its header says it is.
 */
export async function importCsv(
  host: WorkbookHost,
  file: { name: string; text(): Promise<string> },
): Promise<{ sheetName: string; kind: ReturnType<typeof detectSheetKind> }> {
  const sheet = readCsv(await file.text(), sheetNameFromFile(file.name));
  if (sheet.values.length === 0) throw new Error("The file is empty.");
  const [sheetName] = await host.writePlan(csvImportPlan(sheet));
  return { sheetName, kind: detectSheetKind(sheet) };
}
