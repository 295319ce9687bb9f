import type { CellError } from "../../workbook/read/cellError";
import type { AggregationSummary } from "../../engine/aggregate";
import type { Progress } from "../../engine/api";

/**
 * One aggregation: read the sheets, aggregate in the worker, write the new Ture and report sheets.
 * `runId` ties every event to its run, so a late message from a cancelled run cannot touch a new one.
 */
export type AggregateState =
  | { kind: "idle"; notice: "cancelled" | null }
  | {
      kind: "running";
      runId: number;
      stage: "reading" | "aggregating" | "writing";
      /** The engine's last progress message while aggregating; null before the first. */
      progress: Progress | null;
      fraction: number | null;
    }
  | { kind: "done"; summary: AggregationSummary; sheetNames: string[]; warnings: CellError[] }
  | { kind: "invalid"; errors: CellError[] }
  | { kind: "failed"; message: string };

export type AggregateAction =
  | { type: "started"; runId: number }
  | { type: "aggregating"; runId: number }
  | { type: "progress"; runId: number; progress: Progress }
  | { type: "writing"; runId: number; fraction: number }
  | {
      type: "succeeded";
      runId: number;
      summary: AggregationSummary;
      sheetNames: string[];
      warnings: CellError[];
    }
  | { type: "rejected"; runId: number; errors: CellError[] }
  | { type: "failed"; runId: number; message: string }
  | { type: "cancelled"; runId: number };

export const initialAggregateState: AggregateState = { kind: "idle", notice: null };

export function aggregateReducer(state: AggregateState, action: AggregateAction): AggregateState {
  if (action.type === "started") {
    return state.kind === "running"
      ? state
      : { kind: "running", runId: action.runId, stage: "reading", progress: null, fraction: null };
  }
  if (state.kind !== "running" || state.runId !== action.runId) return state;
  switch (action.type) {
    case "aggregating":
      return { ...state, stage: "aggregating" };
    case "progress":
      return state.stage === "aggregating"
        ? { ...state, progress: action.progress, fraction: clamp(action.progress.fraction) }
        : state;
    case "writing":
      return { ...state, stage: "writing", progress: null, fraction: clamp(action.fraction) };
    case "succeeded":
      return {
        kind: "done",
        summary: action.summary,
        sheetNames: action.sheetNames,
        warnings: action.warnings,
      };
    case "rejected":
      return { kind: "invalid", errors: action.errors };
    case "failed":
      return { kind: "failed", message: action.message };
    case "cancelled":
      return { kind: "idle", notice: "cancelled" };
  }
}

function clamp(fraction: number | null): number | null {
  return fraction !== null && Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : null;
}

/** Cancel is offered until writing starts: a half-written sheet cannot be taken back. */
export function canCancelAggregation(state: AggregateState): boolean {
  return state.kind === "running" && state.stage !== "writing";
}

/** Which sheet holds which input of the aggregation; null: not chosen. */
export interface AggregateSelection {
  locations: string | null;
  logs: string | null;
  gpsPoints: string | null;
  vehicles: string | null;
  parameters: string | null;
}

export type AggregateSelectionKey = keyof AggregateSelection;

/** Why the selection cannot run yet, or null when it can. */
export function selectionProblem(s: AggregateSelection): "missing" | "duplicate" | null {
  if (s.locations === null || (s.logs === null && s.gpsPoints === null)) return "missing";
  const chosen = Object.values(s).filter((n): n is string => n !== null);
  return new Set(chosen).size < chosen.length ? "duplicate" : null;
}
