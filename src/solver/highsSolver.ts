import type { Highs, HighsCallbackMap } from "highs";
import {
  MIP_REL_GAP,
  type MipProblem,
  type MipResult,
  type LpResult,
  type LpSession,
  type MipSolveOptions,
  type MipSolver,
  type NewColumn,
  type MipStatus,
} from "../core/allocation/mipSolver";

/**
 * LP relaxations with at least this many columns go to HiGHS's interior point method (with
 * crossover, so the answer is still a vertex): the day blocks of a fleet without identical
 * vehicles (60 all-different, ~19,000 columns, 360,000 nonzeros) are so degenerate that the dual
 * simplex needs ~21,000 iterations, 12.9 s, where the IPM takes 6.1 s; near 12,000 columns the two
 * are even (2.3–2.6 s against 2.8 s), and below it the simplex is faster.
 */
const IPM_MIN_COLUMNS = 8000;

/**
 * The MipSolver of the exact allocation on HiGHS (the `highs` wasm build, stack-notes.md §5).
 * Each solve builds a persistent model from CSR arrays (never LP text: its parser has a
 * 560-character line buffer), seeds the MIP start, streams improving incumbents through
 * mipImprovingSolution, lets shouldStop interrupt through mipInterrupt, and disposes the model.
 * HiGHS does not always honour time_limit (an LP's crossover, an interior point run), so every
 * run also has a wall-clock watchdog at its checkpoints (see interrupts); the pane, whose worker
 * can be terminated, runs one more around the whole solve.
 */
export function highsSolver(highs: Highs, verbose = false): MipSolver {
  const finite = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
  const modelData = (problem: MipProblem, relaxation: boolean) => ({
    numCols: problem.numCols,
    numRows: problem.numRows,
    offset: problem.offset,
    colCost: problem.colCost,
    colLower: problem.colLower,
    colUpper: problem.colUpper,
    rowLower: problem.rowLower.map(finite),
    rowUpper: problem.rowUpper.map(finite),
    matrix: {
      format: "csr" as const,
      numRows: problem.numRows,
      numCols: problem.numCols,
      starts: problem.rowStart,
      indices: problem.rowIndex,
      values: problem.rowValue,
    },
    integrality: new Int32Array(problem.numCols).fill(
      relaxation ? highs.constants.variableType.continuous : highs.constants.variableType.integer,
    ),
  });
  return {
    openLp(problem: MipProblem): LpSession {
      const model = highs.createModel(modelData(problem, true));
      // Presolve costs more than it saves on these LPs (measured: 0.20 → 0.15 s for a day's first solve).
      model.options.set({ output_flag: verbose, presolve: "off" });
      return {
        solve(timeLimitSec: number): LpResult {
          // time_limit counts all runs of a model; each solve of the session gets its own.
          model.zeroAllClocks();
          model.options.set({ time_limit: Math.max(0.01, timeLimitSec) });
          const watchdog = interrupts(highs, timeLimitSec);
          model.run(watchdog.callbacks);
          const status = watchdog.status(statusOf(model.getModelStatus(), highs));
          if (status !== "optimal") return { status, objective: NaN, colValues: null, rowDuals: null };
          const solution = model.getSolution();
          return {
            status,
            objective: model.getObjectiveValue(),
            colValues: solution.colValue,
            rowDuals: solution.rowDual,
          };
        },
        addColumns(columns: readonly NewColumn[]) {
          if (columns.length === 0) return;
          const starts = new Int32Array(columns.length + 1);
          columns.forEach((c, k) => (starts[k + 1] = starts[k] + c.rows.length));
          model.addCols({
            cost: Float64Array.from(columns, (c) => c.cost),
            lower: new Float64Array(columns.length),
            upper: new Float64Array(columns.length).fill(highs.infinity),
            matrix: {
              format: "csc",
              numRows: problem.numRows,
              numCols: columns.length,
              starts,
              indices: Int32Array.from(columns.flatMap((c) => c.rows)),
              values: Float64Array.from(columns.flatMap((c) => c.values)),
            },
          });
        },
        setBounds(column: number, lower: number, upper: number) {
          model.changeColBounds(column, finite(lower), finite(upper));
        },
        dispose() {
          model.dispose();
        },
      };
    },
    solve(problem: MipProblem, options: MipSolveOptions): MipResult {
      const t0 = Date.now();
      const model = highs.createModel(modelData(problem, Boolean(options.relaxation)));
      try {
        model.options.set({
          output_flag: verbose,
          time_limit: Math.max(0.01, options.timeLimitSec),
          // Proven optimal means within HiGHS's standard relative gap (0.01 %) of the block's cost.
          mip_rel_gap: MIP_REL_GAP,
        });
        if (options.relaxation && problem.numCols >= IPM_MIN_COLUMNS) model.options.set({ solver: "ipm" });
        if (options.start && !options.relaxation) model.setSolution({ colValue: options.start });
        const cb = highs.constants.callbackType;
        const watchdog = interrupts(highs, options.timeLimitSec, options.shouldStop);
        const onBound = options.relaxation ? undefined : options.onBound;
        const callbacks: HighsCallbackMap = {
          ...watchdog.callbacks,
          [cb.mipInterrupt]: (event) => {
            // −∞ until the root LP is solved: only a finite bound says anything.
            const bound = event.data.mip_dual_bound;
            if (onBound && bound !== undefined && Number.isFinite(bound)) onBound(bound);
            return watchdog.callbacks[cb.mipInterrupt]?.(event);
          },
          [cb.mipImprovingSolution]: (event) => {
            const values = event.data.mip_solution;
            if (values && options.onImproving)
              options.onImproving(
                Number(event.data.objective_function_value ?? event.data.mip_primal_bound),
                Number(event.data.mip_dual_bound ?? -Infinity),
                values,
              );
            return undefined;
          },
        };
        model.run(callbacks);
        const status = watchdog.status(statusOf(model.getModelStatus(), highs));
        const hasSolution =
          Number(model.info.get("primal_solution_status")) === highs.constants.solutionStatus.feasible;
        const colValues = hasSolution ? model.getSolution().colValue : null;
        const objective = hasSolution ? model.getObjectiveValue() : NaN;
        const dual = options.relaxation ? NaN : Number(model.info.get("mip_dual_bound"));
        const bound = status === "optimal" ? objective : Number.isFinite(dual) ? dual : -Infinity;
        return { status, objective, bound, colValues, seconds: (Date.now() - t0) / 1000 };
      } finally {
        model.dispose();
      }
    },
  };
}

