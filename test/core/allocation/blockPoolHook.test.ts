import { beforeAll, describe, expect, it } from "vitest";
import { greedyAllocation } from "../../../src/core/allocation/greedy";
import type { MipSolver } from "../../../src/core/allocation/mipSolver";
import { optimalAllocation } from "../../../src/core/allocation/optimalAllocation";
import type { BlockPool, RelaxTask } from "../../../src/core/allocation/relaxBlock";
import { simulateSimple, sortTrips } from "../../../src/core/simulation/simulateSimple";
import { loadHighsSolver } from "../../../src/solver/highsSolver";
import { anEv, aTrip, aVehicle, members, params } from "../../helpers/builders";
import { hhmm, seeded } from "./allocationTestKit";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadHighsSolver();
});

// Four days of overlapping trips for three vehicles: four independent blocks, more trips at once
// than vehicles on some mornings.
const random = seeded(16);
const trips = sortTrips(
  [3, 4, 5, 6].flatMap((day) =>
    Array.from({ length: 6 }, () => {
      const start = 420 + Math.floor(random() * 480);
      return aTrip(
        hhmm(start),
        hhmm(start + 30 + Math.floor(random() * 120)),
        5 + Math.floor(random() * 60),
        "1",
        day,
      );
    }),
  ),
);
const fleet = members(
  anEv("ev", 150),
  aVehicle({ id: "car", kmPerLitre: 20 }),
  aVehicle({ id: "van", kmPerLitre: 12 }),
);
const ctx = { params: params(), periodDays: 4, limitKm: false };
const warmStarts = () => ({
  greedy: greedyAllocation(trips, fleet, ctx),
  simple: simulateSimple(trips, fleet, ctx),
});

/** A pool without threads: relaxes every task on the calling thread, last first, and records them. */
function callingThreadPool(): BlockPool & { tasks: RelaxTask[] } {
  const tasks: RelaxTask[] = [];
  return {
    threads: 1,
    tasks,
    relaxAll(run, relaxHere, onRelaxed) {
      for (const task of [...run.tasks].reverse()) {
        tasks.push(task);
        onRelaxed(
          task,
          relaxHere(task, () => 60, run.running),
        );
      }
    },
  };
}

describe("the block pool, handed to the exact allocation apart from the solver", () => {
  it("relaxes every block through the pool and proves the same optimum as without it", () => {
    const alone = optimalAllocation(trips, fleet, ctx, { solver, timeLimitSec: 60 }, warmStarts());
    const pool = callingThreadPool();
    const pooled = optimalAllocation(trips, fleet, ctx, { solver, pool, timeLimitSec: 60 }, warmStarts());
    expect(alone.report.blocks).toBeGreaterThan(1);
    // Each pass hands the pool every block once.
    expect(pool.tasks.length % alone.report.blocks).toBe(0);
    expect(new Set(pool.tasks.map((t) => t.block)).size).toBe(alone.report.blocks);
    expect(pooled.report.optimal).toBe(true);
    expect(alone.report.optimal).toBe(true);
    expect(pooled.report.objective).toBeCloseTo(alone.report.objective, 6);
  });
});
