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
  /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?:[ T]+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}(?:\.\d+)?))?)?$/i;

/** The forms a date cell may take, for the messages that refuse one. */
export const ACCEPTED_DATE_FORMS = {
  en: "an Excel date, 2025-04-03 08:05 (year first) or 03-04-2025 08.05 (day first, with - or .)",
  da: "en Excel-dato, 2025-04-03 08:05 (år først) eller 03-04-2025 08.05 (dag først, med - eller .)",
};

interface DateFields {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** "/" between the day and the month: day-first and month-first read alike. */
  slashed: boolean;
}

function dateFields(text: string): DateFields | null {
  const s = text.trim();
  let m = ISO_DATE_TIME.exec(s);
  if (m)
    return {
      y: +m[1],
      mo: +m[2],
      d: +m[3],
      h: +(m[4] ?? 0),
      mi: +(m[5] ?? 0),
      s: +(m[6] ?? 0),
      slashed: false,
    };
  m = DANISH_DATE_TIME.exec(s);
  if (m)
    return {
      y: +m[4],
      mo: +m[3],
      d: +m[1],
      h: +(m[5] ?? 0),
      mi: +(m[6] ?? 0),
      s: +(m[7] ?? 0),
      slashed: m[2] === "/",
    };
  return null;
}

function daysInMonth(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * Why a text that looks like a date is refused: a slashed date whose day and month could swap
 * ("03/04/2025": US exports write month first), or a day, hour or minute that does not exist
 * ("31-04-2025", "24.00"), which Date would otherwise roll over into the next month or day.
 * Null when the text is a good date, or no date at all.
 */
export function dateTextProblem(text: string): { en: string; da: string } | null {
  const f = dateFields(text);
  return f ? fieldsProblem(f) : null;
}

function fieldsProblem(f: DateFields): { en: string; da: string } | null {
  if (f.mo < 1 || f.mo > 12) return { en: `there is no month ${f.mo}`, da: `der er ingen måned ${f.mo}` };
  if (f.d < 1 || f.d > daysInMonth(f.y, f.mo))
    return {
      en: `day ${f.d} does not exist in month ${f.mo} of ${f.y}`,
      da: `dag ${f.d} findes ikke i måned ${f.mo} i ${f.y}`,
    };
  if (f.h > 23 || f.mi > 59 || f.s >= 60)
    return {
      en: "the time of day does not exist (use 00:00 of the next day for 24:00)",
      da: "klokkeslættet findes ikke (brug 00:00 næste dag for 24:00)",
    };
  if (f.slashed && f.d <= 12 && f.mo <= 12 && f.d !== f.mo)
    return {
      en: `it may be day ${f.d} of month ${f.mo} or, as US exports write it, day ${f.mo} of month ${f.d}`,
      da: `det kan være dag ${f.d} i måned ${f.mo} eller, som amerikanske eksporter skriver det, dag ${f.mo} i måned ${f.d}`,
    };
  return null;
}

/**
 * Reads a date/time cell as naive ms. Accepts Excel serial numbers (what office.js returns for
 * date cells), Date objects (read as their UTC fields) and text in ISO 8601 ("2025-03-03 08:15",
 * a zone suffix is ignored: times are local) or Danish day-first order ("03-03-2025 08.15",
 * OS2's "03-03-2025"). A slashed date is read day first only when it cannot be month first
 * ("13/3/2025"); "3/4/2025" is refused, as are days and hours that do not exist (dateTextProblem).
 */
export function parseDateTimeCell(v: CellValue): number | null {
  if (typeof v === "number") {
    // Serial 1 is 1900-01-01; anything below is not a date a fleet export would contain.
    return Number.isFinite(v) && v >= 1 && v < 2958466 ? excelSerialToMs(v) : null;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.getTime();
  if (typeof v !== "string") return null;
  // Million-row sheets of text times pass here: the text is parsed once.
  const f = dateFields(v);
  if (!f || fieldsProblem(f) !== null) return null;
  return naiveMs(f.y, f.mo, f.d, f.h, f.mi, f.s);
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
