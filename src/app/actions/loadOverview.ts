import type { WorkbookHost } from "../../workbook/workbookHost";
import { isAbortError, type AbortableEngine } from "../../worker/client";
import type { InputSheets } from "../../engine/api";
import type { LoadAction } from "../state/loadReducer";
import { readInputSheets } from "./readInputSheets";
import { errorMessage } from "./errorMessage";
import { abortable } from "./abortable";

export interface LoadOverviewDeps {
  host: WorkbookHost;
  engine: AbortableEngine;
  signal: AbortSignal;
  dispatch: (action: LoadAction) => void;
}

/**
 * Step 1's "Load data": reads the mapped sheets and asks the engine what they contain. Dispatches
 * `loadStarted` and then exactly one final action, which it also returns so the caller can follow
 * up (fill the form, select the first error cell).
 */
export async function loadOverview(deps: LoadOverviewDeps, inputs: InputSheets): Promise<LoadAction> {
  const { host, engine, signal, dispatch } = deps;
  const finish = (action: LoadAction): LoadAction => {
    dispatch(action);
    return action;
  };
  dispatch({ type: "loadStarted" });
  try {
    const sheets = await abortable(signal, readInputSheets(host, inputs));
    const result = await engine.overview(signal, sheets, inputs);
    return result.ok
      ? finish({ type: "loaded", inputs, overview: result.value })
      : finish({ type: "rejected", errors: result.errors });
  } catch (error) {
    // Aborted only when the mapping changed or the pane is closing: forget the half-done load.
    return finish(isAbortError(error) ? { type: "reset" } : { type: "failed", message: errorMessage(error) });
  }
}
