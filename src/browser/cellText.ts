import type { CellValue } from "../workbook/sheetData";

/** How the sheet viewer shows a cell: close to Excel's General format, without locale tricks. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date)
    return value
      .toISOString()
      .replace("T", " ")
      .replace(/(:00)?\.000Z$/, "");
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number")
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  return value;
}
