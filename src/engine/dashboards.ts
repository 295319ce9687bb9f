import type { EngineResult, InputSheets } from "./envelope";
import type { SheetData } from "../workbook/sheetData";
import { readScenarioInputs, requestError, scopeScenario } from "./scenarioInputs";
import { runScenario } from "../core/scenario/runScenario";
import { ScenarioError } from "../core/scenario/scenarioError";
import type { ScenarioRequest } from "../core/scenario/scenarioRequest";
import { dashboardPlanOf } from "../workbook/plan/dashboardPlan";
import type { WorkbookPlan } from "../workbook/plan/types";

/**
 * The dashboard sheet of the request's location and period. Dashboards show the current fleet as
 * it drove, so the simulated fleet and the allocation method do not matter: the cheapest run
 * (simple allocation, the current fleet) gives the same dashboards as any other.
 */
export function dashboardSheets(
  sheets: SheetData[],
  inputs: InputSheets,
  request: ScenarioRequest,
): EngineResult<WorkbookPlan> {
  const read = readScenarioInputs(sheets, inputs, request.parameterOverrides);
  if (!read.ok) return read;
  const scoped = scopeScenario(read.value, { ...request, allocation: "simple" as const, fleet: null });
  if (!scoped.ok) return scoped;
  try {
    const result = runScenario(scoped.value.data, scoped.value.request);
    return { ok: true, value: dashboardPlanOf(result, request.language ?? "en") };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, errors: [requestError(e)] };
    throw e;
  }
}
