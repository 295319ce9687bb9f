import { afterEach, describe, expect, it, vi } from "vitest";
import { simulateOrRescue } from "../../src/app/actions/simulateOrRescue";
import { abortError, type AbortableEngine } from "../../src/worker/client";
import type { EngineResult, Progress, SimulationOutcome } from "../../src/engine/api";
import { defaultScenarioRequest, type ScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import type { AllocationReport } from "../../src/core/allocation/allocationReport";

const report: AllocationReport = {
  objective: 1000,
  bound: 900,
  gap: 0.1,
  optimal: false,
  seconds: 3,
  stoppedBy: "cancelled",
  source: "mip",
  blocks: 0,
  columns: 0,
  rows: 0,
};

/**
 * A slow engine like a worker running HiGHS: the first simulate streams the solve's announcement
 * and an incumbent, then never answers until its signal aborts (a terminated worker never settles
 * its call; the client rejects it with an AbortError). A later simulate answers at once and echoes
 * the request it got, so the test sees what the rescue asked for.
 */
function slowEngine(streamIncumbent: boolean) {
  const requests: ScenarioRequest[] = [];
  const engine = {
    simulate(
      signal: AbortSignal,
      _s: unknown,
      _i: unknown,
      request: ScenarioRequest,
      onProgress?: (p: Progress) => void,
    ) {
      requests.push(request);
      if (requests.length > 1)
        return Promise.resolve({
          ok: true,
          value: { summary: request, plan: { sheets: [] } },
        } as unknown as EngineResult<SimulationOutcome>);
      onProgress?.({ kind: "optimal", fraction: 0, timeLimitSec: 2, best: null });
      if (streamIncumbent)
        onProgress?.({
          kind: "optimal",
          fraction: 0.5,
          timeLimitSec: 2,
          best: { objective: 1000, gap: 0.1 },
          incumbent: { memberOfTrip: [2, -1, 0], report },
        });
      return new Promise((_, reject) =>
        signal.addEventListener("abort", () => reject(abortError()), { once: true }),
      );
    },
  } as unknown as AbortableEngine;
  return { engine, requests };
}

const optimal = { ...defaultScenarioRequest(), allocation: "optimal" as const };

afterEach(() => vi.useRealTimers());

describe("cancelling or timing out an optimal allocation keeps the best allocation so far", () => {
  it("a cancel replays the streamed incumbent in a fresh call and answers with it", async () => {
    const { engine, requests } = slowEngine(true);
    const user = new AbortController();
    const phases: string[] = [];
    const running = simulateOrRescue(engine, user.signal, [], {} as never, optimal, (p) =>
      phases.push(p.kind === "phase" ? p.phase : p.kind),
    );
    user.abort();
    const result = await running;
    expect(result.ok).toBe(true);
    expect(requests).toHaveLength(2);
    expect(requests[1].fixedAssignment).toEqual({
      memberOfTrip: [2, -1, 0],
      report: { ...report, stoppedBy: "cancelled" },
    });
    expect(phases).toContain("rescuing");
  });

  it("the watchdog stops a solver that runs past its time limit + grace, and the incumbent survives", async () => {
    vi.useFakeTimers();
    const { engine, requests } = slowEngine(true);
    const running = simulateOrRescue(
      engine,
      new AbortController().signal,
      [],
      {} as never,
      optimal,
      () => {},
      1,
    );
    // Time limit 2 s + grace 1 s: nothing happens before, the watchdog fires after.
    await vi.advanceTimersByTimeAsync(2900);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    const result = await running;
    expect(result.ok).toBe(true);
    expect(requests[1].fixedAssignment?.report.stoppedBy).toBe("watchdog");
  });

  it("a cancel before any incumbent is an ordinary cancel (AbortError)", async () => {
    const { engine, requests } = slowEngine(false);
    const user = new AbortController();
    const running = simulateOrRescue(engine, user.signal, [], {} as never, optimal, () => {});
    user.abort();
    await expect(running).rejects.toMatchObject({ name: "AbortError" });
    expect(requests).toHaveLength(1);
  });

  it("simple and greedy runs pass straight through", async () => {
    const { engine, requests } = slowEngine(true);
    const user = new AbortController();
    const running = simulateOrRescue(
      engine,
      user.signal,
      [],
      {} as never,
      { ...optimal, allocation: "greedy" },
      () => {},
    );
    user.abort();
    await expect(running).rejects.toMatchObject({ name: "AbortError" });
    expect(requests).toHaveLength(1);
  });
});
