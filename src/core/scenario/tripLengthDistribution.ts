import type { Vehicle } from "../model/types";
import type { FleetRun, ScenarioResult } from "./runScenario";

/** Upper bounds of the trip-length classes, km; the last class is open ("100 km and more"). */
export const TRIP_LENGTH_EDGES_KM = [2, 5, 10, 20, 50, 100] as const;

export type TripClass = Vehicle["type"] | "unallocated";
export const TRIP_CLASSES: readonly TripClass[] = ["bike", "ebike", "ev", "fossil", "unallocated"];

/**
 * Trips per length class and vehicle type for one fleet: counts[class][bin], bin i holding
 * lengths in [edge i−1, edge i). Fixed, readable classes replace the reference's 20 equal bins
 * (whose x and y had different lengths and dropped the longest trip, reference §9.9).
 */
export function tripLengthDistribution(result: ScenarioResult, run: FleetRun): Record<TripClass, number[]> {
  const bins = TRIP_LENGTH_EDGES_KM.length + 1;
  const counts = Object.fromEntries(TRIP_CLASSES.map((c) => [c, new Array<number>(bins).fill(0)])) as Record<
    TripClass,
    number[]
  >;
  result.trips.forEach((trip, t) => {
    const m = run.allocation.memberOfTrip[t];
    const cls: TripClass = m < 0 ? "unallocated" : run.fleet[m].vehicle.type;
    const bin = TRIP_LENGTH_EDGES_KM.findIndex((edge) => trip.distanceKm < edge);
    counts[cls][bin < 0 ? bins - 1 : bin] += 1;
  });
  return counts;
}
