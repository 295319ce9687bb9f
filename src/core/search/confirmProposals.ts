import {
  runScenario,
  type ScenarioData,
  type ScenarioHooks,
  type ScenarioResult,
} from "../scenario/runScenario";
import type { ScenarioRequest } from "../scenario/scenarioRequest";
import { incumbentFigures } from "../allocation/incumbentFigures";
import { coverageViolation } from "./coverage";
import { checkGoals, type Reference } from "./objective";
import type { ProposalProgress } from "./searchProgress";
import type { SearchSummary } from "./searchResult";

/** A search's proposals and, for each, the scenario it is: what the result sheets are built from. */
export interface SearchRun {
  summary: SearchSummary;
  /** `scenarios[i]` is `summary.solutions[i]` simulated with the allocation asked for. */
  scenarios: ScenarioResult[];
}

export interface ConfirmHooks {
  /** HiGHS, when the request asks for the optimal allocation. */
  solver?: ScenarioHooks["solver"];
  /** Before each proposal and at every better allocation of it; false stops the exact solve with its best so far. */
  onProgress?(p: ProposalProgress): boolean | void;
}

/**
 * Simulates every proposed fleet once, with the allocation the request asks for, exactly as a
 * manual scenario with that fleet: the proposals then report those figures (the search itself
 * used a cheaper method for optimal, see runSearch), and the scenario results are handed on so
 * the sheets are built from them without solving anything again. Also serves a summary the pane
 * kept after a cancel, whose proposals were never confirmed.
 *
 * @param request the search's scenario: location, period, current fleet and allocation (already scoped)
 */
export function confirmProposals(
  data: ScenarioData,
  request: ScenarioRequest,
  summary: SearchSummary,
  hooks: ConfirmHooks = {},
): SearchRun {
  const reference: Reference = {
    yearlyCost: summary.current.yearlyCost,
    yearlyCo2eTonnes: summary.current.yearlyCo2eTonnes,
  };
  let stopped = false;
  const report = (p: ProposalProgress) => {
    if (hooks.onProgress?.(p) === false) stopped = true;
  };
  const scenarios: ScenarioResult[] = [];
  const solutions = summary.solutions.map((s, i) => {
    const position = { proposal: i + 1, proposals: summary.solutions.length };
    report({ ...position, best: null });
    const result = runScenario(
      data,
      { ...request, fleet: s.fleet },
      {
        solver: hooks.solver,
        onIncumbent: (inc) => report({ ...position, best: incumbentFigures(inc) }),
        shouldStop: () => stopped,
      },
    );
    scenarios.push(result);
    const run = result.simulated.consequences;
    const evaluation = {
      key: "",
      counts: [],
      fleet: s.fleet,
      yearlyCost: run.totalDkk,
      yearlyCo2eTonnes: run.co2eTonnes,
      unallocatedTrips: run.unallocatedTrips,
      coverageViolation: coverageViolation(result.trips, result.simulated.allocation, summary.goals),
    };
    return {
      ...s,
      yearlyCost: evaluation.yearlyCost,
      yearlyCo2eTonnes: evaluation.yearlyCo2eTonnes,
      unallocatedTrips: evaluation.unallocatedTrips,
      meetsGoals: checkGoals(evaluation, reference, summary.goals).meetsGoals,
      financialSavings: reference.yearlyCost - evaluation.yearlyCost,
      co2eSavingsTonnes: reference.yearlyCo2eTonnes - evaluation.yearlyCo2eTonnes,
    };
  });
  return { summary: { ...summary, solutions }, scenarios };
}
