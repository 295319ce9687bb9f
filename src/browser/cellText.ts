import { format as formatNumber, isValidFormat } from "numfmt";
import type { Language } from "../i18n/translate";
import type { CellValue } from "../workbook/sheetData";

/**
 * numfmt's locale per page language: Excel shows the invariant code `#,##0 "kr."` as
 * 1.909.914 kr. in Danish and 1,909,914 kr. in English, and so does numfmt. (ExcelTS's own
 * formatter drops quoted suffixes and knows no locale, so it cannot serve here.)
 */
const LOCALE: Readonly<Record<Language, string>> = { da: "da", en: "en" };

/**
 * How Excel shows a cell: its value through its number format, with the page language's
 * separators. Dates arrive as serial numbers and come out as dates when the format is a date
 * format. A format Excel would not accept falls back to General rather than hiding the value.
 */
export function cellText(value: CellValue, format: string | undefined, language: Language): string {
  if (value === null) return "";
  const pattern = format && isValidFormat(format) ? format : "General";
  return formatNumber(pattern, value, { locale: LOCALE[language] });
}

/** Excel's default alignment: numbers (dates too) to the right, TRUE/FALSE and errors centred. */
export function defaultAlignment(value: CellValue): "left" | "center" | "right" {
  if (typeof value === "number" || value instanceof Date) return "right";
  if (typeof value === "boolean" || (typeof value === "string" && /^#[A-Z0-9/]+[!?]?$/.test(value)))
    return "center";
  return "left";
}
