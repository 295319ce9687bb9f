import type { Workbook, Worksheet } from "@cj-tech-master/excelts";
import { xmlDecode } from "@cj-tech-master/excelts/xml";
import type { CellValue } from "../../workbook/sheetData";
import { parseCellAddress } from "../../workbook/sheetData";
import { dateToSerial, serialToDate } from "./excelDate";
import { inspectWorkbookBytes } from "./inspectWorkbookBytes";
import { inspectWorkbookParts } from "./inspectWorkbookParts";
import { loadWithSheetTails } from "./loadWithSheetTails";
import { sheetTail, type SourceRowsTail } from "./sheetTails";
import { checkUsedRange, worksheetToSheetData, type SheetVisibility, type XlsxSheet } from "./worksheetData";

/**
 * readXlsx for big files (the CLI): the same sheets and values, but a big sheet's rows are read
 * from its XML as it streams past instead of through ExcelTS's model, which for a million rows
 * takes gigabytes. Small sheets, and big ones with tables, merges, hyperlinks or comments, still go
 * through the model (see prepareSourceTails). The file is judged first, as loadWorkbook does.
 */
export async function readLargeXlsx(data: ArrayBuffer | Uint8Array): Promise<XlsxSheet[]> {
  return (await loadLargeXlsx(data)).sheets;
}

/**
 * The workbook as loadWithSheetTails loads a file the CLI copies into its result (big sheets kept
 * out of the model and copied at save), and its sheets' values as readLargeXlsx gives them: the
 * CLI reads its inputs and writes its result from one parse of the file.
 */
export async function loadLargeXlsx(
  data: ArrayBuffer | Uint8Array,
): Promise<{ workbook: Workbook; sheets: XlsxSheet[] }> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // Judged before prepareSourceTails unpacks anything (a zip bomb, a file that is no workbook).
  await inspectWorkbookParts(bytes, inspectWorkbookBytes(bytes));
  const workbook = await loadWithSheetTails(bytes);
  const sheets: XlsxSheet[] = [];
  for (const ws of workbook.worksheets) {
    const tail = sheetTail(workbook, ws);
    sheets.push(tail?.kind === "source" ? await tailSheetData(ws, tail) : worksheetToSheetData(ws));
  }
  return { workbook, sheets };
}

/** A copied sheet's values, bounded like worksheetToSheetData: by the cells that hold a value. */
async function tailSheetData(ws: Worksheet, tail: SourceRowsTail): Promise<XlsxSheet> {
  // ExcelTS turned the probe cells of date styles into Dates: those styles' numbers are dates,
  // which ExcelTS's readers round to the millisecond; so do we, to give the very same serials.
  const dateStyles = new Set(
    tail.probeStyles.filter((_, i) => ws.getCell(tail.probeRow, i + 1).value instanceof Date),
  );
  const rows: CellValue[][] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  let count = 0;
  let far = { row: 0, col: 0 };
  for await (const chunk of tail.rowsXml()) {
    for (const row of chunk.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const r = Number(/\sr="(\d+)"/.exec(row[1])?.[1]);
      for (const c of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const value = cellValue(c[1], c[2] ?? "", dateStyles);
        if (value === null || value === "") continue;
        const at = parseCellAddress(/\sr="([^"]*)"/.exec(c[1])?.[1] ?? "");
        if (!at) throw new Error(`Sheet "${ws.name}": a cell of row ${r} has no address.`);
        (rows[r] ??= [])[at.col] = value;
        count++;
        if (r + at.col > far.row + far.col) far = { row: r, col: at.col };
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, at.col);
        right = Math.max(right, at.col);
      }
    }
  }
  const visibility: SheetVisibility = ws.state ?? "visible";
  if (bottom === 0) return { name: ws.name, originRow: 1, originCol: 1, values: [], visibility };
  checkUsedRange(ws.name, (bottom - top + 1) * (right - left + 1), count, far);
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = rows[r] ?? [];
    const out = new Array<CellValue>(right - left + 1).fill(null);
    for (let c = left; c <= right; c++) if (row[c] !== undefined) out[c - left] = row[c];
    values.push(out);
    rows[r] = [];
  }
  return { name: ws.name, originRow: top, originCol: left, values, visibility };
}

/** A cell's value as toCellValue gives it: cached formula results, text of inline strings. */
function cellValue(attrs: string, inner: string, dateStyles: ReadonlySet<number>): CellValue {
  const type = /\st="([^"]*)"/.exec(attrs)?.[1] ?? "n";
  if (type === "inlineStr") {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "";
    return [...is.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)].map((t) => xmlDecode(t[1] ?? "")).join("");
  }
  const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return null;
  if (type === "str" || type === "e") return xmlDecode(v);
  if (type === "b") return v.trim() === "1";
  const n = Number(v);
  const style = Number(/\ss="(\d+)"/.exec(attrs)?.[1] ?? 0);
  return dateStyles.has(style) ? dateToSerial(serialToDate(n)) : n;
}
