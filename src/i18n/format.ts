import type { Language } from "../core/language";

/** The Intl locale for the pane's numbers and dates: Danish, or British English (day-first, like Denmark). */
export function localeOf(lang: Language): string {
  return lang === "da" ? "da-DK" : "en-GB";
}

/**
 * Whole Danish kroner in the user's language.
 * @example formatKroner(1234567.4, "da") //=> "1.234.567 kr."
 */
export function formatKroner(value: number, lang: Language): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: "currency",
    currency: "DKK",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(value);
}

/**
 * Tonnes of CO2e with up to two decimals (a small fleet saves fractions of a tonne).
 * @example formatTonnes(12.345, "da") //=> "12,35 t"
 */
export function formatTonnes(value: number, lang: Language): string {
  const number = new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
  });
  return `${number.format(value)} t`;
}

/** @example formatInteger(12345, "da") //=> "12.345" */
export function formatInteger(value: number, lang: Language): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 }).format(value);
}

/**
 * A YYYY-MM-DD date in the user's language. Read and formatted in UTC, so the machine's zone can
 * never move it a day.
 * @example formatIsoDate("2024-03-01", "da") //=> "1. mar. 2024"
 */
export function formatIsoDate(isoDate: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
