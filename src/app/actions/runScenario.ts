import type { WorkbookHost } from "../../workbook/workbookHost";
import { isAbortError, type AbortableEngine } from "../../worker/client";
import type { InputSheets } from "../../engine/api";
import type { ScenarioRequest } from "../../core/scenario/scenarioRequest";
import type { RunAction } from "../state/runReducer";
import { readInputSheets } from "./readInputSheets";
import { errorMessage } from "./errorMessage";
import { abortable } from "./abortable";
import { simulateOrRescue } from "./simulateOrRescue";
import { registerScenario } from "../../workbook/scenarioRegistry";
import type { ScenarioSummary } from "../../core/scenario/scenarioSummary";

export interface RunScenarioDeps {
  host: WorkbookHost;
  engine: AbortableEngine;
  signal: AbortSignal;
  dispatch: (action: RunAction) => void;
}

/**
 * One run: read the sheets, simulate in the worker (progress streams into the state), then write
 * the result plan as new sheets. Dispatches `started`, progress, and exactly one final action for
 * `runId`, which it also returns so the caller can follow up (select the first error cell).
 */
export async function runScenario(
  deps: RunScenarioDeps,
  runId: number,
  inputs: InputSheets,
  request: ScenarioRequest,
): Promise<RunAction> {
  const { host, engine, signal, dispatch } = deps;
  const finish = (action: RunAction): RunAction => {
    dispatch(action);
    return action;
  };
  dispatch({ type: "started", runId });
  try {
    // Cancel answers at once even while a large sheet is still being read.
    const sheets = await abortable(signal, readInputSheets(host, inputs));
    dispatch({ type: "simulating", runId });
    const result = await simulateOrRescue(engine, signal, sheets, inputs, request, (progress) =>
      dispatch({ type: "progress", runId, progress }),
    );
    if (!result.ok) return finish({ type: "rejected", runId, errors: result.errors });
    // The point of no return: from here the run writes, and cancel is no longer offered.
    dispatch({ type: "writing", runId, fraction: 0 });
    const sheetNames = await host.writePlan(result.value.plan, (fraction) =>
      dispatch({ type: "writing", runId, fraction }),
    );
    const comparisonError = await registerWrittenScenario(host, result.value.summary, sheetNames[0], request);
    return finish({
      type: "succeeded",
      runId,
      summary: result.value.summary,
      sheetNames,
      ...(comparisonError !== null ? { comparisonError } : {}),
    });
  } catch (error) {
    return finish(
      isAbortError(error) || signal.aborted
        ? { type: "cancelled", runId }
        : { type: "failed", runId, message: errorMessage(error) },
    );
  }
}

/**
 * Adds the new scenario sheet to the workbook's registry and rewrites the comparison sheet. The
 * scenario sheet is written and complete at this point, so a failure here (say a protected
 * workbook) must not turn the run into a failure: the comparison catches up with the next run.
 * Returns why the comparison was not updated, for the pane to say so; null when it was.
 */
async function registerWrittenScenario(
  host: WorkbookHost,
  summary: ScenarioSummary,
  sheetName: string | undefined,
  request: ScenarioRequest,
): Promise<string | null> {
  if (!sheetName) return null;
  try {
    await registerScenario(host, summary, sheetName, { language: request.language ?? "en" });
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}
