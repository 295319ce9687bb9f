import type { WorkbookHost } from "../../workbook/workbookHost";
import { isAbortError, type AbortableEngine } from "../../worker/client";
import type { AggregationRequest } from "../../engine/aggregate";
import type { SheetData } from "../../workbook/sheetData";
import type { Language } from "../../i18n/translate";
import type { AggregateAction, AggregateSelection } from "../state/aggregateReducer";
import { abortable } from "./abortable";
import { errorMessage } from "./errorMessage";

export interface RunAggregationDeps {
  host: WorkbookHost;
  engine: AbortableEngine;
  signal: AbortSignal;
  dispatch: (action: AggregateAction) => void;
}

/**
 * One aggregation: read the chosen sheets fresh, aggregate in the worker with progress, then write
 * the new Ture and report sheets. Dispatches `started`, progress, and exactly one final action.
 */
export async function runAggregation(
  deps: RunAggregationDeps,
  runId: number,
  selection: AggregateSelection,
  language: Language,
): Promise<AggregateAction> {
  const { host, engine, signal, dispatch } = deps;
  const finish = (action: AggregateAction): AggregateAction => {
    dispatch(action);
    return action;
  };
  dispatch({ type: "started", runId });
  try {
    if (selection.locations === null) throw new Error("No locations sheet chosen.");
    const request: AggregationRequest = {
      locations: selection.locations,
      logs: selection.logs === null ? [] : [selection.logs],
      gpsPoints: selection.gpsPoints === null ? [] : [selection.gpsPoints],
      vehicles: selection.vehicles,
      parameters: selection.parameters,
      language,
    };
    const names = [
      request.locations,
      ...request.logs,
      ...request.gpsPoints,
      request.vehicles,
      request.parameters,
    ];
    const sheets: SheetData[] = [];
    for (const name of names) if (name !== null) sheets.push(await abortable(signal, host.readSheet(name)));
    dispatch({ type: "aggregating", runId });
    const result = await engine.aggregate(signal, sheets, request, (progress) =>
      dispatch({ type: "progress", runId, progress }),
    );
    if (!result.ok) return finish({ type: "rejected", runId, errors: result.errors });
    dispatch({ type: "writing", runId, fraction: 0 });
    const sheetNames = await host.writePlan(result.value.plan, (fraction) =>
      dispatch({ type: "writing", runId, fraction }),
    );
    return finish({
      type: "succeeded",
      runId,
      summary: result.value.summary,
      sheetNames,
      warnings: result.value.warnings,
    });
  } catch (error) {
    return finish(
      isAbortError(error) || signal.aborted
        ? { type: "cancelled", runId }
        : { type: "failed", runId, message: errorMessage(error) },
    );
  }
}
