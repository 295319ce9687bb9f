import type { CellError } from "../../workbook/read/cellError";
import type { InputOverview, InputSheets } from "../../engine/api";

/** Step 1: the input data as last loaded (or why it could not be). */
export type LoadState =
  | { kind: "notLoaded" }
  | { kind: "loading" }
  | { kind: "loaded"; inputs: InputSheets; overview: InputOverview }
  | { kind: "invalid"; errors: CellError[] }
  | { kind: "failed"; message: string };

export type LoadAction =
  | { type: "loadStarted" }
  | { type: "loaded"; inputs: InputSheets; overview: InputOverview }
  | { type: "rejected"; errors: CellError[] }
  | { type: "failed"; message: string }
  /** The mapping or the workbook changed: what was loaded may no longer match it. */
  | { type: "reset" };

export const initialLoadState: LoadState = { kind: "notLoaded" };

export function loadReducer(state: LoadState, action: LoadAction): LoadState {
  switch (action.type) {
    case "loadStarted":
      return { kind: "loading" };
    case "loaded":
      // A load that finishes after a reset belongs to an old mapping: drop it.
      return state.kind === "loading"
        ? { kind: "loaded", inputs: action.inputs, overview: action.overview }
        : state;
    case "rejected":
      return state.kind === "loading" ? { kind: "invalid", errors: action.errors } : state;
    case "failed":
      return state.kind === "loading" ? { kind: "failed", message: action.message } : state;
    case "reset":
      return initialLoadState;
  }
}
