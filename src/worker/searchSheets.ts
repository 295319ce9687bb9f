import type { SheetData } from "../workbook/sheetData";
import type { SheetPlan, WorkbookPlan, PlanName } from "../workbook/plan/types";
import { readScenarioInputs, requestError, scopeScenario } from "./scenarioInputs";
import { ScenarioError } from "../core/scenario/scenarioError";
import type { ScenarioSummary } from "../core/scenario/scenarioSummary";
import { runSearch, type SearchProgress } from "../core/search/runSearch";
import { scenarioRequestOf, type SearchRequest } from "../core/search/searchRequest";
import type { SearchSummary } from "../core/search/searchResult";
import { searchPlan } from "../workbook/plan/searchPlan";
import { SEARCH_LABELS } from "../workbook/plan/searchLabels";
import { uniqueSheetName } from "../hosts/excel/uniqueSheetName";
import type { EngineResult, InputSheets } from "./api";
import type { MipSolver } from "../core/allocation/mipSolver";

export interface SearchSheetsOptions {
  /** HiGHS, needed when the request asks for the optimal allocation (the proposals are confirmed with it). */
  solver?: MipSolver;
}
import { simulateSheets } from "./engineApi";

export interface SearchOutcome {
  summary: SearchSummary;
  /** The Search sheet first, then one ordinary scenario sheet per proposed fleet. */
  plan: WorkbookPlan;
  /** Per proposal: its scenario's figures and the index of its scenario sheet in `plan.sheets`. */
  scenarios: { summary: ScenarioSummary; sheetIndex: number }[];
}

/**
 * The automatic search on the workbook's sheets, then its result as sheets (see searchResultPlan).
 * `onProgress` gets the best fleets and the front so far after every tabu iteration, so a pane
 * that cancels (terminating the worker) still holds the best found.
 */
export async function searchSheets(
  sheets: SheetData[],
  inputs: InputSheets,
  requestIn: SearchRequest,
  onProgress?: (p: SearchProgress) => void,
  options: SearchSheetsOptions = {},
): Promise<EngineResult<SearchOutcome>> {
  const read = readScenarioInputs(sheets, inputs, requestIn.parameterOverrides);
  if (!read.ok) return read;
  // Pooled locations become one: the search and its confirming simulations see a single fleet.
  const scoped = scopeScenario(read.value, requestIn);
  if (!scoped.ok) return scoped;
  const { data, request } = scoped.value;
  const { inputs: fleetInputs } = read.value;
  const { vehicles } = data;
  // A vehicle the search may use must be complete enough to simulate (WLTP, range, …): say so first.
  const location = request.location;
  const mayUse = vehicles.filter(
    (v) =>
      (request.currentIds
        ? request.currentIds.includes(v.id)
        : location === null || v.location === location) ||
      (request.candidateIds ? request.candidateIds.includes(v.id) : v.location === ""),
  );
  const usageErrors = mayUse.flatMap((v) => fleetInputs.usageIssues.get(v.id) ?? []);
  if (usageErrors.length) return { ok: false, errors: usageErrors };
  let summary: SearchSummary;
  try {
    summary = runSearch(data, request, {
      onProgress,
      solver: options.solver,
    });
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, errors: [requestError(e)] };
    throw e;
  }
  return searchResultPlan(sheets, inputs, requestIn, summary, options);
}

/**
 * The sheets for a search result (complete, or the best so far after a cancel): every proposed
 * fleet goes through the same simulate path as a manual scenario, so its scenario sheet is an
 * ordinary one and its figures are confirmed by that simulation; the Search sheet then shows those
 * confirmed figures.
 */
export async function searchResultPlan(
  sheets: SheetData[],
  inputs: InputSheets,
  request: SearchRequest,
  summary: SearchSummary,
  options: SearchSheetsOptions = {},
): Promise<EngineResult<SearchOutcome>> {
  const language = request.language ?? "en";
  const L = SEARCH_LABELS[language];
  const runId = Date.now().toString(36);
  // Names no sheet has yet, chosen the way the hosts would (" (2)"), so the Search sheet can name
  // each proposal's sheet as it will really be called.
  const taken = new Set(
    (request.existingSheetNames ?? sheets.map((s) => s.name)).map((n) => n.toLowerCase()),
  );
  const claim = (wanted: string) => {
    const name = uniqueSheetName(wanted, taken);
    taken.add(name.toLowerCase());
    return name;
  };
  const searchSheetName = claim(L.sheet);
  const scenarioSheets: SheetPlan[] = [];
  const names: PlanName[] = [];
  const solutions = [];
  const scenarios: SearchOutcome["scenarios"] = [];
  for (const [i, solution] of summary.solutions.entries()) {
    // The simulate path's options (the solver for the optimal allocation) as a variable, not a literal.
    const simulateOptions = { solver: options.solver };
    const outcome = await simulateSheets(
      sheets,
      inputs,
      { ...scenarioRequestOf(request), fleet: solution.fleet },
      undefined,
      simulateOptions,
    );
    if (!outcome.ok) return outcome;
    const sim = outcome.value.summary.simulated;
    solutions.push({
      ...solution,
      yearlyCost: sim.yearlyCost,
      yearlyCo2eTonnes: sim.yearlyCo2eTonnes,
      unallocatedTrips: sim.unallocatedTrips,
    });
    const suffix = `${runId}_${i + 1}`;
    const offset = 1 + scenarioSheets.length;
    scenarios.push({ summary: outcome.value.summary, sheetIndex: offset });
    for (const name of outcome.value.plan.names ?? [])
      names.push({ ...name, name: `${name.name}_${i + 1}`, sheetIndex: name.sheetIndex + offset });
    outcome.value.plan.sheets.forEach((sheet, k) =>
      scenarioSheets.push({
        ...sheet,
        // The first sheet is the scenario itself; any others (metadata) keep their own names.
        name: k === 0 ? claim(L.solutionSheet(i + 1)) : sheet.name,
        activate: false,
        tables: sheet.tables.map((t) => ({ ...t, name: `${t.name.replace(/_[^_]*$/, "")}_${suffix}` })),
      }),
    );
  }
  const confirmed = { ...summary, solutions };
  const solutionSheets = scenarios.map((x) => scenarioSheets[x.sheetIndex - 1].name);
  const search = { ...searchPlan(confirmed, { language, runId, solutionSheets }), name: searchSheetName };
  return {
    ok: true,
    value: {
      summary: confirmed,
      plan: { sheets: [search, ...scenarioSheets], ...(names.length ? { names } : {}) },
      scenarios,
    },
  };
}
