import type { Vehicle } from "../model/types";
import type { ScenarioResult } from "../scenario/runScenario";
import { modelLabel } from "../scenario/fleetChanges";
import type { FleetEvaluation } from "./fleetEvaluator";
import { classKey, type ModelClass } from "./modelClasses";
import { checkGoals, score, type Reference } from "./objective";
import { paretoFront } from "./paretoFront";
import type { SearchGoals } from "./searchRequest";
import type { ModelChange, ParetoPoint, SearchSolution } from "./searchResult";

export interface SummaryContext {
  base: ScenarioResult;
  byId: ReadonlyMap<string, Vehicle>;
  classes: readonly ModelClass[];
  reference: Reference;
  goals: SearchGoals;
  maxSolutions: number;
}

/**
 * The proposals and the front from every fleet simulated so far. Proposals: the fleets that meet
 * every goal, best score first; when none does, the fleets that at least cover the driving (then
 * any), flagged `meetsGoals: false`, so the user sees how close the search came. The front: every
 * fleet that covers the driving as asked and that no other such fleet beats on both cost and CO2e.
 */
export function solutionsAndFront(
  evaluations: readonly FleetEvaluation[],
  ctx: SummaryContext,
): { solutions: SearchSolution[]; paretoFront: ParetoPoint[] } {
  const rated = evaluations.map((e) => ({
    e,
    s: score(e, ctx.reference, ctx.goals),
    meets: checkGoals(e, ctx.reference, ctx.goals).meetsGoals,
  }));
  const byScore = (a: { s: number; e: FleetEvaluation }, b: { s: number; e: FleetEvaluation }) =>
    a.s - b.s || (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : 0);
  const meeting = rated.filter((r) => r.meets);
  const covering = rated.filter((r) => r.e.coverageViolation === 0);
  const pool = meeting.length > 0 ? meeting : covering.length > 0 ? covering : rated;
  const solutions = [...pool]
    .sort(byScore)
    .slice(0, ctx.maxSolutions)
    .map((r) => ({
      fleet: r.e.fleet,
      yearlyCost: r.e.yearlyCost,
      yearlyCo2eTonnes: r.e.yearlyCo2eTonnes,
      unallocatedTrips: r.e.unallocatedTrips,
      meetsGoals: r.meets,
      financialSavings: ctx.reference.yearlyCost - r.e.yearlyCost,
      co2eSavingsTonnes: ctx.reference.yearlyCo2eTonnes - r.e.yearlyCo2eTonnes,
      score: r.s,
      changes: modelChanges(r.e, ctx),
    }));
  const front = paretoFront(covering.map((r) => r.e)).map((e): ParetoPoint => ({
    fleet: e.fleet,
    yearlyCost: e.yearlyCost,
    yearlyCo2eTonnes: e.yearlyCo2eTonnes,
    unallocatedTrips: e.unallocatedTrips,
    meetsGoals: checkGoals(e, ctx.reference, ctx.goals).meetsGoals,
  }));
  return { solutions, paretoFront: front };
}

/** Per model: today's count, the proposed count and the difference; models in neither are left out. */
export function modelChanges(e: FleetEvaluation, ctx: SummaryContext): ModelChange[] {
  const rows = new Map<string, ModelChange>();
  const row = (v: Vehicle): ModelChange => {
    const key = classKey(v);
    let r = rows.get(key);
    if (!r) {
      r = {
        sourceId: v.id,
        model: modelLabel(v),
        type: v.type,
        current: 0,
        proposed: 0,
        difference: 0,
        locked: 0,
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const id of ctx.base.currentIds) row(ctx.byId.get(id) as Vehicle).current += 1;
  for (const c of ctx.classes) if (c.locked > 0) row(c.representative).locked = c.locked;
  for (const f of e.fleet) row(ctx.byId.get(f.sourceId) as Vehicle).proposed += f.count;
  for (const r of rows.values()) r.difference = r.proposed - r.current;
  return [...rows.values()];
}
