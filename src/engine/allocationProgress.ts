import type { AllocationHooks } from "../core/allocation/allocateFleet";
import type { MipSolver } from "../core/allocation/mipSolver";
import type { ScenarioRequest } from "../core/scenario/scenarioRequest";
import type { Progress } from "./envelope";

/** The run needs HiGHS: an optimal allocation to solve, or a comparison that includes one. */
export function needsSolver(request: ScenarioRequest): boolean {
  return (
    !request.fixedAssignment && (request.allocation === "optimal" || request.compareAllocations === true)
  );
}

/**
 * Streams the exact allocation to the progress bar: a phase "optimal?objective=…&gap=…" (gap a
 * fraction; the pane shows "Optimal allocation: best so far 2,492,919 kr/yr, gap 0.18 %") and, with it, the incumbent itself so the
 * pane can rebuild the result from it if the worker has to be terminated. The first message, with
 * no incumbent yet, carries the time limit that arms the pane's watchdog.
 */
export function allocationHooks(
  solver: MipSolver | undefined,
  timeLimitSec: number,
  onProgress: ((p: Progress) => void) | undefined,
): AllocationHooks {
  let announced = false;
  return {
    solver,
    onIncumbent: (inc) => {
      if (!onProgress) return;
      // Until the solver has a bound above 0 the gap is infinite or 100 %: the phase then carries no gap,
      // and the pane says "no bound yet".
      const gap =
        Number.isFinite(inc.bound) && inc.bound > 0 && Number.isFinite(inc.gap) ? `&gap=${inc.gap}` : "";
      onProgress({
        kind: "phase",
        phase: `optimal?objective=${Math.round(inc.objective)}${gap}`,
        fraction: Math.min(1, inc.seconds / timeLimitSec),
        timeLimitSec,
        incumbent: {
          memberOfTrip: Array.from(inc.memberOfTrip),
          report: {
            objective: inc.objective,
            bound: inc.bound,
            gap: inc.gap,
            optimal: false,
            seconds: inc.seconds,
            stoppedBy: "cancelled",
            source: inc.source,
            blocks: 0,
            columns: 0,
            rows: 0,
          },
        },
      });
    },
    shouldStop: () => {
      // Announce the solve once, from inside it: the pane arms its watchdog on this message.
      if (!announced && onProgress) {
        announced = true;
        onProgress({ kind: "phase", phase: "optimal", fraction: 0, timeLimitSec });
      }
      return false;
    },
  };
}
