import { beforeAll, describe, expect, it } from "vitest";
import type { MipProblem, MipSolver } from "../../src/core/allocation/mipSolver";
import { loadHighsSolver } from "../../src/solver/highsSolver";

let highs: MipSolver;
beforeAll(async () => {
  highs = await loadHighsSolver();
});

/**
 * A small MIP HiGHS has to branch on: 40 0/1 columns of negative cost under 15 random knapsack
 * rows, and an offset of 1,000 (the allocation's models have one too).
 */
function knapsacks(): MipProblem {
  let s = 7;
  const r = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const n = 40;
  const m = 15;
  const colCost = Float64Array.from({ length: n }, () => -(1 + Math.floor(r() * 50)));
  const rowStart = [0];
  const rowIndex: number[] = [];
  const rowValue: number[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++)
      if (r() < 0.3) {
        rowIndex.push(j);
        rowValue.push(1 + Math.floor(r() * 20));
      }
    rowStart.push(rowIndex.length);
  }
  return {
    numCols: n,
    numRows: m,
    offset: 1000,
    colCost,
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(m).fill(-Infinity),
    rowUpper: new Float64Array(m).fill(40),
    rowStart: Int32Array.from(rowStart),
    rowIndex: Int32Array.from(rowIndex),
    rowValue: Float64Array.from(rowValue),
  };
}

describe("HiGHS reports its bound while a MIP solves (onBound)", () => {
  it("gives finite bounds, offset included, that rise to at most the optimum", () => {
    const bounds: number[] = [];
    const result = highs.solve(knapsacks(), { timeLimitSec: 60, onBound: (b) => bounds.push(b) });
    expect(result.status).toBe("optimal");
    // Several checkpoints of the branch and bound, each with its bound, before the end.
    expect(new Set(bounds).size).toBeGreaterThan(1);
    for (const b of bounds) {
      expect(Number.isFinite(b)).toBe(true);
      // With the offset (1,000) left out, every bound would be below 0.
      expect(b).toBeGreaterThan(0);
      expect(b).toBeLessThanOrEqual(result.objective + 1e-6);
    }
  });

  it("says nothing for a relaxation, whose bound is its answer", () => {
    const bounds: number[] = [];
    const lp = highs.solve(knapsacks(), {
      timeLimitSec: 60,
      relaxation: true,
      onBound: (b) => bounds.push(b),
    });
    expect(lp.status).toBe("optimal");
    expect(bounds).toEqual([]);
  });
});
