import type { CellValue } from "../sheetData";
import { excelSerialToMs, naiveMs } from "../../core/time/naiveTime";

/** A cell counts as empty when it is null, or text of only spaces. */
export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Reads a number from a cell. Text is accepted with "." or "," as the decimal mark (a Danish
 * workbook pasted as text has "12,5"); when both appear, the last one is the decimal mark and the
 * other groups thousands ("1.234,5" and "1,234.5" are both 1234.5).
 */
export function parseNumberCell(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  let s = v.trim().replace(/\s|\u00a0/g, "");
  if (s === "") return null;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    s = s.split(group).join("").replace(decimal, ".");
  } else if (lastComma >= 0) {
    if (s.indexOf(",") !== lastComma) return null;
    s = s.replace(",", ".");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2})[:.](\d{2})(?:[:.](\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const DANISH_DATE_TIME =
  /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T]+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}(?:\.\d+)?))?)?$/i;

/**
 * Reads a date/time cell as naive ms. Accepts Excel serial numbers (what office.js returns for
 * date cells), Date objects (read as their UTC fields) and text in ISO 8601 ("2025-03-03 08:15",
 * a zone suffix is ignored: times are local) or Danish day-first order ("03-03-2025 08.15",
 * "3/3/2025 08:15:00"). US month-first text is not accepted: it cannot be told apart.
 */
export function parseDateTimeCell(v: CellValue): number | null {
  if (typeof v === "number") {
    // Serial 1 is 1900-01-01; anything below is not a date a fleet export would contain.
    return Number.isFinite(v) && v >= 1 && v < 2958466 ? excelSerialToMs(v) : null;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.getTime();
  if (typeof v !== "string") return null;
  const s = v.trim();
  let m = ISO_DATE_TIME.exec(s);
  if (m) return naiveMs(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  m = DANISH_DATE_TIME.exec(s);
  if (m) return naiveMs(+m[3], +m[2], +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return null;
}

/** Ids compare as text: 101, "101" and " 101 " are one vehicle; 101.0 from Excel is "101". */
export function parseIdCell(v: CellValue): string | null {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "boolean") return null;
  return null;
}

export function parseTextCell(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString();
  return String(v).trim();
}

/** How a bad cell is described to the user ("the text 'abc'", "an empty cell"). */
export function describeCell(v: CellValue): { en: string; da: string } {
  if (isEmptyCell(v)) return { en: "an empty cell", da: "en tom celle" };
  if (typeof v === "string") return { en: `the text "${v}"`, da: `teksten "${v}"` };
  return { en: `the value ${String(v)}`, da: `værdien ${String(v)}` };
}
