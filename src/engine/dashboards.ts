import type { EngineResult, InputSheets } from "./envelope";
import type { SheetData } from "../workbook/sheetData";
import { readScenarioInputs, requestError, scopeScenario } from "./scenarioInputs";
import { currentFleetDriven } from "../core/scenario/runScenario";
import { ScenarioError } from "../core/scenario/scenarioError";
import type { ScenarioRequest } from "../core/scenario/scenarioRequest";
import { dashboardPlanOf } from "../workbook/plan/dashboardPlan";
import type { WorkbookPlan } from "../workbook/plan/types";

/**
 * The dashboard sheet of the request's location and period. Dashboards show the current fleet as
 * it drove, so core replays only that fleet: no new fleet is simulated.
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
    const driven = currentFleetDriven(scoped.value.data, scoped.value.request);
    const source = { ...driven.scope, current: driven.current, params: driven.params };
    return { ok: true, value: dashboardPlanOf(source, request.language ?? "en") };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, errors: [requestError(e)] };
    throw e;
  }
}
