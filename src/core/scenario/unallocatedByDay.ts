import { MS_PER_DAY } from "../model/constants";
import type { UnallocatedReason } from "../simulation/rules/ruleTypes";
import type { FleetRun, ScenarioResult } from "./runScenario";

export interface UnallocatedDay {
  /** Naive ms of the day (00:00). */
  dayMs: number;
  trips: number;
  km: number;
}

/** Unallocated trips of a fleet per calendar day of the selected period (by start), zero days included. */
export function unallocatedByDay(result: ScenarioResult, run: FleetRun): UnallocatedDay[] {
  const days: UnallocatedDay[] = Array.from({ length: result.periodDays }, (_, i) => ({
    dayMs: result.fromMs + i * MS_PER_DAY,
    trips: 0,
    km: 0,
  }));
  result.trips.forEach((trip, t) => {
    if (run.allocation.memberOfTrip[t] >= 0) return;
    const day = days[Math.floor((trip.startMs - result.fromMs) / MS_PER_DAY)];
    if (!day) return;
    day.trips += 1;
    day.km += trip.distanceKm;
  });
  return days;
}

/** How many trips were left over for each reason. */
export function unallocatedReasons(run: FleetRun): Partial<Record<UnallocatedReason, number>> {
  const counts: Partial<Record<UnallocatedReason, number>> = {};
  run.allocation.reasonOfTrip.forEach((reason, t) => {
    if (reason && run.allocation.memberOfTrip[t] < 0) counts[reason] = (counts[reason] ?? 0) + 1;
  });
  return counts;
}
