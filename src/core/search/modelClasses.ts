import type { Parameters } from "../model/parameters";
import type { Vehicle } from "../model/types";
import { vehicleYearlyCost } from "../consequences/vehicleYearlyCost";

/** The seed's reference distance: every model is priced as if it drove 30,000 km a year. */
export const FITNESS_KM = 30_000;

/**
 * One vehicle model the search counts: every vehicle that would simulate and cost the same.
 * The representative (the first of them in the current fleet, else the first candidate) stands for
 * all of them in a proposed fleet.
 */
export interface ModelClass {
  key: string;
  representative: Vehicle;
  /** Bil ids of the current fleet in this class. */
  currentIds: string[];
  /** How many of this class are locked (lease continues): every proposed fleet keeps them. */
  locked: number;
  /** Whether the search may change the count (a candidate or a replaceable current model). */
  free: boolean;
  /** Yearly fixed + fuel + social cost at FITNESS_KM, kr. */
  costAtFitnessKm: number;
  /** Tonnes CO2e a year at FITNESS_KM. */
  co2eAtFitnessKm: number;
  /** Weighted cost and CO2e, each divided by the largest among the classes: lower is better. */
  fitness: number;
}

/**
 * Everything the simulation and the costing read from a vehicle; two vehicles with the same key are
 * interchangeable in a fleet, so the search counts them as one model.
 */
export function classKey(v: Vehicle): string {
  return [
    v.make,
    v.model,
    v.type,
    v.fuel,
    v.fuelLabel,
    v.kmPerLitre,
    v.whPerKm,
    v.capacityDecreasePct,
    v.rangeKm,
    v.yearlyCostDkk,
    v.kmPerYear,
    v.restHours,
  ].join("|");
}

export interface ClassInput {
  currentIds: readonly string[];
  lockedIds: readonly string[];
  /** Models the search may add (candidates); the replaceable current models are added to them. */
  candidateIds: readonly string[];
  byId: ReadonlyMap<string, Vehicle>;
  params: Parameters;
  /** 0–10: 0 weighs cost only, 10 CO2e only. */
  priority: number;
  /** Free models kept per type, best fitness first (locked models are always kept). */
  modelsPerType: number;
  /** Candidates the user named: kept whatever their rank, since the user asked for them. */
  namedCandidateIds?: readonly string[];
}

/**
 * The seed's preparation: group the vehicles into models, price each at 30,000 km with the POGI
 * method and weigh cost against CO2e with the user's priority. A free model is a candidate or a
 * current model with at least one replaceable vehicle; only the best `modelsPerType` free models of
 * each type stay (and every candidate the user named), which keeps the neighbourhood small enough
 * to simulate every move.
 */
export function modelClasses(input: ClassInput): ModelClass[] {
  const locked = new Set(input.lockedIds);
  const classes = new Map<string, ModelClass>();
  const classOf = (v: Vehicle): ModelClass => {
    const key = classKey(v);
    let c = classes.get(key);
    if (!c) {
      const cost = vehicleYearlyCost(v, FITNESS_KM, input.params);
      c = {
        key,
        representative: v,
        currentIds: [],
        locked: 0,
        free: false,
        costAtFitnessKm: (v.yearlyCostDkk ?? 0) + cost.fuelCostDkk + cost.socialCostDkk,
        co2eAtFitnessKm: cost.co2eTonnes,
        fitness: 0,
      };
      classes.set(key, c);
    }
    return c;
  };
  for (const id of input.currentIds) {
    const v = input.byId.get(id) as Vehicle;
    const c = classOf(v);
    c.currentIds.push(id);
    if (locked.has(id)) c.locked += 1;
    else c.free = true;
  }
  for (const id of input.candidateIds) classOf(input.byId.get(id) as Vehicle).free = true;
  const named = new Set((input.namedCandidateIds ?? []).map((id) => classKey(input.byId.get(id) as Vehicle)));

  const all = [...classes.values()];
  const maxCost = Math.max(0, ...all.map((c) => c.costAtFitnessKm));
  const maxCo2e = Math.max(0, ...all.map((c) => c.co2eAtFitnessKm));
  const w = input.priority / 10;
  // Divided by the largest, not min-max scaled: the best model keeps a positive fitness, so a
  // combination's fitness (Σ count × fitness) still grows with every vehicle added.
  for (const c of all)
    c.fitness =
      (1 - w) * (maxCost > 0 ? c.costAtFitnessKm / maxCost : 0) +
      w * (maxCo2e > 0 ? c.co2eAtFitnessKm / maxCo2e : 0);

  const byFitness = [...all].sort((a, b) => a.fitness - b.fitness || compareIds(a, b));
  const keptPerType = new Map<string, number>();
  const kept: ModelClass[] = [];
  for (const c of byFitness) {
    if (c.free) {
      const n = keptPerType.get(c.representative.type) ?? 0;
      if (n >= input.modelsPerType && !named.has(c.key)) {
        // Dropped as a free model; its locked vehicles (if any) still stay, at their count.
        if (c.locked > 0) kept.push({ ...c, free: false });
        continue;
      }
      keptPerType.set(c.representative.type, n + 1);
    }
    if (c.free || c.locked > 0) kept.push(c);
  }
  return kept;
}

function compareIds(a: ModelClass, b: ModelClass): number {
  return (
    a.representative.sourceRow - b.representative.sourceRow || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
