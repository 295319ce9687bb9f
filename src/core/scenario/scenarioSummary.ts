import type { UnallocatedReason } from "../simulation/rules/ruleTypes";
import type { AllocationReport } from "../allocation/allocationReport";
import type { AllocationComparisonRow } from "../allocation/allocateFleet";

/**
 * The figures of one scenario in the shape of `fleetopt simulate --json` (product.md §6). The pane's
 * result summary shows the same object, so the CLI and the UI can never disagree.
 */
export interface VehicleSummary {
  id: string;
  sourceId: string;
  copy: number;
  name: string;
  km: number;
  yearlyKm: number;
  trips: number;
}

export interface FleetSummary {
  yearlyCost: number;
  yearlyCo2eTonnes: number;
  unallocatedTrips: number;
  allowance: number;
  vehicles: VehicleSummary[];
  unallocatedTripIds: string[];
}

export interface ScenarioSummary {
  location: string;
  fromDate: string;
  toDate: string;
  periodDays: number;
  trips: number;
  allocation: string;
  current: FleetSummary;
  simulated: FleetSummary;
  financialSavings: number;
  co2eSavingsTonnes: number;
  /** Why the simulated fleet's unallocated trips were left over: reason → count. */
  unallocatedReasons: Partial<Record<UnallocatedReason, number>>;
  /** Optimal allocation only: proven optimal, relative gap and best bound (weighted kr per year). */
  optimal?: boolean;
  gap?: number;
  bound?: number;
  /** Optimal allocation only: the full report (objective, time, blocks, what stopped it). */
  allocationReport?: AllocationReport;
  /** Simple, greedy and optimal side by side, when the run asked for a comparison. */
  allocationComparison?: AllocationComparisonRow[];
}
