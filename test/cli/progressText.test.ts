import { describe, expect, it } from "vitest";
import { searchStep, simulateSteps } from "../../src/cli/progressText";
import type { SearchProgress } from "../../src/core/search/runSearch";

const search = (over: Partial<SearchProgress>): SearchProgress => ({
  phase: "confirming",
  iteration: 30,
  maxIterations: 30,
  simulations: 255,
  partial: null,
  ...over,
});

describe("the CLI's progress texts", () => {
  it("show the optimal allocation's best cost and gap, and 'no bound yet' rather than Infinity or NaN", () => {
    const step = simulateSteps();
    expect(
      step({ kind: "phase", phase: "optimal?objective=1803115", fraction: 0, timeLimitSec: 60 }),
    ).toEqual({
      phase: "optimal",
      text: "Optimal allocation: best so far 1,803,115 kr/yr, no bound yet (time limit 60 s)",
    });
    for (const gap of ["Infinity", "NaN", "-1"])
      expect(step({ kind: "phase", phase: `optimal?objective=1803115&gap=${gap}`, fraction: 0 }).text).toBe(
        "Optimal allocation: best so far 1,803,115 kr/yr, no bound yet",
      );
    expect(step({ kind: "phase", phase: "optimal?objective=1803098&gap=0.0749", fraction: 0.5 }).text).toBe(
      "Optimal allocation: best so far 1,803,098 kr/yr, gap 7.49 %",
    );
  });

  it("keep the optimal allocation's figures when the solve then announces itself without any", () => {
    const step = simulateSteps();
    expect(step({ kind: "phase", phase: "optimal", fraction: 0, timeLimitSec: 30 }).text).toBe(
      "Solving the optimal allocation… (time limit 30 s)",
    );
    const figures = step({ kind: "phase", phase: "optimal?objective=1803115&gap=0.05", fraction: 0 });
    expect(step({ kind: "phase", phase: "optimal", fraction: 0, timeLimitSec: 30 })).toEqual(figures);
  });

  it("name the proposal a search is confirming, each as a phase of its own", () => {
    expect(searchStep(search({ confirming: { proposal: 2, proposals: 3 } }))).toEqual({
      phase: "confirming 2",
      text: "Confirming proposal 2 of 3 with the chosen allocation…",
    });
    const solving = searchStep(
      search({ confirming: { proposal: 1, proposals: 3, allocation: { objective: 1639359.3, gap: null } } }),
    );
    expect(solving.text).toBe(
      "Confirming proposal 1 of 3 with the chosen allocation… Optimal allocation: best so far 1,639,359 kr/yr, no bound yet",
    );
  });
});
