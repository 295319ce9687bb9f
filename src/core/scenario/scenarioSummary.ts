import type { UnallocatedReason } from "../simulation/rules/ruleTypes";

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
}
