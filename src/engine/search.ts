import type { SheetData } from "../workbook/sheetData";
import type { SheetPlan, WorkbookPlan, PlanName } from "../workbook/plan/types";
import { readScenarioInputs, requestError, scopeScenario, type ScenarioInputs } from "./scenarioInputs";
import { ScenarioError } from "../core/scenario/scenarioError";
import type { ScenarioData, ScenarioHooks } from "../core/scenario/runScenario";
import type { ScenarioSummary } from "../core/scenario/scenarioSummary";
import { runSearchWithScenarios, type SearchProgress } from "../core/search/runSearch";
import { confirmProposals, type SearchRun } from "../core/search/confirmProposals";
import { scenarioRequestOf, type SearchRequest } from "../core/search/searchRequest";
import type { SearchSummary } from "../core/search/searchResult";
import { searchPlan } from "../workbook/plan/searchPlan";
import { SEARCH_LABELS } from "../workbook/plan/searchLabels";
import { uniqueSheetName } from "../workbook/schema/uniqueSheetName";
import type { EngineResult, InputSheets } from "./envelope";
import { scenarioSheet } from "./scenarioSheet";

export interface SearchSheetsOptions {
  /** HiGHS, needed when the request asks for the optimal allocation (the proposals are confirmed with it). */
  solver?: ScenarioHooks["solver"];
}

export interface SearchOutcome {
  summary: SearchSummary;
  /** The Search sheet first, then one ordinary scenario sheet per proposed fleet. */
  plan: WorkbookPlan;
  /** Per proposal: its scenario's figures and the index of its scenario sheet in `plan.sheets`. */
  scenarios: { summary: ScenarioSummary; sheetIndex: number }[];
}

/**
 * The automatic search on the workbook's sheets, then its result as sheets (see resultPlan): the
 * sheets are read and checked once, and every proposal is simulated once, by the search itself.
 * `onProgress` gets the best fleets and the front so far after every tabu iteration, so a pane
 * that cancels (terminating the worker) still holds the best found, then each proposal as it is
 * confirmed.
 */
export async function searchSheets(
  sheets: SheetData[],
  inputs: InputSheets,
  requestIn: SearchRequest,
  onProgress?: (p: SearchProgress) => void,
  options: SearchSheetsOptions = {},
): Promise<EngineResult<SearchOutcome>> {
  const prepared = prepareSearch(sheets, inputs, requestIn);
  if (!prepared.ok) return prepared;
  const { read, data, request } = prepared.value;
  // A vehicle the search may use must be complete enough to simulate (WLTP, range, …): say so first.
  const location = request.location;
  const mayUse = data.vehicles.filter(
    (v) =>
      (request.currentIds
        ? request.currentIds.includes(v.id)
        : location === null || v.location === location) ||
      (request.candidateIds ? request.candidateIds.includes(v.id) : v.location === ""),
  );
  const usageErrors = mayUse.flatMap((v) => read.inputs.usageIssues.get(v.id) ?? []);
  if (usageErrors.length) return { ok: false, errors: usageErrors };
  let run: SearchRun;
  try {
    run = runSearchWithScenarios(data, request, { onProgress, solver: options.solver });
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, errors: [requestError(e)] };
    throw e;
  }
  return resultPlan(sheets, requestIn, run, read);
}

/**
 * The sheets for a search result the pane kept (the best so far after a cancel): its proposals
 * were not confirmed yet, so each is simulated once now with the allocation asked for, as the
 * search would have, and written as an ordinary scenario sheet.
 */
export async function searchResultPlan(
  sheets: SheetData[],
  inputs: InputSheets,
  requestIn: SearchRequest,
  summary: SearchSummary,
  options: SearchSheetsOptions = {},
): Promise<EngineResult<SearchOutcome>> {
  const prepared = prepareSearch(sheets, inputs, requestIn);
  if (!prepared.ok) return prepared;
  const { read, data, request } = prepared.value;
  let run: SearchRun;
  try {
    run = confirmProposals(data, scenarioRequestOf(request), summary, { solver: options.solver });
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, errors: [requestError(e)] };
    throw e;
  }
  return resultPlan(sheets, requestIn, run, read);
}

/** The input sheets read and checked, with the run's overrides, and pooled locations made one. */
function prepareSearch(
  sheets: SheetData[],
  inputs: InputSheets,
  requestIn: SearchRequest,
): EngineResult<{ read: ScenarioInputs; data: ScenarioData; request: SearchRequest }> {
  const read = readScenarioInputs(sheets, inputs, requestIn.parameterOverrides);
  if (!read.ok) return read;
  // Pooled locations become one: the search and its confirming simulations see a single fleet.
  const scoped = scopeScenario(read.value, requestIn);
  if (!scoped.ok) return scoped;
  return { ok: true, value: { read: read.value, ...scoped.value } };
}

/**
 * The Search sheet first, then one ordinary scenario sheet per proposal, built from the scenario
 * the search simulated for it (see confirmProposals): the Search sheet and the scenario sheets
 * show the same run's figures.
 */
function resultPlan(
  sheets: SheetData[],
  request: SearchRequest,
  run: SearchRun,
  read: ScenarioInputs,
): EngineResult<SearchOutcome> {
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
  const scenarios: SearchOutcome["scenarios"] = [];
  const solutions = [];
  for (const [i, result] of run.scenarios.entries()) {
    const outcome = scenarioSheet(result, read, language);
    if (!outcome.ok) return outcome;
    // The Search sheet shows each proposal's figures as its scenario sheet does (rounded alike).
    const shown = outcome.value.summary.simulated;
    solutions.push({
      ...run.summary.solutions[i],
      yearlyCost: shown.yearlyCost,
      yearlyCo2eTonnes: shown.yearlyCo2eTonnes,
      unallocatedTrips: shown.unallocatedTrips,
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
  const summary = { ...run.summary, solutions };
  const solutionSheets = scenarios.map((x) => scenarioSheets[x.sheetIndex - 1].name);
  const search = { ...searchPlan(summary, { language, runId, solutionSheets }), name: searchSheetName };
  return {
    ok: true,
    value: {
      summary,
      plan: { sheets: [search, ...scenarioSheets], ...(names.length ? { names } : {}) },
      scenarios,
    },
  };
}
