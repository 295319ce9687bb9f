// The vehicle data check's result lives below the engine so the sheet plan needs nothing from it.
/** What `fleetopt check` and the pane's "Vehicle data check" look for (issue 17). */
export const PROBLEM_CODES = [
  "missing-consumption",
  "missing-yearly-cost",
  "ev-without-range",
  "lease-expired",
  "lease-ends-within-a-year",
  "no-trips-in-period",
  "location-unknown",
  "implausible-trip",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface VehicleProblem {
  code: ProblemCode;
  /** The cell to fix, as Excel writes a reference: "Køretøjer!E4". */
  cell: string;
  sheet: string;
  /** A1 address on `sheet`. */
  address: string;
  message: string;
  fix: string;
}

export interface VehicleCheck {
  id: string;
  name: string;
  location: string;
  problems: VehicleProblem[];
}

export interface VehicleCheckResult {
  /** YYYY-MM-DD of the period checked; null when there are no trips and no --from/--to. */
  fromDate: string | null;
  toDate: string | null;
  /** The locations checked; empty: every vehicle. */
  locations: string[];
  vehiclesChecked: number;
  /** Only vehicles that need attention, in sheet order. */
  vehicles: VehicleCheck[];
}
