import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { InputSheets } from "../../engine/api";
import type { Language } from "../../i18n/translate";
import type { CellError } from "../../workbook/read/cellError";
import type { SheetData } from "../../workbook/sheetData";
import type { TransitionPlanSummary } from "../../engine/transitionPlanSummary";
import { TRANSITION_TITLE_PREFIXES } from "../../workbook/plan/transitionPlanLabels";
import { sheetTitle } from "../../workbook/read/cellValueAt";
import { abortable } from "./abortable";
import { readInputSheets } from "./readInputSheets";
import { readScenarioRegistry } from "../../workbook/scenarioRegistry";

export type TransitionPlanWriteOutcome =
  | { kind: "written"; sheetName: string; summary: TransitionPlanSummary }
  | { kind: "invalid"; errors: CellError[] };

export interface TransitionPlanChoice {
  /** The scenario sheet (a simulation's, or a search proposal's) the plan leads to. */
  scenarioSheet: string;
  /** The newest plan sheet, whose edited inputs and event dates the new plan starts from. */
  planSheet: string | null;
  inputs: InputSheets;
}

/**
 * "Write transition plan": reads the input sheets, the scenario sheet and the newest plan sheet
 * fresh (the user may have edited an event date), lets the engine simulate the fleets on the way
 * and build the sheet, and writes it as a new sheet. Nothing is written when an input is bad.
 */
export async function writeTransitionPlan(
  host: WorkbookHost,
  engine: AbortableEngine,
  signal: AbortSignal,
  lang: Language,
  choice: TransitionPlanChoice,
): Promise<TransitionPlanWriteOutcome> {
  const sheets: SheetData[] = await abortable(signal, readInputSheets(host, choice.inputs));
  for (const name of [choice.scenarioSheet, choice.planSheet])
    if (name !== null && !sheets.some((s) => s.name === name))
      sheets.push(await abortable(signal, host.readSheet(name)));
  const result = await engine.transitionPlan(signal, sheets, choice.inputs, {
    language: lang,
    scenarioSheet: choice.scenarioSheet,
    planSheet: choice.planSheet,
  });
  if (!result.ok) return { kind: "invalid", errors: result.errors };
  // Not abortable: a write is all-or-nothing and short; stopping to wait would hide its outcome.
  const [sheetName] = await host.writePlan(result.value.plan);
  return { kind: "written", sheetName, summary: result.value.summary };
}

/** The plan sheets among `names` (by their A1 title), in tab order: the last is the newest. */
export async function findPlanSheets(host: WorkbookHost, names: readonly string[]): Promise<string[]> {
  const titles = host.readTitles
    ? await host.readTitles(names)
    : await Promise.all(names.map(async (n) => sheetTitle(await host.readSheet(n))));
  return names.filter((_, i) => TRANSITION_TITLE_PREFIXES.some((p) => (titles[i] ?? "").startsWith(p)));
}

/** The scenario sheets the search wrote (its proposals), from the workbook's registry; none when unknown. */
export async function findSearchProposals(host: WorkbookHost): Promise<Set<string>> {
  const registry = await readScenarioRegistry(host).catch(() => null);
  return new Set(registry?.records.filter((r) => r.kind === "search").map((r) => r.sheet) ?? []);
}
