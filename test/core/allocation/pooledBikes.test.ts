import { beforeAll, describe, expect, it } from "vitest";
import { allocationStructure } from "../../../src/core/allocation/allocationStructure";
import { buildBlockModel } from "../../../src/core/allocation/blockModel";
import { allocationCosts } from "../../../src/core/allocation/allocationCosts";
import { checkAssignment } from "../../../src/core/allocation/checkAssignment";
import { MIP_REL_GAP, type MipSolver } from "../../../src/core/allocation/mipSolver";
import { sortTrips } from "../../../src/core/simulation/simulateSimple";
import { loadHighsSolver } from "../../../src/solver/highsSolver";
import type { FleetMember, Trip } from "../../../src/core/model/types";
import type { RuleContext } from "../../../src/core/simulation/rules";
import { bruteForce, hhmm, seeded, solveOptimal } from "./allocationTestKit";
import { aBike, anEv, aTrip, aVehicle, copies, members, params } from "../../helpers/builders";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadHighsSolver();
});

const solve = (trips: Trip[], fleet: FleetMember[], ctx: RuleContext, using: MipSolver = solver) =>
  solveOptimal(trips, fleet, ctx, using);

/** Proven optimal means within MIP_REL_GAP of the objective (here it is exact on these small cases). */
const expectOptimal = (objective: number, brute: number) => {
  expect(objective).toBeGreaterThanOrEqual(brute - 1e-6);
  expect(objective - brute).toBeLessThanOrEqual(MIP_REL_GAP * brute);
};

/** HiGHS without its LP session: the allocation pools identical bikes as a relaxation instead. */
const withoutSession = (): MipSolver => ({ solve: (problem, options) => solver.solve(problem, options) });

/**
 * One after the other: a pool of two 10.5 km bikes fits 6 + 6 + 8 = 20 km (≤ 21), but no bike can
 * take two of them, so one 6 km trip must go to the car.
 */
const noTwoOnOneBike = () => ({
  trips: sortTrips([aTrip("08:00", "08:50", 6), aTrip("09:00", "09:50", 6), aTrip("10:00", "10:50", 8)]),
  fleet: [...copies(aBike("bike", { rangeKm: 10.5 }), 2), ...members(aVehicle({ id: "car" }))],
  ctx: { params: params({ bikePercentOfTrips: 100 }), periodDays: 1, limitKm: false },
});

