import type { CellError } from "../../workbook/read/cellError";
import type { SearchProgress } from "../../core/search/runSearch";
import type { SearchSummary } from "../../core/search/searchResult";

/** One search in the pane, from start to the sheets written (or why not). */
export type SearchState =
  | { kind: "idle" }
  | { kind: "running"; runId: number; progress: SearchProgress | null }
  /** Cancelled with fleets in hand: their sheets are being written. */
  | { kind: "writing"; runId: number; cancelled: boolean; best: SearchSummary | null }
  | { kind: "done"; runId: number; summary: SearchSummary; sheetNames: string[]; cancelled: boolean }
  | { kind: "cancelled"; runId: number }
  | { kind: "rejected"; runId: number; errors: CellError[] }
  | { kind: "failed"; runId: number; message: string };

export type SearchAction =
  | { type: "started"; runId: number }
  | { type: "progress"; runId: number; progress: SearchProgress }
  | { type: "writing"; runId: number; cancelled: boolean; best: SearchSummary | null }
  | { type: "succeeded"; runId: number; summary: SearchSummary; sheetNames: string[]; cancelled: boolean }
  | { type: "cancelled"; runId: number }
  | { type: "rejected"; runId: number; errors: CellError[] }
  | { type: "failed"; runId: number; message: string };

export const initialSearchState: SearchState = { kind: "idle" };

/** Actions of an older run (a cancelled one still answering) are ignored. */
export function searchReducer(state: SearchState, action: SearchAction): SearchState {
  if (action.type === "started") return { kind: "running", runId: action.runId, progress: null };
  if (state.kind === "idle" || state.runId !== action.runId) return state;
  switch (action.type) {
    case "progress":
      return state.kind === "running" ? { ...state, progress: action.progress } : state;
    case "writing":
      return { kind: "writing", runId: action.runId, cancelled: action.cancelled, best: action.best };
    case "succeeded":
      return {
        kind: "done",
        runId: action.runId,
        summary: action.summary,
        sheetNames: action.sheetNames,
        cancelled: action.cancelled,
      };
    case "cancelled":
      return { kind: "cancelled", runId: action.runId };
    case "rejected":
      return { kind: "rejected", runId: action.runId, errors: action.errors };
    case "failed":
      return { kind: "failed", runId: action.runId, message: action.message };
  }
}

/** The best fleets known now: streamed while running, the final ones when done. */
export function bestSoFar(state: SearchState): SearchSummary | null {
  if (state.kind === "running") return state.progress?.partial ?? null;
  if (state.kind === "writing") return state.best;
  if (state.kind === "done") return state.summary;
  return null;
}
