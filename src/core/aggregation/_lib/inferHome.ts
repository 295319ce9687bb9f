import type { DriveLog } from "../types";
import type { SpotGrid } from "./spotGrid";

/**
 * The location most of the vehicle's logs start at (ties: the one listed first on Lokationer), or
 * -1 when none starts within the grid's radius: the reference's most_frequent_location (§2.4).
 */
export function inferHome(logs: readonly DriveLog[], order: readonly number[], grid: SpotGrid): number {
  const counts = new Map<number, number>();
  for (const i of order) {
    const loc = grid.nearestWithin(logs[i].startLat, logs[i].startLon);
    if (loc >= 0) counts.set(loc, (counts.get(loc) ?? 0) + 1);
  }
  let best = -1;
  let bestCount = 0;
  for (const [loc, count] of counts) {
    if (count > bestCount || (count === bestCount && loc < best)) {
      best = loc;
      bestCount = count;
    }
  }
  return best;
}
