/**
 * What every host hands the engine: a sheet as a 2-D array of cell values. Excel's `range.values`
 * and an .xlsx reader both give this, so one parser serves the task pane, the browser page and the CLI.
 */

/** A cell as a host reads it. Dates may arrive as Excel serial numbers, as Date, or as text. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetData {
  name: string;
  /** 1-based row of values[0] in the sheet (the used range may not start at A1). */
  originRow: number;
  /** 1-based column of values[r][0]. */
  originCol: number;
  values: CellValue[][];
}

/** "A", "B", …, "Z", "AA" for a 1-based column number. */
export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "C7" for 1-based row 7, column 3. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Parses "C7" into 1-based { row, col }; null when it is not an A1 address. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
