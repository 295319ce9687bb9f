import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { Language } from "../../i18n/translate";
import type { CellError } from "../../workbook/read/cellError";
import type { SheetData } from "../../workbook/sheetData";
import type { BusinessCaseSummary } from "../../core/businesscase/businessCaseSummary";
import { abortable } from "./abortable";

export type BusinessCaseWriteOutcome =
  | { kind: "written"; sheetName: string; summary: BusinessCaseSummary }
  | { kind: "invalid"; errors: CellError[] };

export interface BusinessCaseChoice {
  /** The scenario sheet to link, or null for the report's example. */
  scenarioSheet: string | null;
  /** The newest business-case sheet, whose (possibly edited) inputs the new one starts from. */
  inputsSheet: string | null;
}

/**
 * "Write business case": reads the sheets it links to fresh (the user may have changed them),
 * lets the engine build the sheet, and writes it as a new sheet. Nothing is written when an
 * input is bad; the errors name their cells.
 */
export async function writeBusinessCase(
  host: WorkbookHost,
  engine: AbortableEngine,
  signal: AbortSignal,
  lang: Language,
  choice: BusinessCaseChoice,
): Promise<BusinessCaseWriteOutcome> {
  const sheets: SheetData[] = [];
  for (const name of [choice.scenarioSheet, choice.inputsSheet]) {
    if (name !== null) sheets.push(await abortable(signal, host.readSheet(name)));
  }
  const result = await engine.businessCasePlan(signal, sheets, { language: lang, ...choice });
  if (!result.ok) return { kind: "invalid", errors: result.errors };
  // Not abortable: a write is all-or-nothing and short; stopping to wait would hide its outcome.
  const [sheetName] = await host.writePlan(result.value.plan);
  return { kind: "written", sheetName, summary: result.value.summary };
}
