import type { Highs, HighsCallbackMap } from "highs";
import {
  MIP_REL_GAP,
  type MipProblem,
  type MipResult,
  type MipSolveOptions,
  type MipSolver,
  type MipStatus,
} from "../core/allocation/mipSolver";

/**
 * The MipSolver of the exact allocation on HiGHS (the `highs` wasm build, stack-notes.md §5).
 * Each solve builds a persistent model from CSR arrays (never LP text: its parser has a
 * 560-character line buffer), seeds the MIP start, streams improving incumbents through
 * mipImprovingSolution, lets shouldStop interrupt through mipInterrupt, and disposes the model.
 * HiGHS does not always honour time_limit, so the pane also runs a wall-clock watchdog.
 */
export function highsSolver(highs: Highs, verbose = false): MipSolver {
  const finite = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
  return {
    solve(problem: MipProblem, options: MipSolveOptions): MipResult {
      const t0 = Date.now();
      const model = highs.createModel({
        numCols: problem.numCols,
        numRows: problem.numRows,
        offset: problem.offset,
        colCost: problem.colCost,
        colLower: problem.colLower,
        colUpper: problem.colUpper,
        rowLower: problem.rowLower.map(finite),
        rowUpper: problem.rowUpper.map(finite),
        matrix: {
          format: "csr",
          numRows: problem.numRows,
          numCols: problem.numCols,
          starts: problem.rowStart,
          indices: problem.rowIndex,
          values: problem.rowValue,
        },
        integrality: new Int32Array(problem.numCols).fill(
          options.relaxation ? highs.constants.variableType.continuous : highs.constants.variableType.integer,
        ),
      });
      try {
        model.options.set({
          output_flag: verbose,
          time_limit: Math.max(0.01, options.timeLimitSec),
          // Proven optimal means within HiGHS's standard relative gap (0.01 %) of the block's cost.
          mip_rel_gap: MIP_REL_GAP,
        });
        if (options.start && !options.relaxation) model.setSolution({ colValue: options.start });
        const cb = highs.constants.callbackType;
        const callbacks: HighsCallbackMap = {
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
          [cb.mipInterrupt]: (event) => {
            if (options.shouldStop?.()) event.interrupt();
            return undefined;
          },
        };
        model.run(callbacks);
        const status = statusOf(model.getModelStatus(), highs);
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
