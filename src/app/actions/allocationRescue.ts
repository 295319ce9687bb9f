import type { ScenarioRequest } from "../../core/scenario/scenarioRequest";
import type { AllocationReport } from "../../core/allocation/allocationReport";
import type { Progress } from "../../engine/api";
import type { IncumbentProgress } from "../../engine/envelope";

/** Seconds the watchdog waits past the solver's own time limit before it terminates the worker. */
export const WATCHDOG_GRACE_SEC = 5;

/**
 * Keeps an optimal allocation's result alive through a terminated worker (stack-notes.md §4:
 * terminate() is the only way to stop a synchronous wasm solve, and the call then never settles).
 * It remembers the best allocation the worker streamed, arms a wall-clock watchdog (time limit +
 * grace) when the solve announces itself — HiGHS does not always honour its time_limit — and,
 * after a cancel or the watchdog, turns the request into one that replays that allocation, which
 * a fresh worker answers in well under a second without HiGHS.
 */
export class AllocationRescue {
  private best: IncumbentProgress | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firedWatchdog = false;

  constructor(
    private readonly onWatchdog: () => void,
    private readonly graceSec = WATCHDOG_GRACE_SEC,
  ) {}

  observe(progress: Progress): void {
    if (progress.kind !== "optimal") return;
    if (progress.incumbent) this.best = progress.incumbent;
    if (this.timer === null)
      this.timer = setTimeout(
        () => {
          this.firedWatchdog = true;
          this.onWatchdog();
        },
        (progress.timeLimitSec + this.graceSec) * 1000,
      );
  }

  /** The watchdog stopped the solve (not the user). */
  get watchdogFired(): boolean {
    return this.firedWatchdog;
  }

  /** The request that rebuilds the result from the best allocation so far; null when there is none. */
  rescueRequest(request: ScenarioRequest): ScenarioRequest | null {
    if (!this.best || request.allocation !== "optimal") return null;
    const stoppedBy: AllocationReport["stoppedBy"] = this.firedWatchdog ? "watchdog" : "cancelled";
    return {
      ...request,
      fixedAssignment: { memberOfTrip: this.best.memberOfTrip, report: { ...this.best.report, stoppedBy } },
    };
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** A signal that aborts when any of the given ones does (AbortSignal.any is missing on older WebViews). */
export function eitherSignal(...signals: AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) controller.abort();
    else s.addEventListener("abort", () => controller.abort(), { once: true });
  }
  return controller.signal;
}
