import { registerScenario } from "../workbook/scenarioRegistry";
import type { WorkbookHost } from "../workbook/workbookHost";
import type { ScenarioSummary } from "../core/scenario/scenarioSummary";
import type { WorkbookPlan } from "../workbook/plan/types";
import type { Language } from "../core/language";
import type { SearchOutcome } from "../engine/search";

/**
 * A scenario's result sheets, as the pane leaves a workbook after a run: the scenario sheet, the
 * dashboards (when given), and the scenario registered in the very hidden registry with the
 * comparison sheet rewritten. A workbook that already holds scenarios written by the add-in keeps
 * them in the comparison.
 */
export async function writeScenarioSheets(
  host: WorkbookHost,
  scenario: WorkbookPlan,
  dashboards: WorkbookPlan | null,
  summary: ScenarioSummary,
  language: Language,
): Promise<void> {
  const [scenarioSheet] = await host.writePlan(scenario);
  if (dashboards) await host.writePlan(dashboards);
  if (scenarioSheet) await registerScenario(host, summary, scenarioSheet, { language });
}

/**
 * A search's result sheets, as the pane leaves a workbook after a search: the Search sheet and one
 * scenario sheet per proposal, each registered (as a search result) in the scenario registry with
 * the comparison sheet rewritten.
 */
export async function writeSearchSheets(
  host: WorkbookHost,
  outcome: SearchOutcome,
  language: Language,
): Promise<void> {
  const names = await host.writePlan(outcome.plan);
  for (const { summary, sheetIndex } of outcome.scenarios)
    if (names[sheetIndex])
      await registerScenario(host, summary, names[sheetIndex], { language, kind: "search" });
}
