import { describe, expect, it } from "vitest";
import { taskTimeShare, type RelaxTask } from "../../../src/core/allocation/relaxBlock";

const task = (trips: number, block: number): RelaxTask => ({
  block,
  trips,
  unallocatedPerKm: 1,
  tolerance: 0,
});

describe("a block's time share in the exact allocation's first phase", () => {
  it("is fixed when the block starts: time it spends comes off its own share, not off the pass's", () => {
    let clock = 0;
    // 20 s left; the block has 400 of the 1,000 trips not yet started: 8 s.
    const tasks = [task(400, 0), task(600, 1)];
    const share = taskTimeShare(20_000, tasks, 0, 1, () => clock);
    expect(share()).toBeCloseTo(8, 9);
    clock = 5_000; // its LP took 5 s: 3 s are left for its rounding (not 40 % of the 15 s left)
    expect(share()).toBeCloseTo(3, 9);
    clock = 9_000;
    expect(share()).toBe(0);
    // The next block gets all that is left (it is the last one).
    expect(taskTimeShare(20_000, tasks, 1, 1, () => clock)()).toBeCloseTo(11, 9);
  });

  it("with several threads each block gets up to their multiple, never more than the time left", () => {
    const tasks = [task(300, 0), task(300, 1), task(400, 2)];
    expect(taskTimeShare(10_000, tasks, 0, 3, () => 0)()).toBeCloseTo(9, 9);
    expect(taskTimeShare(10_000, tasks, 2, 3, () => 0)()).toBeCloseTo(10, 9);
  });
});
