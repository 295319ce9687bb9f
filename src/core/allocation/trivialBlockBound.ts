import type { Trip } from "../model/types";
import type { AllocationStructure } from "./allocationStructure";

/**
 * A lower bound on one block's model cost at this price of an unallocated km, without building
 * the model: every trip on its cheapest option (a class that can take it, or the employee car at
 * `unallocatedPerKm`), as if no two trips competed for a vehicle and no vehicle rule bound. It is
 * the model's own objective with every row dropped, so it holds for any allocation of the block;
 * it costs one look per trip and class, so a block no solve reached still gets a finite bound.
 */
export function trivialBlockBound(
  structure: AllocationStructure,
  trips: readonly Trip[],
  [from, to]: readonly [number, number],
  unallocatedPerKm: number,
): number {
  // Only classes cheaper than the employee car get columns in the model (blockModel.ts).
  const cheaper = structure.classes.filter((cls) => cls.perKm < unallocatedPerKm);
  let sum = 0;
  for (let t = from; t < to; t++) {
    let perKm = unallocatedPerKm;
    for (const cls of cheaper) if (cls.eligible[t] && cls.perKm < perKm) perKm = cls.perKm;
    sum += perKm * trips[t].distanceKm;
  }
  return sum;
}
