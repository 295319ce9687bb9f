import { ValueType, type Worksheet } from "@cj-tech-master/excelts";
import { columnLetter, type CellValue, type SheetData } from "../../workbook/sheetData";
import { toCellValue } from "./toCellValue";
import { UnreadableWorkbookError } from "./inspectWorkbookBytes";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A sheet as read from a file: the SheetData every host gives, plus whether users can see it. */
export interface XlsxSheet extends SheetData {
  visibility: SheetVisibility;
}

/**
 * The used range of a worksheet as a 2-D array, like office.js `getUsedRange(true).values`:
 * bounded by the cells that hold a value (formatting alone does not count, so a template whose
 * drop-downs cover 500 empty rows reads as its header). `maxRows` cuts the result for previews.
 */
export function worksheetToSheetData(ws: Worksheet, maxRows = Infinity): XlsxSheet {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      // Excel gives a merged area's value only in its top-left cell; ExcelTS repeats it.
      if (cell.type === ValueType.Merge) return;
      const value = toCellValue(cell.value);
      if (value === null || value === "") return;
      cells.push({ row: rowNumber, col: colNumber, value });
      top = Math.min(top, rowNumber);
      left = Math.min(left, colNumber);
      bottom = Math.max(bottom, rowNumber);
      right = Math.max(right, colNumber);
    });
  });
  const visibility: SheetVisibility = ws.state ?? "visible";
  if (cells.length === 0) return { name: ws.name, originRow: 1, originCol: 1, values: [], visibility };

  const rowCount = Math.min(bottom - top + 1, maxRows);
  const width = right - left + 1;
  if (cells.length > 0) {
    const far = cells.reduce((a, c) => (c.row + c.col > a.row + a.col ? c : a));
    checkUsedRange(ws.name, rowCount * width, cells.length, far);
  }
  const values: CellValue[][] = Array.from({ length: rowCount }, () =>
    new Array<CellValue>(width).fill(null),
  );
  for (const c of cells) {
    const r = c.row - top;
    if (r < rowCount) values[r][c.col - left] = c.value;
  }
  return { name: ws.name, originRow: top, originCol: left, values, visibility };
}

/**
 * The 2-D array holds every cell of the used range, empty or not. A value far from the others
 * (a stray entry in XFD1048576, or a crafted file) would make it billions of cells from a few
 * values, so a range over 10,000,000 cells must be at least a tenth full: a dense 1,000,000-row
 * sheet of 10 columns passes, a sheet whose range is mostly empty is refused, naming the cell.
 */
const MAX_SPARSE_CELLS = 10_000_000;
const MIN_FILL = 0.1;

export function checkUsedRange(
  sheet: string,
  area: number,
  values: number,
  far: { row: number; col: number },
): void {
  if (area <= MAX_SPARSE_CELLS || values >= area * MIN_FILL) return;
  throw new UnreadableWorkbookError(
    `has values far apart on sheet '${sheet}': its used range covers ${area.toLocaleString("en")} cells ` +
      `for ${values.toLocaleString("en")} values`,
    `delete the stray value in ${columnLetter(far.col)}${far.row} (or move the data together) and save it again`,
  );
}
