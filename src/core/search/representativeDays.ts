import type { Trip } from "../model/types";
import { MS_PER_DAY } from "../model/constants";
import { startOfDay } from "../time/naiveTime";

/** One calendar day of driving, cut out of the period: the seed's "representation of the pool's driving". */
export interface RepresentativeDay {
  /** Naive ms of the day's 00:00. */
  dayMs: number;
  /** km driven that day (trips crossing midnight count with the share of their time on the day). */
  km: number;
  /** The trips touching the day, clipped to it, in start order. */
  trips: Trip[];
}

/**
 * km per calendar day: each trip's km spread over the days it touches in proportion to its time on
 * each (OS2 spreads evenly per date touched; time is the fairer measure for a trip ending at 00:30).
 */
export function kmPerDay(trips: readonly Trip[]): Map<number, number> {
  const km = new Map<number, number>();
  for (const t of trips) {
    const first = startOfDay(t.startMs);
    const last = startOfDay(Math.max(t.startMs, t.endMs - 1));
    const span = t.endMs - t.startMs;
    for (let day = first; day <= last; day += MS_PER_DAY) {
      const share = span > 0 ? overlap(t, day) / span : 1;
      km.set(day, (km.get(day) ?? 0) + t.distanceKm * share);
    }
  }
  return km;
}

/** The day with the most km; the earliest on a tie. Null without trips. */
export function peakDay(trips: readonly Trip[]): RepresentativeDay | null {
  const km = kmPerDay(trips);
  let best: number | null = null;
  for (const [day, v] of km)
    if (best === null || v > (km.get(best) as number) || (v === km.get(best) && day < best)) best = day;
  return best === null ? null : dayOf(trips, best, km.get(best) as number);
}

/**
 * The representative average day: the real day whose km come closest to the mean over the days
 * with driving (a real day keeps the real pattern of overlaps, which a synthetic mean day would
 * not); the earliest on a tie. Null without trips.
 */
export function averageDay(trips: readonly Trip[]): RepresentativeDay | null {
  const km = kmPerDay(trips);
  if (km.size === 0) return null;
  const mean = [...km.values()].reduce((s, v) => s + v, 0) / km.size;
  let best: number | null = null;
  let bestGap = Infinity;
  for (const [day, v] of [...km].sort((a, b) => a[0] - b[0])) {
    const gap = Math.abs(v - mean);
    if (gap < bestGap) {
      best = day;
      bestGap = gap;
    }
  }
  return dayOf(trips, best as number, km.get(best as number) as number);
}

/**
 * The trips touching a day, each cut to the day (00:00 to 23:59:59) with its km reduced by the share
 * of its time cut off — on both sides (OS2 trims a trip crossing both midnights only at the start).
 */
export function clipToDay(trips: readonly Trip[], dayMs: number): Trip[] {
  const end = dayMs + MS_PER_DAY;
  const out: Trip[] = [];
  for (const t of trips) {
    if (t.endMs < dayMs || t.startMs >= end) continue;
    if (t.endMs === dayMs && t.startMs < dayMs) continue;
    const span = t.endMs - t.startMs;
    const startMs = Math.max(t.startMs, dayMs);
    const endMs = Math.min(t.endMs, end - 1000);
    const share = span > 0 ? overlap(t, dayMs) / span : 1;
    out.push({ ...t, startMs, endMs, distanceKm: t.distanceKm * share });
  }
  return out.sort((a, b) => a.startMs - b.startMs);
}

function dayOf(trips: readonly Trip[], dayMs: number, km: number): RepresentativeDay {
  return { dayMs, km, trips: clipToDay(trips, dayMs) };
}

function overlap(t: Trip, dayMs: number): number {
  return Math.max(0, Math.min(t.endMs, dayMs + MS_PER_DAY) - Math.max(t.startMs, dayMs));
}
