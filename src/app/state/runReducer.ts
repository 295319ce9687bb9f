import type { CellError } from "../../workbook/read/cellError";
import type { ScenarioSummary } from "../../core/scenario/scenarioSummary";
import type { Progress } from "../../engine/api";

/**
 * One run of the simulation: read the sheets, simulate in the worker, write the result sheet.
 * `runId` ties every event to its run, so a late message from a cancelled run cannot touch a new one.
 */
export type RunStage = "reading" | "simulating" | "writing";

export type RunState =
  | { kind: "idle"; notice: "cancelled" | null }
  | {
      kind: "running";
      runId: number;
      stage: RunStage;
      /** The engine's last progress message while simulating; null before the first. */
      progress: Progress | null;
      fraction: number | null;
    }
  | {
      kind: "done";
      runId: number;
      summary: ScenarioSummary;
      sheetNames: string[];
      /** Why the scenario comparison sheet was not updated (the scenario itself was written). */
      comparisonError?: string;
    }
  | { kind: "invalid"; runId: number; errors: CellError[] }
  | { kind: "failed"; runId: number; message: string };

export type RunAction =
  | { type: "started"; runId: number }
  | { type: "simulating"; runId: number }
  | { type: "progress"; runId: number; progress: Progress }
  | { type: "writing"; runId: number; fraction: number }
  | {
      type: "succeeded";
      runId: number;
      summary: ScenarioSummary;
      sheetNames: string[];
      comparisonError?: string;
    }
  | { type: "rejected"; runId: number; errors: CellError[] }
  | { type: "failed"; runId: number; message: string }
  | { type: "cancelled"; runId: number }
  /** The inputs changed: forget the last result or errors. */
  | { type: "reset" };

export const initialRunState: RunState = { kind: "idle", notice: null };

export function runReducer(state: RunState, action: RunAction): RunState {
  if (action.type === "reset") return state.kind === "running" ? state : initialRunState;
  if (action.type === "started") {
    return state.kind === "running"
      ? state
      : { kind: "running", runId: action.runId, stage: "reading", progress: null, fraction: null };
  }
  // Every other event only matters to the run that is in progress.
  if (state.kind !== "running" || state.runId !== action.runId) return state;
  switch (action.type) {
    case "simulating":
      return { ...state, stage: "simulating", progress: null, fraction: null };
    case "progress":
      return state.stage === "simulating"
        ? { ...state, progress: action.progress, fraction: clampFraction(action.progress.fraction) }
        : state;
    case "writing":
      return { ...state, stage: "writing", progress: null, fraction: clampFraction(action.fraction) };
    case "succeeded":
      return {
        kind: "done",
        runId: state.runId,
        summary: action.summary,
        sheetNames: action.sheetNames,
        ...(action.comparisonError !== undefined ? { comparisonError: action.comparisonError } : {}),
      };
    case "rejected":
      return { kind: "invalid", runId: state.runId, errors: action.errors };
    case "failed":
      return { kind: "failed", runId: state.runId, message: action.message };
    case "cancelled":
      return { kind: "idle", notice: "cancelled" };
  }
}

/** null (an indeterminate bar) for a step that does not know how far it is, or a bad number. */
function clampFraction(fraction: number | null): number | null {
  return fraction !== null && Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : null;
}

// Selectors: what the view may offer, derived from the state alone.

export function isRunning(state: RunState): boolean {
  return state.kind === "running";
}

/** Run is offered when nothing runs and the form describes a valid scenario. */
export function canStartRun(state: RunState, formReady: boolean): boolean {
  return formReady && state.kind !== "running";
}

/**
 * Cancel is offered until the result starts being written: the worker can be killed at any time,
 * but a half-written result sheet cannot be taken back, and writePlan cleans up after itself.
 */
export function canCancel(state: RunState): boolean {
  return state.kind === "running" && state.stage !== "writing";
}

/** While a run is in progress the inputs must not change under it. */
export function canEditInputs(state: RunState): boolean {
  return state.kind !== "running";
}

/** The cell errors to list, if the last run stopped on them. */
export function runErrors(state: RunState): CellError[] {
  return state.kind === "invalid" ? state.errors : [];
}
