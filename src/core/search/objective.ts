import type { SearchGoals } from "./searchRequest";
import type { FleetEvaluation } from "./fleetEvaluator";

/** Today's fleet (the replay of reality): what the goals are measured against. */
export interface Reference {
  yearlyCost: number;
  yearlyCo2eTonnes: number;
}

export interface GoalCheck {
  /** Kr per year above the allowed cost (today's + the allowed extra); 0 when within. */
  costExcess: number;
  /** Tonnes per year above the CO2e target; 0 when within. */
  co2eExcess: number;
  coverageViolation: number;
  meetsGoals: boolean;
}

export function checkGoals(e: FleetEvaluation, ref: Reference, goals: SearchGoals): GoalCheck {
  const costExcess = Math.max(0, e.yearlyCost - (ref.yearlyCost + goals.maxExtraCostDkk));
  const co2eTarget = ref.yearlyCo2eTonnes * (1 - goals.co2eReductionPct / 100);
  const co2eExcess = Math.max(0, e.yearlyCo2eTonnes - co2eTarget);
  return {
    costExcess,
    co2eExcess,
    coverageViolation: e.coverageViolation,
    meetsGoals: costExcess <= 1e-9 && co2eExcess <= 1e-12 && e.coverageViolation === 0,
  };
}

/** Penalty weights: a goal missed always weighs more than anything a goal met can gain. */
const MISSED_GOAL = 1;
const PER_UNCOVERED_TRIP = 0.1;
const PER_SHARE_OVER = 5;

/**
 * The tabu search's fitness of a simulated fleet (lower is better): cost and CO2e as shares of
 * today's, weighed by the priority (0 cost … 10 CO2e), plus a penalty for every goal missed that
 * grows with the miss, so a search that starts outside the goals is pulled towards them.
 */
export function score(e: FleetEvaluation, ref: Reference, goals: SearchGoals): number {
  const w = goals.priority / 10;
  const share = (x: number, of: number) => (of > 0 ? x / of : x);
  const g = checkGoals(e, ref, goals);
  let s = (1 - w) * share(e.yearlyCost, ref.yearlyCost) + w * share(e.yearlyCo2eTonnes, ref.yearlyCo2eTonnes);
  if (g.coverageViolation > 0) s += MISSED_GOAL + PER_UNCOVERED_TRIP * g.coverageViolation;
  if (g.costExcess > 0) s += MISSED_GOAL + PER_SHARE_OVER * share(g.costExcess, ref.yearlyCost);
  if (g.co2eExcess > 0) s += MISSED_GOAL + PER_SHARE_OVER * share(g.co2eExcess, ref.yearlyCo2eTonnes);
  return s;
}
