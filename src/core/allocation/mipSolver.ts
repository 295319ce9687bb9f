/**
 * The small MIP-solver interface the allocation needs. Core code must stay free of wasm loading
 * and workers, so HiGHS is loaded by the worker, the CLI or a test and passed in as a MipSolver
 * (see src/solver/highsSolver.ts). Solves are synchronous once the solver is loaded. Threads that
 * relax blocks in parallel are a separate port (BlockPool in relaxBlock.ts), so this file imports
 * nothing of the allocation that builds on it.
 */

/** minimise offset + colCost·x subject to rowLower ≤ A·x ≤ rowUpper, colLower ≤ x ≤ colUpper. */
export interface MipProblem {
  numCols: number;
  numRows: number;
  offset: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** Compressed sparse rows: row r holds columns index[start[r]..start[r+1]). */
  rowStart: Int32Array;
  rowIndex: Int32Array;
  rowValue: Float64Array;
  /** Every column is integer (the allocation only has 0/1 columns). */
}

export interface MipSolveOptions {
  /** Seconds for this solve; the solver stops with its best incumbent. */
  timeLimitSec: number;
  /** A feasible start (MIP start): one value per column. */
  start?: Float64Array;
  /** Called synchronously for every improving incumbent (objective incl. offset). */
  onImproving?: (objective: number, bound: number, colValues: Float64Array) => void;
  /** Polled by the solver; true stops it with its best incumbent. */
  shouldStop?: () => boolean;
  /**
   * Called synchronously with the proven lower bound (incl. offset) at the solver's checkpoints
   * during a MIP, so a long solve can show its bound rising before it ends; never for a relaxation.
   */
  onBound?: (bound: number) => void;
  /**
   * Solve the LP relaxation instead (every column continuous in its bounds): status "optimal"
   * means the LP optimum, whose objective is a lower bound of the MIP.
   */
  relaxation?: boolean;
}

/**
 * The relative gap within which a MIP counts as solved ("proven optimal"): HiGHS's standard
 * mip_rel_gap, 0.01 % of the objective.
 */
export const MIP_REL_GAP = 1e-4;

export type MipStatus = "optimal" | "timeLimit" | "interrupted" | "infeasible" | "error";

export interface MipResult {
  status: MipStatus;
  /** Objective of the best solution (incl. offset); NaN without one. */
  objective: number;
  /** Best proven lower bound (incl. offset). */
  bound: number;
  /** Best solution, null when none was found. */
  colValues: Float64Array | null;
  seconds: number;
}

export interface LpResult {
  status: MipStatus;
  objective: number;
  colValues: Float64Array | null;
  /** Row duals (c − Aᵀy is the reduced cost; y ≤ 0 on a binding ≤ row of this minimisation). */
  rowDuals: Float64Array | null;
}

/**
 * A column to add: its cost and its coefficients in existing rows. Its bounds are [0, ∞): a 0/1
 * column whose rows already hold it at 1 or less, so that a priced column at 1 has no bound dual
 * and the reduced costs of column generation stay exact.
 */
export interface NewColumn {
  cost: number;
  rows: readonly number[];
  values: readonly number[];
}

/**
 * An LP kept alive between solves, for column generation: added columns keep the simplex basis,
 * so the next solve starts where the last one ended instead of from scratch.
 */
export interface LpSession {
  solve(timeLimitSec: number): LpResult;
  addColumns(columns: readonly NewColumn[]): void;
  /** Changes one column's bounds (a dive fixes a column at 1 this way). */
  setBounds(column: number, lower: number, upper: number): void;
  dispose(): void;
}

export interface MipSolver {
  solve(problem: MipProblem, options: MipSolveOptions): MipResult;
  /** The LP relaxation as a session (optional: without it the allocation uses one-shot solves). */
  openLp?(problem: MipProblem): LpSession;
}
