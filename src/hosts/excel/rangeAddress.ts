import { cellAddress, columnLetter } from "../../workbook/sheetData";

/**
 * The A1 address of a block of cells from its 1-based top-left corner.
 *
 * @example
 * rangeAddress(2, 1, 3, 2)
 * //=> "A2:B4"
 */
export function rangeAddress(row: number, col: number, rowCount: number, colCount: number): string {
  const first = cellAddress(row, col);
  if (rowCount === 1 && colCount === 1) return first;
  return `${first}:${cellAddress(row + rowCount - 1, col + colCount - 1)}`;
}

/** "C:C": the whole column, for column widths. */
export function columnAddress(col: number): string {
  const letter = columnLetter(col);
  return `${letter}:${letter}`;
}
