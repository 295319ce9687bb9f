import { beforeAll, describe, expect, it } from "vitest";
import { allocationCosts } from "../../../src/core/allocation/allocationCosts";
import { allocationStructure } from "../../../src/core/allocation/allocationStructure";
import { buildBlockModel } from "../../../src/core/allocation/blockModel";
import { greedyAllocation } from "../../../src/core/allocation/greedy";
import type { MipSolver } from "../../../src/core/allocation/mipSolver";
import {
  optimalAllocation,
  type OptimalAllocationHooks,
} from "../../../src/core/allocation/optimalAllocation";
import { trivialBlockBound } from "../../../src/core/allocation/trivialBlockBound";
import type { FleetMember, Trip } from "../../../src/core/model/types";
import type { RuleContext } from "../../../src/core/simulation/rules";
import { simulateSimple, sortTrips } from "../../../src/core/simulation/simulateSimple";
import { loadHighsSolver } from "../../../src/solver/highsSolver";
import { anEv, aTrip, aVehicle, members, params } from "../../helpers/builders";
import { hhmm, seeded } from "./allocationTestKit";

let highs: MipSolver;
beforeAll(async () => {
  highs = await loadHighsSolver();
});

/** HiGHS, counting its solves. */
function counting(solver: MipSolver) {
  const counts = { solves: 0 };
  const wrapped: MipSolver = {
    solve: (problem, options) => {
      counts.solves++;
      return solver.solve(problem, options);
    },
  };
  return { wrapped, counts };
}

function run(trips: Trip[], fleet: FleetMember[], ctx: RuleContext, hooks: OptimalAllocationHooks) {
  return optimalAllocation(trips, fleet, ctx, hooks, {
    greedy: greedyAllocation(trips, fleet, ctx),
    simple: simulateSimple(trips, fleet, ctx),
  });
}

// Four days of overlapping trips for three vehicles: four independent blocks.
const random = seeded(16);
const days = sortTrips(
  [3, 4, 5, 6].flatMap((day) =>
    Array.from({ length: 6 }, () => {
      const start = 420 + Math.floor(random() * 480);
      const km = 5 + Math.floor(random() * 60);
      return aTrip(hhmm(start), hhmm(start + 30 + Math.floor(random() * 120)), km, "1", day);
    }),
  ),
);
const threeVehicles = members(
  anEv("ev", 150),
  aVehicle({ id: "car", kmPerLitre: 20 }),
  aVehicle({ id: "van", kmPerLitre: 12 }),
);
const fourDays = { params: params(), periodDays: 4, limitKm: false };

describe("the exact allocation at its deadline", () => {
  it("hand-checked: out of time before any block, it keeps greedy's allocation with every trip on its cheapest vehicle as the bound", () => {
    // One day; EV 150 Wh/km 0.326683 kr/km, petrol 20 km/l 0.774519 kr/km, × 365 per year
    // (optimalAllocation.test.ts); two fixed costs of 40,000 kr.
    const trips = sortTrips([aTrip("08:00", "09:00", 10), aTrip("08:30", "09:30", 30)]);
    const fleet = members(anEv("ev", 150), aVehicle({ id: "car", kmPerLitre: 20 }));
    const ctx = { params: params(), periodDays: 1, limitKm: false };
    const { wrapped, counts } = counting(highs);
    const { allocation, report } = run(trips, fleet, ctx, { solver: wrapped, timeLimitSec: 0 });
    // No model was built (the report counts the columns and rows of every model built).
    expect(counts.solves).toBe(0);
    expect([report.columns, report.rows]).toEqual([0, 0]);
    // Greedy: the EV takes the first trip, the car the second.
    expect(Array.from(allocation.memberOfTrip)).toEqual([0, 1]);
    const objective = 80_000 + 365 * (10 * 0.326683 + 30 * 0.774519);
    // Both trips on the EV, as if they did not overlap; no trip over, so no allowance term.
    const bound = 80_000 + 365 * 40 * 0.326683;
    expect(report.objective).toBeCloseTo(objective, 0);
    expect(report.bound).toBeCloseTo(bound, 0);
    expect(report.gap).toBeCloseTo((objective - bound) / objective, 6);
    expect(report.gap).toBeCloseTo(0.05468, 4);
    expect(report).toMatchObject({ optimal: false, stoppedBy: "timeLimit" });
  });

  it("a stop during the relaxations builds no further block's model and still reports a finite, valid gap", () => {
    const proven = run(days, threeVehicles, fourDays, { solver: highs, timeLimitSec: 60 });
    expect(proven.report.optimal).toBe(true);
    expect(proven.report.blocks).toBe(4);
    let stop = false;
    // Stops at the first block's first solve, as the clock or a cancel would.
    const stopping: MipSolver = {
      solve: (problem, options) => {
        stop = true;
        return highs.solve(problem, options);
      },
    };
    const { report } = run(days, threeVehicles, fourDays, {
      solver: stopping,
      timeLimitSec: 60,
      shouldStop: () => stop,
    });
    // Only the first block's model was built: the largest block (the first of equals) is first.
    const costs = allocationCosts(threeVehicles, fourDays);
    const structure = allocationStructure(days, threeVehicles, fourDays, costs.memberPerKm);
    const first = structure.blocks.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
    const price = costs.employeeSocialPerKm + costs.allowanceHighPerKm;
    const model = buildBlockModel(structure, days, threeVehicles, fourDays, first, price).problem;
    expect([report.columns, report.rows]).toEqual([model.numCols, model.numRows]);
    expect(report.stoppedBy).toBe("cancelled");
    expect(Number.isFinite(report.bound)).toBe(true);
    expect(report.bound).toBeGreaterThan(0);
    expect(report.bound).toBeLessThanOrEqual(proven.report.objective + 1e-6);
    expect(report.gap).toBeCloseTo((report.objective - report.bound) / report.objective, 9);
    expect(report.gap).toBeLessThan(1);
  });
});

describe("a block's bound without its model (trivialBlockBound)", () => {
  it("is the model's objective with every trip on its cheapest column, below the block's optimum", () => {
    const costs = allocationCosts(threeVehicles, fourDays);
    const structure = allocationStructure(days, threeVehicles, fourDays, costs.memberPerKm);
    const price = costs.employeeSocialPerKm + costs.allowanceHighPerKm;
    for (const block of structure.blocks) {
      const model = buildBlockModel(structure, days, threeVehicles, fourDays, block, price);
      const p = model.problem;
      const cheapest = new Map<number, number>();
      model.colTrip.forEach((t, c) => cheapest.set(t, Math.min(cheapest.get(t) ?? 0, p.colCost[c])));
      const bound = trivialBlockBound(structure, days, block, price);
      expect(bound).toBeCloseTo(p.offset + [...cheapest.values()].reduce((a, b) => a + b, 0), 6);
      const exact = highs.solve(p, { timeLimitSec: 60 });
      expect(exact.status).toBe("optimal");
      expect(bound).toBeLessThanOrEqual(exact.objective + 1e-6);
      // Every km costs something, on a vehicle or in the employee's car.
      expect(bound).toBeGreaterThan(0);
    }
  });
});
