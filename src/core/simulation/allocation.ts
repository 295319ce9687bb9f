import type { UnallocatedReason } from "./rules/ruleTypes";

/** Which fleet member drove each trip (index into the fleet; -1 when no vehicle took it). */
export interface Allocation {
  memberOfTrip: Int32Array;
  /** Set for unallocated trips only. */
  reasonOfTrip: (UnallocatedReason | null)[];
}

export function emptyAllocation(tripCount: number): Allocation {
  return { memberOfTrip: new Int32Array(tripCount).fill(-1), reasonOfTrip: new Array(tripCount).fill(null) };
}
