import { describe, expect, it } from "vitest";
import { bisectMinimum } from "../../../src/core/search/bisectMinimum";

describe("bisectMinimum (the seed's divide and conquer)", () => {
  it("finds the smallest count that covers, in about log2(upper) tests", () => {
    const r = bisectMinimum(100, (n) => n >= 37);
    expect(r.minimum).toBe(37);
    // 1 test of the upper bound + ceil(log2(101)) = 7 halvings at most.
    expect(r.tested.length).toBeLessThanOrEqual(8);
    expect(r.tested[0]).toBe(100);
  });

  it("returns 0 when nothing is needed and null when even the upper bound fails", () => {
    expect(bisectMinimum(10, () => true).minimum).toBe(0);
    expect(bisectMinimum(10, () => false)).toEqual({ minimum: null, tested: [10] });
  });

  it("finds the upper bound itself when only it covers", () => {
    expect(bisectMinimum(9, (n) => n >= 9).minimum).toBe(9);
  });
});
