import { EXCEL_EPOCH_OFFSET_DAYS, MS_PER_DAY, MS_PER_MINUTE } from "../model/constants";

/**
 * Naive local time: the wall-clock reading encoded as if it were UTC. Fleet exports carry no zone,
 * so the engine never converts; this also keeps results identical on every machine.
 */

/** Excel serial day number (1.5 = 1900-01-01 12:00) → naive ms, rounded to the millisecond. */
export function excelSerialToMs(serial: number): number {
  return Math.round((serial - EXCEL_EPOCH_OFFSET_DAYS) * MS_PER_DAY);
}

export function msToExcelSerial(ms: number): number {
  return ms / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
}

/** "2025-03-03" → naive ms at 00:00; null when not a valid calendar date. */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return naiveMs(Number(m[1]), Number(m[2]), Number(m[3]), 0, 0, 0);
}

/** Builds naive ms, or null when a field is out of range (31 February, 25:00). */
export function naiveMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s >= 60) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, 0) + Math.round(s * 1000);
  const check = new Date(ms - Math.round(s * 1000));
  if (h < 24 && (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1)) return null;
  return ms;
}

/** Naive ms → "2025-03-03". */
export function formatIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Naive ms → "2025-03-03 08:15". */
export function formatDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace("T", " ");
}

/** Midnight of the naive day containing ms. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}

/** The one-minute booking slot an instant falls in (12:15:16 and 12:15:30 share a slot). */
export function minuteSlot(ms: number): number {
  return Math.floor(ms / MS_PER_MINUTE);
}
