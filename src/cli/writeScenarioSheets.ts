import { FileWorkbookHost } from "../hosts/file/fileWorkbookHost";
import { registerScenario } from "../workbook/scenarioRegistry";
import type { ScenarioSummary } from "../core/scenario/scenarioSummary";
import type { ScenarioKind } from "../workbook/plan/scenarioMetadata";
import type { WorkbookPlan } from "../workbook/plan/types";
import type { Language } from "../core/language";

export interface ScenarioWorkbookOptions {
  language: Language;
  /** manual/optimal by the summary's allocation when absent; the search passes "search". */
  kind?: ScenarioKind;
}

/**
 * The CLI's result workbook for a scenario, as the pane leaves a workbook after a run: the
 * source's sheets, the scenario sheet, the dashboards (when given), and the scenario registered in
 * the very hidden registry with the comparison sheet rewritten. A source that already holds
 * scenarios written by the add-in keeps them in the comparison. Returns the bytes of a NEW file.
 */
export async function writeScenarioWorkbook(
  source: Uint8Array,
  scenario: WorkbookPlan,
  dashboards: WorkbookPlan | null,
  summary: ScenarioSummary,
  options: ScenarioWorkbookOptions,
): Promise<Uint8Array> {
  const host = await FileWorkbookHost.open(source, { streamLargeSheets: true });
  const [scenarioSheet] = await host.writePlan(scenario);
  if (dashboards) await host.writePlan(dashboards);
  if (scenarioSheet) await registerScenario(host, summary, scenarioSheet, options);
  return host.save();
}
