/**
 * What every use case takes and gives back: which sheets hold the inputs, the progress it reports
 * and its result. The use cases import these from here and the API (api.ts) re-exports them, so
 * the API can name the use cases' own types without an import circle.
 */
import type { AllocationReport } from "../core/allocation/allocationReport";
import type { AllocationFigures } from "../core/allocation/incumbentFigures";
import type { AggregationPhase } from "../core/aggregation/aggregateTrips";
import type { ScenarioPhase } from "../core/scenario/runScenario";
import type { SearchProgress } from "../core/search/searchProgress";
import type { Result } from "../core/result";
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

/**
 * The steps a run reports by name, each with a text of its own (phase.<code> in the messages):
 * the use cases send reading, writing and done around the core's own steps, loadingSolver while
 * HiGHS loads; the pane adds rescuing and watchdog while it rebuilds a stopped optimal allocation.
 */
export type PhaseCode =
  | "reading"
  | "loadingSolver"
  | ScenarioPhase
  | AggregationPhase
  | "writing"
  | "done"
  | "rescuing"
  | "watchdog";

/** A named step; `fraction` is how far it is (0 to 1). */
export interface PhaseProgress {
  kind: "phase";
  phase: PhaseCode;
  fraction: number;
}

/** The exact allocation under way (src/engine/allocationProgress.ts). */
export interface OptimalProgress {
  kind: "optimal";
  /** Time spent of the time limit. */
  fraction: number;
  /** The solver's time limit: the first such message arms the pane's watchdog. */
  timeLimitSec: number;
  /** The best allocation so far; null while the solver has none. */
  best: AllocationFigures | null;
  /** With `best`: that allocation itself, for the pane to rebuild the result from after a cancel. */
  incumbent?: IncumbentProgress;
}

/**
 * Every progress message of every use case, told apart by `kind`: the pane and the CLI switch over
 * it (src/i18n/progressText.ts), so a new kind fails the compiler until it has a text.
 */
export type Progress = PhaseProgress | OptimalProgress | SearchProgress;

/** Every use case's result: its value, or every error found (each naming sheet, cell and fix). */
export type EngineResult<T> = Result<T, CellError>;
