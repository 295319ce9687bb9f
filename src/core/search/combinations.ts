import { FITNESS_KM, type ModelClass } from "./modelClasses";

export interface CombinationBounds {
  /** Fewest vehicles in a fleet: the minimum that covers the peak day, and never below the locked ones. */
  minTotal: number;
  /** Most vehicles: the minimum + 20 % (the seed's target), and never below minTotal. */
  maxTotal: number;
}

/** The seed's size window: from the minimum that covers the driving up to 20 % more. */
export function combinationBounds(minimum: number, classes: readonly ModelClass[]): CombinationBounds {
  const locked = classes.reduce((s, c) => s + c.locked, 0);
  const minTotal = Math.max(minimum, locked);
  return { minTotal, maxTotal: Math.max(Math.ceil(minimum * 1.2), minTotal) };
}

export interface CombinationLimits {
  /** Most combinations generated (enumeration order: fewer added models first). */
  maxCombinations: number;
  /** Most free models added on top of the locked vehicles in one combination. */
  maxAddedModels: number;
}

export interface GoalBudget {
  /** Kr per year the fleet may cost; a combination whose fixed costs alone exceed it is dropped. */
  maxYearlyCost: number;
  /** Tonnes CO2e per year the fleet may emit. */
  maxYearlyCo2eTonnes?: number;
  /**
   * km a year the fleet must drive itself (all but what the goals leave to employees' cars): even
   * driven entirely by its cleanest model, a combination that emits more than the CO2e goal allows
   * is dropped.
   */
  fleetYearlyKm?: number;
}

export interface Combination {
  counts: number[];
  /** The slack index: places of the +20 % target left empty (diversifies the sizes generated). */
  slack: number;
  /** Σ count × fitness: lower ranks first. */
  fitness: number;
}

/**
 * Candidate fleets for the tabu search to start from (seed, "Generer mulige flådekombinationer"):
 * every combination holds the locked vehicles and at least `minTotal` vehicles; the places up to
 * `maxTotal` not filled go to a slack index, so combinations of every size in the window appear.
 * Models are added one at a time (best fitness first) and a branch is dropped as soon as the fixed
 * yearly cost of what it holds exceeds the budget: nothing added later can make it cheaper; a
 * complete one is dropped when even its cleanest model cannot drive the km within the CO2e goal. At
 * most `maxAddedModels` free models are combined, which keeps the enumeration small and varied;
 * the tabu search mixes further. Ranked by fitness (ties: generation order).
 */
export function generateCombinations(
  classes: readonly ModelClass[],
  bounds: CombinationBounds,
  budget: GoalBudget,
  limits: CombinationLimits,
): Combination[] {
  const base = classes.map((c) => c.locked);
  const lockedTotal = base.reduce((s, n) => s + n, 0);
  const room = bounds.maxTotal - lockedTotal;
  const need = bounds.minTotal - lockedTotal;
  const free = classes.map((c, i) => (c.free ? i : -1)).filter((i) => i >= 0);
  const fixedCost = (i: number) => classes[i].representative.yearlyCostDkk ?? 0;
  const baseCost = base.reduce((s, n, i) => s + n * fixedCost(i), 0);
  // A budget the locked vehicles alone break cannot prune anything useful: keep every branch.
  const budgetCap = baseCost > budget.maxYearlyCost ? Infinity : budget.maxYearlyCost;

  const co2ePerKm = classes.map((c) => c.co2eAtFitnessKm / FITNESS_KM);
  // The least CO2e the combination can emit: every km by its cleanest model (a bike: none).
  const breaksCo2e = () => {
    if (budget.maxYearlyCo2eTonnes === undefined || budget.fleetYearlyKm === undefined) return false;
    let cleanest = Infinity;
    counts.forEach((n, i) => {
      if (n > 0) cleanest = Math.min(cleanest, co2ePerKm[i]);
    });
    return cleanest !== Infinity && cleanest * budget.fleetYearlyKm > budget.maxYearlyCo2eTonnes;
  };
  const out: Combination[] = [];
  const counts = [...base];
  const visit = (f: number, added: number, used: number, cost: number) => {
    if (out.length >= limits.maxCombinations) return;
    if (f === free.length) {
      if (added >= need && !breaksCo2e()) {
        const fitness = counts.reduce((s, n, i) => s + n * classes[i].fitness, 0);
        out.push({ counts: [...counts], slack: room - added, fitness });
      }
      return;
    }
    visit(f + 1, added, used, cost); // this model not added
    if (used >= limits.maxAddedModels) return;
    const i = free[f];
    for (let k = 1; added + k <= room; k++) {
      const c = cost + k * fixedCost(i);
      if (c > budgetCap) break; // the goal is already missed: drop the branch, do not complete it
      counts[i] = base[i] + k;
      visit(f + 1, added + k, used + 1, c);
      counts[i] = base[i];
      if (out.length >= limits.maxCombinations) return;
    }
  };
  if (room >= 0) visit(0, 0, 0, baseCost);
  return out
    .map((c, order) => ({ c, order }))
    .sort((a, b) => a.c.fitness - b.c.fitness || a.order - b.order)
    .map((x) => x.c);
}