/**
 * Seconds past its time limit a run may go before the watchdog interrupts it: HiGHS's own limit
 * stops it first wherever it checks the clock; the watchdog is for where it does not.
 */
const WATCHDOG_SLACK_SEC = 0.5;

/**
 * Interrupt callbacks for the simplex, the interior point method and the MIP: each checkpoint
 * stops the run on a cancel (`shouldStop`) or once the wall clock is past the time limit. A run
 * stopped by the clock reports "timeLimit", as if HiGHS had stopped it, not "interrupted" (which
 * means the user's cancel).
 */
function interrupts(
  highs: Highs,
  timeLimitSec: number,
  shouldStop?: () => boolean,
): { callbacks: HighsCallbackMap; status(status: MipStatus): MipStatus } {
  const deadline = Date.now() + (Math.max(0.01, timeLimitSec) + WATCHDOG_SLACK_SEC) * 1000;
  let timedOut = false;
  const check = (event: { interrupt(): void }) => {
    if (shouldStop?.()) event.interrupt();
    else if (Date.now() > deadline) {
      timedOut = true;
      event.interrupt();
    }
    return undefined;
  };
  const cb = highs.constants.callbackType;
  return {
    callbacks: { [cb.simplexInterrupt]: check, [cb.ipmInterrupt]: check, [cb.mipInterrupt]: check },
    status: (status) => (status === "interrupted" && timedOut ? "timeLimit" : status),
  };
}

function statusOf(code: number, highs: Highs): MipStatus {
  const s = highs.constants.modelStatus;
  if (code === s.optimal) return "optimal";
  if (code === s.timeLimit) return "timeLimit";
  if (code === s.interrupted) return "interrupted";
  if (code === s.infeasible) return "infeasible";
  return "error";
}

/** Loads HiGHS (Node finds its wasm beside the package; the worker passes locateFile). */
export async function loadHighsSolver(
  locateFile?: (file: string) => string,
  verbose = false,
): Promise<MipSolver> {
  const loadHighs = (await import("highs")).default;
  return highsSolver(
    await loadHighs({
      ...(locateFile ? { locateFile } : {}),
      ...(verbose ? { print: (m: string) => console.log(m) } : {}),
    }),
    verbose,
  );
}
