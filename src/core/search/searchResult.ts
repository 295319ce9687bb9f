import type { FleetCount, Vehicle } from "../model/types";

/** One model's count in a proposed fleet against today's. */
export interface ModelChange {
  sourceId: string;
  /** "Renault Zoe (el, 165 Wh/km)". */
  model: string;
  type: string;
  current: number;
  proposed: number;
  /** proposed − current. */
  difference: number;
  locked: number;
}

/**
 * A proposed fleet in the shape of `fleetopt search --json` (product.md §6): `fleet`, `yearlyCost`,
 * `yearlyCo2eTonnes` and `unallocatedTrips` as the spec names them; the rest is extra.
 */
export interface SearchSolution {
  fleet: FleetCount[];
  yearlyCost: number;
  yearlyCo2eTonnes: number;
  unallocatedTrips: number;
  meetsGoals: boolean;
  /** Yearly kr and tonnes saved against today's fleet. */
  financialSavings: number;
  co2eSavingsTonnes: number;
  /** The search's fitness (lower is better; see objective.ts). */
  score: number;
  changes: ModelChange[];
}

/** A point of the Pareto front: a fleet no other fleet found beats on both cost and CO2e. */
export interface ParetoPoint {
  fleet: FleetCount[];
  yearlyCost: number;
  yearlyCo2eTonnes: number;
  unallocatedTrips: number;
  meetsGoals: boolean;
}

/** The model list the search worked on, for the Search sheet. */
export interface SearchModel {
  sourceId: string;
  model: string;
  type: string;
  /** What the Search sheet's labels are made of, so models of one name can be told apart. */
  labelFacts: Pick<
    Vehicle,
    "id" | "plate" | "make" | "model" | "type" | "fuelLabel" | "kmPerLitre" | "whPerKm"
  >;
  current: number;
  locked: number;
  free: boolean;
  costAtFitnessKm: number;
  co2eAtFitnessKm: number;
  fitness: number;
}

export interface SearchSummary {
  location: string;
  fromDate: string;
  toDate: string;
  periodDays: number;
  trips: number;
  allocation: string;
  /** The method the search itself simulated with (optimal is too slow per candidate). */
  searchAllocation: string;
  goals: {
    co2eReductionPct: number;
    maxExtraCostDkk: number;
    priority: number;
    allowedUnallocatedTrips: number;
    maxUnallocatedKm: number;
  };
  current: { yearlyCost: number; yearlyCo2eTonnes: number; unallocatedTrips: number; vehicles: number };
  /** Cost and CO2e the goals allow. */
  targets: { maxYearlyCost: number; maxYearlyCo2eTonnes: number };
  lockedIds: string[];
  candidateIds: string[];
  peakDay: { date: string; km: number; trips: number } | null;
  averageDay: { date: string; km: number; trips: number } | null;
  /** The fewest vehicles of the longest-range model that cover the peak day (null: none did). */
  minimumVehicles: number | null;
  /** The size window searched: minimum to minimum + 20 %. */
  minTotal: number;
  maxTotal: number;
  combinations: number;
  starts: number;
  iterations: number;
  simulations: number;
  stop: "iterations" | "starts" | "cancelled";
  models: SearchModel[];
  solutions: SearchSolution[];
  paretoFront: ParetoPoint[];
}
