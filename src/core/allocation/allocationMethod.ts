import type { AllocationReport } from "./allocationReport";

export type AllocationMethod = "simple" | "greedy" | "optimal";

/** The part of a scenario request the allocation reads (see ScenarioRequest for each field). */
export interface AllocationRequest {
  allocation: AllocationMethod;
  compareAllocations?: boolean;
  fixedAssignment?: { memberOfTrip: number[]; report: AllocationReport } | null;
}
