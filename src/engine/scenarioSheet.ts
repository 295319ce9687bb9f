import type { ScenarioResult } from "../core/scenario/runScenario";
import type { ScenarioSummary } from "../core/scenario/scenarioSummary";
import type { Language } from "../core/language";
import { summarizeScenario } from "../core/scenario/summarizeScenario";
import { scenarioPlan } from "../workbook/plan/scenarioPlan";
import type { WorkbookPlan } from "../workbook/plan/types";
import type { EngineResult } from "./envelope";
import type { ScenarioInputs } from "./scenarioInputs";

/**
 * A simulated scenario as its figures and its scenario sheet: what a manual simulation and every
 * proposal of a search write, from one run. A vehicle the run used that cannot be simulated as
 * entered (missing WLTP, range, …) is refused here, naming its cell.
 */
export function scenarioSheet(
  result: ScenarioResult,
  read: ScenarioInputs,
  language: Language,
): EngineResult<{ summary: ScenarioSummary; plan: WorkbookPlan }> {
  const used = new Set([
    ...result.currentIds,
    ...result.fleetCounts.filter((f) => f.count > 0).map((f) => f.sourceId),
  ]);
  const usageErrors = [...used].flatMap((id) => read.inputs.usageIssues.get(id) ?? []);
  if (usageErrors.length) return { ok: false, errors: usageErrors };
  const summary = summarizeScenario(result);
  const plan = scenarioPlan(result, summary, {
    language,
    parameterKeysSet: read.inputs.parameterKeysSet,
    runOverrideKeys: read.overrideKeys,
  });
  return { ok: true, value: { summary, plan } };
}
