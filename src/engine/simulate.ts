import type { EngineResult, InputSheets, Progress } from "./envelope";
import type { SimulationOutcome } from "./api";
import type { SheetData } from "../workbook/sheetData";
import { readScenarioInputs, requestError, scopeScenario } from "./scenarioInputs";
import { runScenario } from "../core/scenario/runScenario";
import { ScenarioError } from "../core/scenario/scenarioError";
import type { ScenarioRequest } from "../core/scenario/scenarioRequest";
import { dashboardPlanOf } from "../workbook/plan/dashboardPlan";
import { allocationHooks } from "./allocationProgress";
import type { MipSolver } from "../core/allocation/mipSolver";
import { scenarioSheet } from "./scenarioSheet";

export interface SimulateSheetsOptions {
  /** Also build the dashboard sheet of the same data (the CLI's --out writes it beside the scenario). */
  dashboards?: boolean;
  /** HiGHS for the optimal allocation (loaded by the worker or the CLI). */
  solver?: MipSolver;
}

export function simulateSheets(
  sheets: SheetData[],
  inputs: InputSheets,
  requestIn: ScenarioRequest,
  onProgress?: (p: Progress) => void,
  options: SimulateSheetsOptions = {},
): EngineResult<SimulationOutcome> {
  onProgress?.({ kind: "phase", phase: "reading", fraction: 0 });
  const read = readScenarioInputs(sheets, inputs, requestIn.parameterOverrides);
  if (!read.ok) return read;
  const scoped = scopeScenario(read.value, requestIn);
  if (!scoped.ok) return scoped;
  const { data, request } = scoped.value;
  try {
    const result = runScenario(data, request, {
      ...allocationHooks(options.solver, data.params.allocationTimeLimitSec, onProgress),
      onProgress: (phase, fraction) => onProgress?.({ kind: "phase", phase, fraction }),
    });
    onProgress?.({ kind: "phase", phase: "writing", fraction: 0 });
    const sheet = scenarioSheet(result, read.value, request.language ?? "en");
    if (!sheet.ok) return sheet;
    const { summary, plan } = sheet.value;
    const dashboards = options.dashboards ? dashboardPlanOf(result, request.language ?? "en") : undefined;
    onProgress?.({ kind: "phase", phase: "done", fraction: 1 });
    return { ok: true, value: { summary, plan, ...(dashboards ? { dashboards } : {}) } };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, errors: [requestError(e)] };
    throw e;
  }
}
