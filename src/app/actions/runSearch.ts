import type { WorkbookHost } from "../../workbook/workbookHost";
import { isAbortError, type AbortableEngine } from "../../worker/client";
import type { InputSheets } from "../../engine/api";
import type { SearchOutcome } from "../../engine/search";
import type { SearchRequest } from "../../core/search/searchRequest";
import type { SearchSummary } from "../../core/search/searchResult";
import type { SheetData } from "../../workbook/sheetData";
import type { SearchAction } from "../state/searchReducer";
import { readInputSheets } from "./readInputSheets";
import { errorMessage } from "./errorMessage";
import { abortable } from "./abortable";
import { registerScenario } from "../../workbook/scenarioRegistry";

export interface RunSearchDeps {
  host: WorkbookHost;
  engine: AbortableEngine;
  signal: AbortSignal;
  dispatch: (action: SearchAction) => void;
}

/**
 * One search: read the sheets, search in the worker (the best fleets so far stream in with the
 * progress), then write the Search sheet and a scenario sheet per proposal and register those in
 * the workbook's scenario list. Cancel terminates the worker at once; when fleets had already been
 * found, a fresh worker turns the best of them into sheets, so cancel keeps the best so far.
 */
export async function runSearch(
  deps: RunSearchDeps,
  runId: number,
  inputs: InputSheets,
  request: SearchRequest,
): Promise<SearchAction> {
  const { host, engine, signal, dispatch } = deps;
  const finish = (action: SearchAction): SearchAction => {
    dispatch(action);
    return action;
  };
  dispatch({ type: "started", runId });
  let sheets: SheetData[] | null = null;
  // Held in an object: TypeScript does not see the progress callback assign it.
  const latest: { best: SearchSummary | null } = { best: null };
  try {
    sheets = await abortable(signal, readInputSheets(host, inputs));
    // The Search sheet names each proposal's sheet: it must know which names are taken.
    request = { ...request, existingSheetNames: await abortable(signal, host.listSheets()) };
    const result = await engine.search(signal, sheets, inputs, request, (progress) => {
      if (progress.partial) latest.best = progress.partial;
      dispatch({ type: "progress", runId, progress });
    });
    if (!result.ok) return finish({ type: "rejected", runId, errors: result.errors });
    dispatch({ type: "writing", runId, cancelled: false, best: result.value.summary });
    return finish(await write(host, runId, result.value, request, false));
  } catch (error) {
    if (!(isAbortError(error) || signal.aborted))
      return finish({ type: "failed", runId, message: errorMessage(error) });
    const best = latest.best;
    if (!sheets || !best || best.solutions.length === 0) return finish({ type: "cancelled", runId });
    try {
      dispatch({ type: "writing", runId, cancelled: true, best });
      // The cancelled worker is gone; the next call starts a fresh one, which only simulates the
      // proposals once more to write their sheets (the user's cancel was for the search).
      const kept = await engine.searchResultPlan(new AbortController().signal, sheets, inputs, request, {
        ...best,
        stop: "cancelled",
      });
      if (!kept.ok) return finish({ type: "rejected", runId, errors: kept.errors });
      return finish(await write(host, runId, kept.value, request, true));
    } catch (second) {
      return finish({ type: "failed", runId, message: errorMessage(second) });
    }
  }
}

async function write(
  host: WorkbookHost,
  runId: number,
  outcome: SearchOutcome,
  request: SearchRequest,
  cancelled: boolean,
): Promise<SearchAction> {
  const sheetNames = await host.writePlan(outcome.plan);
  for (const { summary, sheetIndex } of outcome.scenarios) {
    const sheet = sheetNames[sheetIndex];
    if (!sheet) continue;
    try {
      await registerScenario(host, summary, sheet, { language: request.language ?? "en", kind: "search" });
    } catch (error) {
      // The sheets are written and complete; the comparison catches up with the next run.
      console.warn(`The scenario comparison was not updated: ${errorMessage(error)}`);
    }
  }
  return { type: "succeeded", runId, summary: outcome.summary, sheetNames, cancelled };
}
