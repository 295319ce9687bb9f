import type { ScenarioRequest } from "../scenario/scenarioRequest";

/** What the user wants from the automatic search (product.md §4.5, reference §6 options). */
export interface SearchGoals {
  /** The simulated fleet's CO2e must be at least this many percent below today's (0–100). */
  co2eReductionPct: number;
  /** The simulated fleet may cost at most this many kr per year more than today's (may be negative). */
  maxExtraCostDkk: number;
  /** 0: only cost matters … 10: only CO2e matters (OS2's "prioritering"). */
  priority: number;
  /** How many trips may be left to the employees' own cars over the selected period. */
  allowedUnallocatedTrips: number;
  /** No unallocated trip may be longer than this (km). */
  maxUnallocatedKm: number;
}

/** How much work the search does. Counts, never wall clock, so a run is reproducible. */
export interface SearchLimits {
  /** Tabu iterations in all (every iteration evaluates its whole neighbourhood). */
  maxIterations: number;
  /** Leave a neighbourhood (restart from the next ranked combination) after this many moves without improvement. */
  patience: number;
  /** Iterations a move stays tabu. */
  tenure: number;
  /** Most candidate combinations generated before ranking. */
  maxCombinations: number;
  /** Free models kept per vehicle type (bike, e-bike, EV, fossil), best fitness first. */
  modelsPerType: number;
  /** Solutions reported (and written as scenario sheets). */
  maxSolutions: number;
}

export interface SearchRequest extends Omit<ScenarioRequest, "fleet"> {
  /**
   * Bil ids whose lease continues: they stay in every proposed fleet. null: the current vehicles
   * whose Slut leasing is more than a year after the period's last day (see defaultLockedIds).
   */
  lockedIds: string[] | null;
  /** Bil ids of the models the search may add; null: every candidate (a vehicle with no Lokation). */
  candidateIds: string[] | null;
  goals: SearchGoals;
  limits?: Partial<SearchLimits>;
  /**
   * The workbook's sheet names, so the result sheets get names no sheet has yet and the Search
   * sheet can name its proposals' sheets exactly; absent: the sheets the search was given.
   */
  existingSheetNames?: string[];
}

export function defaultGoals(): SearchGoals {
  // OS2's defaults: no extra cost, no CO2e requirement, priority 5; max_undriven 20 km.
  return {
    co2eReductionPct: 0,
    maxExtraCostDkk: 0,
    priority: 5,
    allowedUnallocatedTrips: 0,
    maxUnallocatedKm: 20,
  };
}

export function defaultLimits(): SearchLimits {
  return {
    maxIterations: 30,
    patience: 10,
    tenure: 3,
    maxCombinations: 2000,
    modelsPerType: 3,
    maxSolutions: 3,
  };
}

/** The manual-scenario request behind a search: the same location, period, current fleet and settings. */
export function scenarioRequestOf(request: SearchRequest): ScenarioRequest {
  return {
    location: request.location,
    ...(request.locations ? { locations: request.locations } : {}),
    fromDate: request.fromDate,
    toDate: request.toDate,
    currentIds: request.currentIds,
    fleet: null,
    allocation: request.allocation,
    limitKm: request.limitKm,
    language: request.language,
    parameterOverrides: request.parameterOverrides,
  };
}
