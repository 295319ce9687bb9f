import type { DashboardInput } from "./dashboardInput";

/** A half-open time span [startMs, endMs). */
export interface Interval {
  startMs: number;
  endMs: number;
}

/**
 * Per vehicle, the times it was away on a trip, overlapping trips merged: a vehicle is out or it
 * is not, so two overlapping trips (data glitches) do not count twice.
 */
export function busyIntervals(input: DashboardInput): Interval[][] {
  const byVehicle: Interval[][] = input.vehicles.map(() => []);
  for (const t of input.trips)
    if (t.vehicle >= 0 && t.endMs > t.startMs)
      byVehicle[t.vehicle]?.push({ startMs: t.startMs, endMs: t.endMs });
  return byVehicle.map(mergeIntervals);
}

export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.startMs - b.startMs);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.startMs <= last.endMs) last.endMs = Math.max(last.endMs, i.endMs);
    else out.push({ ...i });
  }
  return out;
}

/** Milliseconds of `intervals` (sorted, disjoint) inside [fromMs, toMs). */
export function overlapMs(intervals: readonly Interval[], fromMs: number, toMs: number): number {
  let total = 0;
  for (const i of intervals) {
    if (i.startMs >= toMs) break;
    total += Math.max(0, Math.min(i.endMs, toMs) - Math.max(i.startMs, fromMs));
  }
  return total;
}
