import type { MipSolver } from "../core/allocation/mipSolver";

/**
 * The solver, with its runs' checkpoints also calling `tick`: a solve is synchronous, so no timer
 * fires while it runs, and these checkpoints (before and after each run, and each time HiGHS asks
 * whether to stop) are when the CLI can redraw its progress line. Nothing else changes.
 */
export function tickingSolver<S extends MipSolver>(solver: S, tick: () => void): S {
  const { openLp } = solver;
  return {
    ...solver,
    solve(problem, options) {
      tick();
      const result = solver.solve(problem, {
        ...options,
        shouldStop: () => {
          tick();
          return options.shouldStop?.() ?? false;
        },
      });
      tick();
      return result;
    },
    ...(openLp
      ? {
          openLp(problem) {
            const session = openLp.call(solver, problem);
            return {
              ...session,
              solve(timeLimitSec) {
                tick();
                const result = session.solve(timeLimitSec);
                tick();
                return result;
              },
            };
          },
        }
      : {}),
  } satisfies MipSolver as S;
}
