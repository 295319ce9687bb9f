import type { CellValue as ExcelTsValue } from "@cj-tech-master/excelts";
import type { CellValue } from "../../workbook/sheetData";
import { dateToSerial } from "./excelDate";

/**
 * Converts what ExcelTS holds for a cell into what office.js `range.values` would give, so one
 * parser serves the task pane, the browser page and the CLI:
 * - dates become Excel serial numbers (ExcelTS turns date-formatted numbers into Date objects);
 * - formulas give their cached result (we never recalculate), or null when the file has none;
 * - rich text and hyperlinks give their plain text, errors their code ("#DIV/0!");
 * - empty cells give null (office.js gives "", but the SheetData contract says null).
 */
export function toCellValue(value: ExcelTsValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if ("error" in value) return String(value.error);
  if ("hyperlink" in value) return value.text ?? value.hyperlink;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("checkbox" in value) return value.checkbox;
  if ("result" in value || "formula" in value || "sharedFormula" in value) {
    return value.result === undefined ? null : toCellValue(value.result);
  }
  return null;
}
