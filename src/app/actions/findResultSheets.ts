import type { WorkbookHost } from "../../workbook/workbookHost";
import { SCENARIO_LABELS } from "../../workbook/plan/scenarioLabels";
import { BUSINESS_CASE_TITLE_PREFIXES } from "../../workbook/plan/businessCaseLabels";
import { sheetTitle } from "../../workbook/read/cellValueAt";

/** Sheets FleetOptimiser wrote, recognised by the title in A1, in tab order. */
export interface ResultSheets {
  scenarios: string[];
  businessCases: string[];
}

/**
 * How scenario titles begin ("FleetOptimiser simulation:"), taken from the label files rather
 * than scenarioPlan.ts so the page bundle does not pull in the engine; a test checks they equal
 * SCENARIO_TITLE_PREFIXES.
 */
export const SCENARIO_TITLE_STARTS = [SCENARIO_LABELS.en.title(""), SCENARIO_LABELS.da.title("")].map((t) =>
  t.trim(),
);

export function classifyTitles(names: readonly string[], titles: readonly string[]): ResultSheets {
  const startsWithAny = (title: string, prefixes: readonly string[]) =>
    prefixes.some((p) => title.startsWith(p));
  return {
    scenarios: names.filter((_, i) => startsWithAny(titles[i] ?? "", SCENARIO_TITLE_STARTS)),
    businessCases: names.filter((_, i) => startsWithAny(titles[i] ?? "", BUSINESS_CASE_TITLE_PREFIXES)),
  };
}

/** Reads A1 of every sheet (cheaply when the host can) and sorts out the result sheets. */
export async function findResultSheets(host: WorkbookHost, names: readonly string[]): Promise<ResultSheets> {
  const titles = host.readTitles
    ? await host.readTitles(names)
    : await Promise.all(names.map(async (n) => sheetTitle(await host.readSheet(n))));
  return classifyTitles(names, titles);
}
