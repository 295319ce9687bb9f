import { MS_PER_DAY, MS_PER_MINUTE } from "../model/constants";
import { busyIntervals } from "./busyIntervals";
import type { DashboardInput } from "./dashboardInput";

export interface IdleHour {
  /** 0–23. */
  hour: number;
  /** The fewest vehicles free at any minute of this hour on any day of the period. */
  min: number;
  /** Free vehicles averaged over every minute of this hour on every day. */
  mean: number;
}

const MINUTES_PER_DAY = 1440;

/**
 * Fleet-wide availability over the day (reference §7, availability): at every minute of the
 * period, free = vehicles − vehicles out on a trip at that minute (start ≤ t < end); then per
 * hour of the day the minimum and the mean over all days. A difference array keeps this at
 * O(trips + minutes) instead of minutes × trips.
 */
export function idleByHour(input: DashboardInput): IdleHour[] {
  const minutes = input.periodDays * MINUTES_PER_DAY;
  const delta = new Int32Array(minutes + 1);
  const endMs = input.fromMs + input.periodDays * MS_PER_DAY;
  for (const intervals of busyIntervals(input)) {
    for (const i of intervals) {
      const from = Math.max(i.startMs, input.fromMs);
      const to = Math.min(i.endMs, endMs);
      if (to <= from) continue;
      // Minutes t (at t's start) with from ≤ t < to.
      const first = Math.ceil((from - input.fromMs) / MS_PER_MINUTE);
      const last = Math.ceil((to - input.fromMs) / MS_PER_MINUTE);
      if (last <= first) continue;
      delta[first] += 1;
      delta[last] -= 1;
    }
  }
  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, min: Infinity, sum: 0, count: 0 }));
  let busy = 0;
  for (let m = 0; m < minutes; m++) {
    busy += delta[m];
    const h = hours[Math.floor((m % MINUTES_PER_DAY) / 60)];
    const free = input.vehicles.length - busy;
    h.min = Math.min(h.min, free);
    h.sum += free;
    h.count += 1;
  }
  return hours.map((h) => ({
    hour: h.hour,
    min: h.count > 0 ? h.min : input.vehicles.length,
    mean: h.count > 0 ? h.sum / h.count : input.vehicles.length,
  }));
}
