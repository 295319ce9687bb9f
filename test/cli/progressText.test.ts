import { describe, expect, it } from "vitest";
import { progressStep } from "../../src/cli/progressText";
import type { OptimalProgress } from "../../src/engine/api";
import type { SearchSummary } from "../../src/core/search/searchResult";

const optimal = (over: Partial<OptimalProgress>): OptimalProgress => ({
  kind: "optimal",
  fraction: 0,
  timeLimitSec: 60,
  best: null,
  ...over,
});

describe("the CLI's progress texts", () => {
  it("show the optimal allocation's best cost and gap, and 'no bound yet' rather than Infinity or NaN", () => {
    expect(progressStep(optimal({ best: { objective: 1803115, gap: null } }))).toEqual({
      phase: "optimal",
      text: "Optimal allocation: best so far 1,803,115 kr/yr, no bound yet (time limit 60 s)",
    });
    for (const gap of [Infinity, NaN, -1])
      expect(progressStep(optimal({ best: { objective: 1803115, gap } })).text).toBe(
        "Optimal allocation: best so far 1,803,115 kr/yr, no bound yet (time limit 60 s)",
      );
    expect(progressStep(optimal({ fraction: 0.5, best: { objective: 1803098.4, gap: 0.0749 } })).text).toBe(
      "Optimal allocation: best so far 1,803,098 kr/yr, gap 7.49 % (time limit 60 s)",
    );
  });

  it("announce the solve before its first allocation, with its time limit", () => {
    expect(progressStep(optimal({ timeLimitSec: 30 }))).toEqual({
      phase: "optimal",
      text: "Solving the optimal allocation… (time limit 30 s)",
    });
  });

  it("say how far the simulation is, and name the other steps", () => {
    expect(progressStep({ kind: "phase", phase: "simulated", fraction: 0.42 })).toEqual({
      phase: "simulated",
      text: "Simulating the new fleet… 42 %",
    });
    expect(progressStep({ kind: "phase", phase: "gpsPoints", fraction: 0.5 }).text).toBe(
      "Turning GPS points into logs…",
    );
  });

  it("give the tabu search's iteration and, once there is one, its best fleet", () => {
    const tabu = { kind: "tabu", iteration: 3, maxIterations: 30, simulations: 41, fraction: 0.1 } as const;
    expect(progressStep({ ...tabu, partial: null })).toEqual({
      phase: "tabu",
      text: "Tabu search: iteration 3 of 30, 41 fleets simulated",
    });
    const partial = { solutions: [{ yearlyCost: 1234567.8, yearlyCo2eTonnes: 12.345 }] } as SearchSummary;
    expect(progressStep({ ...tabu, partial }).text).toBe(
      "Tabu search: iteration 3 of 30, 41 fleets simulated; best 1,234,568 kr/yr, 12.35 t CO2e",
    );
  });

  it("name the proposal a search is confirming, each as a phase of its own", () => {
    const confirming = {
      kind: "confirming",
      proposals: 3,
      fraction: 0,
      partial: {} as SearchSummary,
    } as const;
    expect(progressStep({ ...confirming, proposal: 2, best: null })).toEqual({
      phase: "confirming 2",
      text: "Confirming proposal 2 of 3 with the chosen allocation…",
    });
    const solving = progressStep({ ...confirming, proposal: 1, best: { objective: 1639359.3, gap: null } });
    expect(solving.text).toBe(
      "Confirming proposal 1 of 3 with the chosen allocation… Optimal allocation: best so far 1,639,359 kr/yr, no bound yet",
    );
  });
});
