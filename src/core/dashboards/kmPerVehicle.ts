import { MS_PER_DAY } from "../model/constants";
import type { DashboardInput } from "./dashboardInput";

export type KmPeriodKind = "day" | "week" | "month";

/** One column of the km heat map: a day, an ISO week or a calendar month. */
export interface KmPeriod {
  kind: KmPeriodKind;
  /** Naive ms of the period's first day inside the selected dates. */
  startMs: number;
  /** ISO year and week (weeks) or year and month 1–12 (months); for days, year/month/day of the date. */
  year: number;
  number: number;
}

export interface KmPerVehicle {
  periods: KmPeriod[];
  /** km[vehicle][period], by trip start. */
  km: number[][];
  /** Each vehicle's km over the whole period. */
  totals: number[];
}

/**
 * The reference's period rule (§7, grouped driving data): days up to 31 days, ISO weeks up to 90,
 * otherwise months, so the heat map stays readable over a year.
 */
export function kmPeriodKind(periodDays: number): KmPeriodKind {
  if (periodDays <= 31) return "day";
  return periodDays <= 90 ? "week" : "month";
}

/** ISO-8601 week-numbering year and week of a naive day (Monday-first weeks, week 1 holds January 4th). */
export function isoWeek(dayMs: number): { year: number; week: number } {
  const d = new Date(dayMs);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(dayMs + (3 - weekday) * MS_PER_DAY);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / MS_PER_DAY / 7) + 1;
  return { year, week };
}

function periodOf(kind: KmPeriodKind, dayMs: number): { year: number; number: number } {
  const d = new Date(dayMs);
  if (kind === "week") {
    const { year, week } = isoWeek(dayMs);
    return { year, number: week };
  }
  if (kind === "month") return { year: d.getUTCFullYear(), number: d.getUTCMonth() + 1 };
  return { year: d.getUTCFullYear(), number: d.getUTCDate() };
}

/** km per vehicle and period of the selected dates; a trip counts in the period it starts. */
export function kmPerVehicle(input: DashboardInput): KmPerVehicle {
  const kind = kmPeriodKind(input.periodDays);
  const periods: KmPeriod[] = [];
  const periodOfDay: number[] = [];
  for (let day = 0; day < input.periodDays; day++) {
    const dayMs = input.fromMs + day * MS_PER_DAY;
    const p = periodOf(kind, dayMs);
    const last = periods[periods.length - 1];
    if (kind === "day" || !last || last.year !== p.year || last.number !== p.number)
      periods.push({ kind, startMs: dayMs, ...p });
    periodOfDay.push(periods.length - 1);
  }
  const km = input.vehicles.map(() => new Array<number>(periods.length).fill(0));
  const totals = input.vehicles.map(() => 0);
  for (const t of input.trips) {
    if (t.vehicle < 0) continue;
    const p = periodOfDay[Math.floor((t.startMs - input.fromMs) / MS_PER_DAY)];
    if (p === undefined) continue;
    km[t.vehicle][p] += t.km;
    totals[t.vehicle] += t.km;
  }
  return { periods, km, totals };
}
