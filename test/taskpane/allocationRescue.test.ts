import { afterEach, describe, expect, it } from "vitest";
import { AllocationRescue } from "../../src/app/actions/allocationRescue";
import type { AllocationIncumbent } from "../../src/core/allocation/allocationReport";
import { defaultScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import { allocationHooks } from "../../src/engine/allocationProgress";

const optimal = { ...defaultScenarioRequest(), allocation: "optimal" as const };
const incumbent = (over: Partial<AllocationIncumbent>): AllocationIncumbent => ({
  memberOfTrip: Int32Array.from([0, 1, -1]),
  objective: 1000,
  bound: 900,
  gap: 0.1,
  seconds: 1,
  source: "greedy",
  ...over,
});

let rescue: AllocationRescue | null = null;
afterEach(() => rescue?.dispose());

describe("the pane's rescue keeps the best allocation through messages that only raise the bound", () => {
  it("replays the kept allocation with the latest bound, whatever messages came after it", () => {
    rescue = new AllocationRescue(() => undefined, 3600);
    const hooks = allocationHooks(undefined, 60, (p) => rescue?.observe(p));
    const greedy = Int32Array.from([0, 1, -1]);
    hooks.onIncumbent?.(incumbent({ memberOfTrip: greedy }));
    // The solver's better allocation, then only its bound rises (same allocation, same array).
    const better = Int32Array.from([1, 0, 0]);
    hooks.onIncumbent?.(incumbent({ memberOfTrip: better, objective: 950, source: "mip", gap: 50 / 950 }));
    hooks.onIncumbent?.(
      incumbent({ memberOfTrip: better, objective: 950, bound: 940, gap: 10 / 950, source: "mip" }),
    );
    // An announcement without an allocation (as the solve sends before its first) keeps it too.
    rescue.observe({ kind: "optimal", fraction: 0.5, timeLimitSec: 60, best: null });
    const again = rescue.rescueRequest(optimal);
    expect(again?.fixedAssignment?.memberOfTrip).toEqual([1, 0, 0]);
    expect(again?.fixedAssignment?.report).toMatchObject({
      objective: 950,
      bound: 940,
      gap: 10 / 950,
      source: "mip",
      stoppedBy: "cancelled",
    });
  });
});
