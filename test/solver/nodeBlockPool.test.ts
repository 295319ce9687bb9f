import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticLocation } from "../../bench/syntheticLocation";
import { checkAssignment } from "../../src/core/allocation/checkAssignment";
import type { HostSolver } from "../../src/core/allocation/allocateFleet";
import type { MipSolver } from "../../src/core/allocation/mipSolver";
import type { BlockPool } from "../../src/core/allocation/relaxBlock";
import { defaultParameters } from "../../src/core/model/parameters";
import { runScenario, type ScenarioHooks } from "../../src/core/scenario/runScenario";
import { defaultScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import { loadHighsSolver } from "../../src/solver/highsSolver";
import { loadNodeSolver } from "../../src/solver/nodeSolver";

// A week of 30 home-care vehicles' trips for a fleet of 16 in four models (three identical bikes,
// whose day km and share rows make them duty columns): more trips than the fleet can drive.
const loc = syntheticLocation(4242, 30, 1);
const data = {
  vehicles: loc.vehicles,
  trips: loc.trips,
  params: { ...defaultParameters(), allocationTimeLimitSec: 60 },
};
const idOf = (type: string, nth = 0) => loc.vehicles.filter((v) => v.type === type)[nth].id;
const request = {
  ...defaultScenarioRequest(),
  location: "Bench",
  fromDate: loc.fromDate,
  toDate: loc.toDate,
  allocation: "optimal" as const,
  fleet: [
    { sourceId: idOf("bike"), count: 3 },
    { sourceId: idOf("ev"), count: 4 },
    { sourceId: idOf("fossil"), count: 5 },
    { sourceId: idOf("fossil", 1), count: 4 },
  ],
};
const run = (solver: HostSolver, hooks: Omit<ScenarioHooks, "solver"> = {}) =>
  runScenario(data, request, { ...hooks, solver });

/** The pool, counting the tasks the calling thread relaxed itself. */
function counting(pool: BlockPool) {
  const counts = { tasks: 0, here: 0 };
  const wrapped: BlockPool = {
    threads: pool.threads,
    relaxAll(poolRun, relaxHere, onRelaxed) {
      counts.tasks += poolRun.tasks.length;
      pool.relaxAll(
        poolRun,
        (task, share, running) => {
          counts.here++;
          return relaxHere(task, share, running);
        },
        onRelaxed,
      );
    },
  };
  return { wrapped, counts };
}

describe("the Node block pool (worker threads relax the exact allocation's blocks)", () => {
  let single: MipSolver;
  let pooled: Awaited<ReturnType<typeof loadNodeSolver>>;
  beforeAll(async () => {
    single = await loadHighsSolver();
    pooled = await loadNodeSolver(1);
  });
  afterAll(() => pooled.close());

  it("finds the same proven optimum as one thread, with blocks relaxed on the worker thread", () => {
    const alone = run(single);
    const { wrapped, counts } = counting(pooled.pool as BlockPool);
    const together = run({ ...pooled, pool: wrapped });
    expect(alone.allocationReport?.optimal).toBe(true);
    expect(together.allocationReport?.optimal).toBe(true);
    expect(together.allocationReport?.objective).toBeCloseTo(alone.allocationReport?.objective ?? NaN, 6);
    expect(together.simulated.consequences.totalDkk).toBeCloseTo(alone.simulated.consequences.totalDkk, 6);
    // 7 days: the worker thread took some of them.
    expect(counts.tasks).toBeGreaterThanOrEqual(7);
    expect(counts.here).toBeLessThan(counts.tasks);
  });

  it("stops every thread on a cancel and keeps a rule-valid allocation", () => {
    let relaxed = 0;
    const { wrapped } = counting(pooled.pool as BlockPool);
    const stopAfterFirst: BlockPool = {
      threads: wrapped.threads,
      relaxAll: (poolRun, relaxHere, onRelaxed) =>
        wrapped.relaxAll(poolRun, relaxHere, (task, r) => {
          relaxed++;
          onRelaxed(task, r);
        }),
    };
    const result = run({ ...pooled, pool: stopAfterFirst }, { shouldStop: () => relaxed > 0 });
    expect(result.allocationReport?.stoppedBy).toBe("cancelled");
    expect(result.allocationReport?.optimal).toBe(false);
    // The blocks no thread reached have the bound they have without a model: a finite, true gap.
    const report = result.allocationReport;
    expect(Number.isFinite(report?.bound)).toBe(true);
    expect(report?.bound).toBeGreaterThan(0);
    expect(report?.gap).toBeCloseTo(
      ((report?.objective ?? NaN) - (report?.bound ?? NaN)) / (report?.objective ?? NaN),
      9,
    );
    expect(report?.bound).toBeLessThanOrEqual((run(single).allocationReport?.objective ?? NaN) + 1e-6);
    const { fleet, allocation } = result.simulated;
    expect(allocation.memberOfTrip.length).toBe(result.trips.length);
    expect(checkAssignment(result.trips, fleet, contextOf(result), allocation.memberOfTrip)).toEqual([]);
  });
});

describe("a pool whose thread never answers for a block", () => {
  it("leaves that block to the exact phase and still proves the optimum", async () => {
    const single = await loadHighsSolver();
    // Relaxes the tasks on the calling thread, smallest first, and drops the smallest (a lost thread).
    const losing: BlockPool = {
      threads: 1,
      relaxAll(poolRun, relaxHere, onRelaxed) {
        for (let k = poolRun.tasks.length - 2; k >= 0; k--)
          onRelaxed(
            poolRun.tasks[k],
            relaxHere(poolRun.tasks[k], () => 60, poolRun.running),
          );
      },
    };
    const alone = run(single);
    const lost = run({ ...single, pool: losing });
    expect(lost.allocationReport?.optimal).toBe(true);
    expect(lost.allocationReport?.objective).toBeCloseTo(alone.allocationReport?.objective ?? NaN, 6);
  });
});

function contextOf(result: ReturnType<typeof run>) {
  return { params: data.params, periodDays: result.periodDays, limitKm: request.limitKm };
}
