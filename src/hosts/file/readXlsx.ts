import { Workbook } from "@cj-tech-master/excelts";
import { inspectWorkbookBytes, UnreadableWorkbookError } from "./inspectWorkbookBytes";
import { inspectWorkbookParts } from "./inspectWorkbookParts";
import { loadChartSupport } from "./writeCharts";
import { worksheetToSheetData, type XlsxSheet } from "./worksheetData";

/**
 * Loads .xlsx bytes into an ExcelTS workbook. The package's "browser" export condition gives
 * webpack its browser build and Node its ESM build, so this one import serves both. The bytes
 * are judged first (not a zip, damaged, a zip bomb, absurd merged ranges…), and whatever the reader still cannot
 * parse is an {@link UnreadableWorkbookError} too: the CLI and the page say what is wrong with
 * the file instead of showing a parser's stack.
 */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const entries = inspectWorkbookBytes(bytes);
  await inspectWorkbookParts(bytes, entries);
  // ExcelTS refuses a file with charts until its chart support is installed (the page reopening a
  // result it saved); fetched only for such a file.
  if (entries.some((e) => e.name.startsWith("xl/charts/"))) await loadChartSupport();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    throw new UnreadableWorkbookError(
      `could not be read as a workbook (${reason})`,
      "open it in Excel and save it again as .xlsx",
    );
  }
  return workbook;
}

/**
 * Every worksheet of an .xlsx file, in tab order, as the 2-D values office.js would give
 * (dates as Excel serials, formulas as their cached results), each with its visibility.
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<XlsxSheet[]> {
  const workbook = await loadWorkbook(data);
  return workbook.worksheets.map((ws) => worksheetToSheetData(ws));
}

/** The names a user sees as tabs: hidden and very hidden sheets left out. */
export function listVisibleSheets(sheets: readonly XlsxSheet[]): string[] {
  return sheets.filter((s) => s.visibility === "visible").map((s) => s.name);
}

export type { XlsxSheet, SheetVisibility } from "./worksheetData";
export { UnreadableWorkbookError } from "./inspectWorkbookBytes";
