import type { Trip } from "../model/types";
import type { Allocation } from "../simulation/allocation";
import type { SearchGoals } from "./searchRequest";

/**
 * How far an allocation is from the driving goal: trips left over beyond the allowed count, plus
 * every left-over trip longer than the allowed km. 0: the fleet covers the driving as asked.
 */
export function coverageViolation(
  trips: readonly Trip[],
  allocation: Allocation,
  goals: Pick<SearchGoals, "allowedUnallocatedTrips" | "maxUnallocatedKm">,
): number {
  let unallocated = 0;
  let tooLong = 0;
  for (let t = 0; t < trips.length; t++) {
    if (allocation.memberOfTrip[t] >= 0) continue;
    unallocated++;
    if (trips[t].distanceKm > goals.maxUnallocatedKm) tooLong++;
  }
  return Math.max(0, unallocated - goals.allowedUnallocatedTrips) + tooLong;
}
