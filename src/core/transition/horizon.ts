import { MS_PER_DAY } from "../model/constants";
import { MIN_DEFAULT_YEARS } from "./transitionInputs";

/** Naive ms of 1 January of a year. */
export function yearStartMs(year: number): number {
  return Date.UTC(year, 0, 1);
}

/** The calendar year of a naive ms. */
export function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/** Days in a calendar year: 365 or 366. */
export function daysInYear(year: number): number {
  return (yearStartMs(year + 1) - yearStartMs(year)) / MS_PER_DAY;
}

/** The default start: 1 January of the year after the data period's last day. */
export function defaultStartMs(dataLastDayMs: number): number {
  return yearStartMs(yearOf(dataLastDayMs) + 1);
}

/**
 * The default horizon: through the year after the last change, and at least five years.
 * @example defaultYears(2027-01-01, [2029-06-30]) //=> 5 (2027–2031); with a change in 2032: 7
 */
export function defaultYears(startMs: number, eventDatesMs: readonly number[]): number {
  const first = yearOf(startMs);
  const last = eventDatesMs.reduce((y, d) => Math.max(y, yearOf(d)), first);
  return Math.max(MIN_DEFAULT_YEARS, last + 1 - first + 1);
}

/** The first day after the horizon: 1 January after its last year. */
export function horizonEndMs(startMs: number, years: number): number {
  return yearStartMs(yearOf(startMs) + years);
}
