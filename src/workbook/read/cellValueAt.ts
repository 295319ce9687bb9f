import { parseCellAddress, type CellValue, type SheetData } from "../sheetData";

/** The value of one cell by its 1-based position, wherever the sheet's used range starts. */
export function cellValueAt(sheet: SheetData, row: number, col: number): CellValue {
  return sheet.values[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
}

/** The value of one cell by its A1 address ("D12"). */
export function cellValueAtAddress(sheet: SheetData, address: string): CellValue {
  const at = parseCellAddress(address);
  if (!at) throw new Error(`"${address}" is not a cell address.`);
  return cellValueAt(sheet, at.row, at.col);
}

/** A1's text, trimmed: how result sheets are recognised; "" when A1 holds no text. */
export function sheetTitle(sheet: SheetData): string {
  const a1 = cellValueAt(sheet, 1, 1);
  return typeof a1 === "string" ? a1.trim() : "";
}
