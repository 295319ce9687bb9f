import { describe, expect, it } from "vitest";
import { allocationHooks } from "../../src/engine/allocationProgress";
import type { Progress } from "../../src/engine/envelope";
import type { AllocationIncumbent } from "../../src/core/allocation/allocationReport";

const incumbent = (over: Partial<AllocationIncumbent>): AllocationIncumbent => ({
  memberOfTrip: Int32Array.from([1, -1, 0]),
  objective: 2_492_919,
  bound: 2_488_432,
  gap: 0.0018,
  seconds: 6,
  source: "mip",
  ...over,
});

function listen() {
  const sent: Progress[] = [];
  return { sent, hooks: allocationHooks(undefined, 60, (p) => sent.push(p)) };
}

describe("the exact allocation's progress", () => {
  it("announces the solve with its time limit before any allocation, then streams each one with its figures", () => {
    const { sent, hooks } = listen();
    expect(hooks.shouldStop?.()).toBe(false);
    hooks.onIncumbent?.(incumbent({}));
    expect(sent).toEqual([
      { kind: "optimal", fraction: 0, timeLimitSec: 60, best: null },
      {
        kind: "optimal",
        fraction: 0.1,
        timeLimitSec: 60,
        best: { objective: 2_492_919, gap: 0.0018 },
        incumbent: {
          memberOfTrip: [1, -1, 0],
          report: expect.objectContaining({ objective: 2_492_919, bound: 2_488_432, stoppedBy: "cancelled" }),
        },
      },
    ]);
  });

  it("does not announce the solve after the warm start, whose figures would give way to 'Solving…'", () => {
    const { sent, hooks } = listen();
    hooks.onIncumbent?.(incumbent({ source: "greedy", bound: -Infinity, gap: Infinity, seconds: 0 }));
    hooks.shouldStop?.();
    hooks.shouldStop?.();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: "optimal",
      timeLimitSec: 60,
      best: { objective: 2_492_919, gap: null },
    });
  });

  it("a rise of the bound alone shows the new gap and carries the same allocation with that bound", () => {
    const { sent, hooks } = listen();
    const greedy = Int32Array.from([0, 1, -1]);
    hooks.onIncumbent?.(incumbent({ memberOfTrip: greedy, source: "greedy", bound: 2_400_000, gap: 0.0373 }));
    hooks.onIncumbent?.(incumbent({ memberOfTrip: greedy, source: "greedy", bound: 2_488_432, gap: 0.0018 }));
    const [first, second] = sent.map((p) => (p.kind === "optimal" ? p : null));
    expect(second?.best).toEqual({ objective: 2_492_919, gap: 0.0018 });
    expect(second?.incumbent?.memberOfTrip).toEqual([0, 1, -1]);
    expect(second?.incumbent?.report).toMatchObject({ bound: 2_488_432, gap: 0.0018, source: "greedy" });
    // Copied once for both messages; a new allocation is copied anew.
    expect(second?.incumbent?.memberOfTrip).toBe(first?.incumbent?.memberOfTrip);
    hooks.onIncumbent?.(incumbent({ memberOfTrip: Int32Array.from([1, 0, -1]) }));
    const third = sent[2].kind === "optimal" ? sent[2] : null;
    expect(third?.incumbent?.memberOfTrip).toEqual([1, 0, -1]);
    expect(first?.incumbent?.memberOfTrip).toEqual([0, 1, -1]);
  });

  it("gives no gap while the bound is 0 (a gap of 100 % says nothing)", () => {
    const { sent, hooks } = listen();
    hooks.onIncumbent?.(incumbent({ bound: 0, gap: 1 }));
    expect(sent[0]).toMatchObject({ best: { gap: null } });
  });
});
