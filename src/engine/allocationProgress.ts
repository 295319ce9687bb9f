import type { AllocationHooks } from "../core/allocation/allocateFleet";
import { incumbentFigures } from "../core/allocation/incumbentFigures";
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
 * Streams the exact allocation to the progress bar: at every better allocation, and whenever only
 * the bound rises, its cost and gap (the pane shows "Optimal allocation: best so far 2,492,919
 * kr/yr, gap 0.18 %") and, with them, the allocation itself with that bound, so the pane can
 * rebuild the result from it if the worker has to be terminated. Every message carries the time
 * limit that arms the pane's watchdog.
 */
export function allocationHooks(
  solver: MipSolver | undefined,
  timeLimitSec: number,
  onProgress: ((p: Progress) => void) | undefined,
): AllocationHooks {
  let sent = false;
  // A message that only reports a better bound carries the same allocation (the same array, never
  // changed once reported): it is copied once, not at every rise of the bound.
  let copied: { from: Int32Array; memberOfTrip: number[] } | null = null;
  return {
    solver,
    onIncumbent: (inc) => {
      if (!onProgress) return;
      sent = true;
      if (copied?.from !== inc.memberOfTrip)
        copied = { from: inc.memberOfTrip, memberOfTrip: Array.from(inc.memberOfTrip) };
      onProgress({
        kind: "optimal",
        fraction: Math.min(1, inc.seconds / timeLimitSec),
        timeLimitSec,
        best: incumbentFigures(inc),
        incumbent: {
          memberOfTrip: copied.memberOfTrip,
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
      // The solve announces itself from inside, unless an allocation (the warm start) did already:
      // an announcement after it would replace the figures on the progress line.
      if (!sent && onProgress) {
        sent = true;
        onProgress({ kind: "optimal", fraction: 0, timeLimitSec, best: null });
      }
      return false;
    },
  };
}