describe("optimal allocation: identical bikes as duty columns, or pooled as a relaxation", () => {
  it.each([
    ["duty columns (column generation)", () => solver],
    ["pooled, then split onto the copies", withoutSession],
  ])(
    "matches brute force on random 6-trip cases with two identical bikes, range and share binding: %s",
    (_, using) => {
      let relaxed = 0;
      for (let seed = 1; seed <= 10; seed++) {
        const r = seeded(seed * 7 + 3);
        const trips = sortTrips(
          Array.from({ length: 6 }, () => {
            const start = 8 * 60 + Math.floor(r() * 300);
            const minutes = 30 + Math.floor(r() * 60);
            return aTrip(hhmm(start), hhmm(start + minutes), Math.round(2 + r() * 5));
          }),
        );
        // Two bikes of 12 km a day: together they could drive more than each may.
        const fleet = [...copies(aBike("bike", { rangeKm: 12 }), 2), ...members(aVehicle({ id: "car" }))];
        const ctx = {
          params: params({ bikePercentOfTrips: seed % 2 ? 100 : 50, changeoverMin: 10 }),
          periodDays: 1,
          limitKm: false,
        };
        const costs = allocationCosts(fleet, ctx);
        const structure = allocationStructure(trips, fleet, ctx, costs.memberPerKm);
        for (const block of structure.blocks)
          if (buildBlockModel(structure, trips, fleet, ctx, block, 10, "pooled").relaxedRows.size > 0)
            relaxed++;
        const { allocation, report } = solve(trips, fleet, ctx, using());
        expect(checkAssignment(trips, fleet, ctx, allocation.memberOfTrip)).toEqual([]);
        expect(report.optimal).toBe(true);
        const brute = bruteForce(trips, fleet, ctx);
        expectOptimal(report.objective, brute);
        expect(report.bound).toBeLessThanOrEqual(brute + 1e-6);
      }
      // The bikes' own rows bind in most cases, so their pool is a relaxation there.
      expect(relaxed).toBeGreaterThan(3);
    },
  );

  it("falls back to the exact model when the pool's trips cannot be split onto its copies", () => {
    const { trips, fleet, ctx } = noTwoOnOneBike();
    const calls: string[] = [];
    // Without an LP session, so the bikes are pooled.
    const counting: MipSolver = {
      solve(problem, options) {
        calls.push(options.relaxation ? "lp" : `mip ${problem.numCols}`);
        return solver.solve(problem, options);
      },
    };
    const { allocation, report } = solve(trips, fleet, ctx, counting);
    // The pooled LP (3 bike + 3 car columns), then the exact model (2 × 3 bike columns + 3 car ones).
    expect(calls[0]).toBe("lp");
    expect(calls).toContain("mip 9");
    expect(checkAssignment(trips, fleet, ctx, allocation.memberOfTrip)).toEqual([]);
    expect(report.optimal).toBe(true);
    expectOptimal(report.objective, bruteForce(trips, fleet, ctx));
    expect([...allocation.memberOfTrip].filter((m) => m === 2)).toHaveLength(1);
    expect(allocation.memberOfTrip[2]).toBeLessThan(2); // the 8 km trip is on a bike
  });

  it("as duty columns the same case needs no MIP: the duties' LP is integral and exact", () => {
    const { trips, fleet, ctx } = noTwoOnOneBike();
    const calls: string[] = [];
    const openLp = solver.openLp as NonNullable<MipSolver["openLp"]>;
    const counting: MipSolver = {
      solve(problem, options) {
        calls.push(options.relaxation ? "lp" : "mip");
        return solver.solve(problem, options);
      },
      openLp(problem) {
        calls.push("session");
        return openLp(problem);
      },
    };
    const { allocation, report } = solve(trips, fleet, ctx, counting);
    expect(calls).toEqual(["session"]);
    expect(report.optimal).toBe(true);
    expect(report.gap).toBe(0);
    expectOptimal(report.objective, bruteForce(trips, fleet, ctx));
    // One bike takes the 8 km trip, the other one 6 km trip; the car the other 6 km trip.
    expect([...allocation.memberOfTrip].filter((m) => m === 2)).toHaveLength(1);
    expect(allocation.memberOfTrip[2]).toBeLessThan(2);
  });

  it("splits a tight pool that first fit in start order would not (5 + 5 and 4 + 6 km of 10.2)", () => {
    const trips = sortTrips([
      aTrip("08:00", "08:40", 5),
      aTrip("09:00", "09:40", 5),
      aTrip("10:00", "10:40", 4),
      aTrip("11:00", "11:50", 6),
    ]);
    const fleet = [...copies(aBike("bike", { rangeKm: 10.2 }), 2), ...members(aVehicle({ id: "car" }))];
    const ctx = { params: params({ bikePercentOfTrips: 100 }), periodDays: 1, limitKm: false };
    const { allocation, report } = solve(trips, fleet, ctx);
    expect(checkAssignment(trips, fleet, ctx, allocation.memberOfTrip)).toEqual([]);
    expect([...allocation.memberOfTrip].every((m) => m === 0 || m === 1)).toBe(true);
    expect(report.optimal).toBe(true);
    expectOptimal(report.objective, bruteForce(trips, fleet, ctx));
  });
});

describe("optimal allocation: LP first, and an honest gap", () => {
  const trips = sortTrips([aTrip("08:00", "09:00", 10), aTrip("08:30", "09:30", 30)]);
  const fleet = members(anEv("ev", 150), aVehicle({ id: "car", kmPerLitre: 20 }));
  const ctx = { params: params(), periodDays: 1, limitKm: false };

  /** HiGHS, but its LP bound understated by `slack` and every MIP stopped at the time limit. */
  const weakened = (slack: number): MipSolver => ({
    solve(problem, options) {
      const result = solver.solve(problem, options);
      if (options.relaxation) return { ...result, objective: result.objective - slack };
      return { ...result, status: "timeLimit", bound: -Infinity };
    },
  });

  it("an exact LP optimum is the block's proof: gap 0", () => {
    const { report } = solve(trips, fleet, ctx);
    expect(report.optimal).toBe(true);
    expect(report.gap).toBe(0);
    expect(report.bound).toBeCloseTo(report.objective, 6);
  });

  it("a block within the tolerance of its LP bound counts as proven, with its gap as it is", () => {
    const exact = solve(trips, fleet, ctx).report;
    const slack = (MIP_REL_GAP / 10) * exact.objective;
    const { report } = solve(trips, fleet, ctx, weakened(slack));
    expect(report.objective).toBeCloseTo(exact.objective, 6);
    expect(report.optimal).toBe(true);
    expect(report.bound).toBeCloseTo(exact.objective - slack, 4);
    expect(report.gap).toBeCloseTo(slack / exact.objective, 9);
    expect(report.gap).toBeGreaterThan(0);
  });

  it("a block further from its LP bound is not proven, and reports that bound's gap", () => {
    const exact = solve(trips, fleet, ctx).report;
    const slack = 0.01 * exact.objective;
    const { allocation, report } = solve(trips, fleet, ctx, weakened(slack));
    expect(checkAssignment(trips, fleet, ctx, allocation.memberOfTrip)).toEqual([]);
    expect(report.objective).toBeCloseTo(exact.objective, 6);
    expect(report.optimal).toBe(false);
    expect(report.stoppedBy).toBe("timeLimit");
    expect(report.bound).toBeCloseTo(exact.objective - slack, 4);
    expect(report.gap).toBeCloseTo(0.01, 6);
  });
});
