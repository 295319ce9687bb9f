import type { FleetCount } from "../model/types";
import type { AllocationMethod } from "../allocation/allocationMethod";
import type { AllocationReport } from "../allocation/allocationReport";
import type { Language } from "../language";

// Defined with the allocation (which must not import the scenario); re-exported for the callers.
export type { AllocationMethod };

/** One simulation as the user asked for it (the form in the pane, or `fleetopt simulate`). */
export interface ScenarioRequest {
  /** Lokation; null: the only location in the data (an error when there are several). */
  location: string | null;
  /**
   * Several Lokationer pooled into one fleet, as OS2 does: their vehicles and trips are simulated
   * as one location. When given, `location` is ignored.
   */
  locations?: string[];
  /** YYYY-MM-DD, inclusive; null: the first trip's date. */
  fromDate: string | null;
  /** YYYY-MM-DD, inclusive; null: the last trip's date. */
  toDate: string | null;
  /** Bil ids of the current fleet; null: every vehicle of the location. */
  currentIds: string[] | null;
  /** The simulated fleet; null: the current fleet, one of each. */
  fleet: FleetCount[] | null;
  allocation: AllocationMethod;
  /** Enforce the lease km cap (Km pr år × 1.15, pro rata). */
  limitKm: boolean;
  /** Language of the result sheet's labels; English when absent. */
  language?: Language;
  /**
   * Settings changed for this run only (the pane's bike settings), keyed like the Parametre
   * sheet (e.g. { bike_max_km_per_trip: 10, bike_slots: "07:00-15:30" }); validated like a cell.
   */
  parameterOverrides?: Record<string, number | string>;
  /** Also run the other allocation algorithms and show the three side by side (scenario sheet). */
  compareAllocations?: boolean;
  /**
   * With allocation "optimal": replay this assignment instead of solving — the pane's best
   * allocation so far after a cancel or the watchdog (trip in start order → fleet member, −1).
   */
  fixedAssignment?: { memberOfTrip: number[]; report: AllocationReport } | null;
}

export function defaultScenarioRequest(): ScenarioRequest {
  return {
    location: null,
    fromDate: null,
    toDate: null,
    currentIds: null,
    fleet: null,
    allocation: "simple",
    limitKm: false,
  };
}
