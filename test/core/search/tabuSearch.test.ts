import { describe, expect, it } from "vitest";
import { neighbours, tabuSearch, type TabuProblem } from "../../../src/core/search/tabuSearch";

/** One free model, counts 0…5, scored from a table. */
const line = (scores: number[], starts: number[][] = [[0]]): TabuProblem => ({
  starts,
  lowerBounds: [0],
  freeIndices: [0],
  minTotal: 0,
  maxTotal: scores.length - 1,
  score: (c) => scores[c[0]],
});

describe("tabuSearch", () => {
  it("takes a tabu move when it beats the best found so far (aspiration)", () => {
    // 0 → 1 (4) is free; index 0 is then tabu, but 1 → 2 (3) beats the best 4, so it is taken anyway.
    const r = tabuSearch(line([5, 4, 3, 9]), { maxIterations: 10, patience: 10, tenure: 10 });
    expect(r.steps.map((s) => [s.move.delta, s.aspiration])).toEqual([
      [1, false],
      [1, true],
    ]);
    expect(r.best).toEqual([2]);
    expect(r.bestScore).toBe(3);
  });

  it("does not take a tabu move that does not beat the best: the neighbourhood is left", () => {
    // After 0 → 1 (4), both moves (to 0: 5, to 2: 6) are tabu and worse than 4.
    const r = tabuSearch(line([5, 4, 6, 9]), { maxIterations: 10, patience: 10, tenure: 10 });
    expect(r.steps).toHaveLength(1);
    expect(r.best).toEqual([1]);
    expect(r.stop).toBe("starts");
  });

  it("climbs out of a local minimum through a worse fleet while the way back is tabu", () => {
    // [1,0] (4) is a local minimum. Its way back to [0,0] and on to [2,0] are tabu (index 0 just
    // moved), so the search takes the worse [1,1] (7), from where [2,1] (1) is the best of all.
    const table: Record<string, number> = { "0,0": 5, "1,0": 4, "2,0": 6, "1,1": 7, "2,1": 1 };
    const r = tabuSearch(
      {
        starts: [[0, 0]],
        lowerBounds: [0, 0],
        freeIndices: [0, 1],
        minTotal: 0,
        maxTotal: 3,
        score: (c) => table[c.join(",")] ?? 8,
      },
      { maxIterations: 10, patience: 3, tenure: 1 },
    );
    expect(r.steps.slice(0, 3).map((s) => [s.move.index, s.move.delta, s.score])).toEqual([
      [0, 1, 4],
      [1, 1, 7],
      [0, 1, 1],
    ]);
    expect(r.best).toEqual([2, 1]);
  });

  it("leaves a neighbourhood after `patience` moves without improvement and restarts from the next start", () => {
    const flat = line([1, 1, 1, 1, 1, 1], [[0], [5]]);
    const r = tabuSearch(flat, { maxIterations: 100, patience: 3, tenure: 0 });
    expect(r.steps.filter((s) => s.start === 0)).toHaveLength(3);
    expect(r.steps.filter((s) => s.start === 1)).toHaveLength(3);
    expect(r.stop).toBe("starts");
  });

  it("stops on the iteration count, never on a clock, and is repeatable", () => {
    const problem = line([3, 2, 2, 2, 2, 2], [[0], [5]]);
    const a = tabuSearch(problem, { maxIterations: 4, patience: 10, tenure: 0 });
    const b = tabuSearch(problem, { maxIterations: 4, patience: 10, tenure: 0 });
    expect(a.iterations).toBe(4);
    expect(a.stop).toBe("iterations");
    expect(b).toEqual(a);
  });

  it("moves only free models, within their lower bounds and the total window", () => {
    const moves = neighbours([2, 1, 0], {
      lowerBounds: [2, 0, 0],
      freeIndices: [0, 1, 2],
      minTotal: 3,
      maxTotal: 4,
    });
    // Model 0 is at its locked count (no −1); the total 3 is at the minimum (no −1 anywhere).
    expect(moves).toEqual([
      { index: 0, delta: 1 },
      { index: 1, delta: 1 },
      { index: 2, delta: 1 },
    ]);
    const full = neighbours([2, 1, 1], {
      lowerBounds: [2, 0, 0],
      freeIndices: [0, 1, 2],
      minTotal: 3,
      maxTotal: 4,
    });
    expect(full).toEqual([
      { index: 1, delta: -1 },
      { index: 2, delta: -1 },
    ]);
  });
});
