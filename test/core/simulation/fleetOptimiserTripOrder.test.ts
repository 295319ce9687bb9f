import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { numpyQuicksortArgsort } from "../../../src/core/simulation/fleetOptimiserTripOrder";

const fixture = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/numpy-datetime-argsort.json"), "utf8"),
) as {
  cases: { values: number[]; order: number[] }[];
};

describe("numpyQuicksortArgsort", () => {
  it("orders exactly as numpy's argsort(kind='quicksort') on datetime64, ties included", () => {
    for (const c of fixture.cases) expect(Array.from(numpyQuicksortArgsort(c.values))).toEqual(c.order);
  });

  it("covers numpy's heapsort fallback (an organ-pipe input that exhausts the depth limit)", () => {
    const organPipe = fixture.cases[fixture.cases.length - 1];
    expect(organPipe.values.length).toBe(4096);
    expect(Array.from(numpyQuicksortArgsort(organPipe.values))).toEqual(organPipe.order);
  });

  it("is a plain stable insertion sort up to 16 elements", () => {
    expect(Array.from(numpyQuicksortArgsort([3, 1, 3, 1, 2]))).toEqual([1, 3, 4, 0, 2]);
  });
});
