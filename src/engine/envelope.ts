/**
 * What every use case takes and gives back: which sheets hold the inputs, the progress it reports
 * and its result. The use cases import these from here and the API (api.ts) re-exports them, so
 * the API can name the use cases' own types without an import circle.
 */
import type { AllocationReport } from "../core/allocation/allocationReport";
import type { CellError } from "../workbook/read/cellError";
import type { InputColumnMapping } from "../workbook/read/readInputs";

/** Which sheet holds which input; null when the workbook has none. */
export interface InputSheets {
  vehicles: string;
  trips: string;
  parameters: string | null;
  /** Vagtlag; undefined: the sheet named Vagtlag/Shifts when there is one; null: no shifts. */
  shifts?: string | null;
  /** Kandidater; undefined: the sheet named Kandidater/Candidates when there is one; null: none. */
  candidates?: string | null;
  /** Columns mapped to the user's own headers (`--map`, the stored mapping); absent: none. */
  columnMapping?: InputColumnMapping;
}

/** The best allocation so far, as the pane keeps it to survive a cancel or the watchdog. */
export interface IncumbentProgress {
  memberOfTrip: number[];
  report: AllocationReport;
}

export type Progress = {
  kind: "phase";
  phase: string;
  fraction: number;
  /** Optimal allocation: the solver's time limit (arms the pane's watchdog). */
  timeLimitSec?: number;
  /** Optimal allocation: the best allocation so far (src/engine/allocationProgress.ts). */
  incumbent?: IncumbentProgress;
};

/** Every use case's result: its value, or every error found (each naming sheet, cell and fix). */
export type EngineResult<T> = { ok: true; value: T } | { ok: false; errors: CellError[] };
