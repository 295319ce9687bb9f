import { beforeAll, describe, expect, it } from "vitest";
import type { AllocationIncumbent } from "../../../src/core/allocation/allocationReport";
import { greedyAllocation } from "../../../src/core/allocation/greedy";
import type { MipSolver } from "../../../src/core/allocation/mipSolver";
import { BOUND_REPORT_MS, optimalAllocation } from "../../../src/core/allocation/optimalAllocation";
import type { FleetMember, Trip } from "../../../src/core/model/types";
import type { RuleContext } from "../../../src/core/simulation/rules";
import { simulateSimple, sortTrips } from "../../../src/core/simulation/simulateSimple";
import { loadHighsSolver } from "../../../src/solver/highsSolver";
import { anEv, aTrip, aVehicle, members, params } from "../../helpers/builders";
import { bruteForce, hhmm, seeded } from "./allocationTestKit";

let highs: MipSolver;
beforeAll(async () => {
  highs = await loadHighsSolver();
});

/**
 * The exact allocation with a clock of its own: `tick` ms pass at every solve (and no time
 * otherwise), so when a bound may be reported does not depend on how fast the machine is.
 */
function solveWithClock(trips: Trip[], fleet: FleetMember[], ctx: RuleContext, tick: number) {
  let clock = 0;
  const ticking: MipSolver = {
    solve: (problem, options) => {
      clock += tick;
      return highs.solve(problem, options);
    },
  };
  const messages: AllocationIncumbent[] = [];
  const result = optimalAllocation(
    trips,
    fleet,
    ctx,
    { solver: ticking, timeLimitSec: 600, now: () => clock, onIncumbent: (m) => messages.push({ ...m }) },
    { greedy: greedyAllocation(trips, fleet, ctx), simple: simulateSimple(trips, fleet, ctx) },
  );
  return { messages, result };
}

// Two days, each two overlapping trips where greedy is already optimal: the EV takes the first,
// longer trip, the car the second. EV 150 Wh/km 0.326683 kr/km, petrol 20 km/l 0.774519 kr/km
// (optimalAllocation.test.ts), × 365 / 2 per year; two fixed costs of 40,000 kr.
const ev = 0.326683;
const petrol = 0.774519;
const twoDays = sortTrips([
  aTrip("08:00", "09:00", 30, "1", 3),
  aTrip("08:30", "09:30", 10, "1", 3),
  aTrip("08:00", "09:00", 30, "1", 4),
  aTrip("08:30", "09:30", 10, "1", 4),
]);
const evAndCar = members(anEv("ev", 150), aVehicle({ id: "car", kmPerLitre: 20 }));
const twoDayCtx = { params: params(), periodDays: 2, limitKm: false };
const perYear = 365 / 2;
// A day allocated (greedy = optimum), and a day's bound without a model: both trips on the EV.
const dayCost = perYear * (30 * ev + 10 * petrol);
const dayTrivial = perYear * 40 * ev;
const objective = 80_000 + 2 * dayCost;

describe("the exact allocation's progress reports its bound as it rises", () => {
  it("hand-checked: no better allocation, yet each day's proof arrives before the end with gap (objective − bound) / objective", () => {
    const { messages, result } = solveWithClock(twoDays, evAndCar, twoDayCtx, BOUND_REPORT_MS + 50);
    expect(result.report).toMatchObject({ optimal: true, source: "greedy", gap: 0 });
    expect(result.report.objective).toBeCloseTo(objective, 0);
    // The warm start with the bound without any model, then a day proven, then both.
    const bounds = [80_000 + 2 * dayTrivial, 80_000 + dayCost + dayTrivial, objective];
    expect(messages).toHaveLength(3);
    messages.forEach((m, k) => {
      expect(m.objective).toBeCloseTo(objective, 0);
      expect(m.bound).toBeCloseTo(bounds[k], 0);
      expect(m.gap).toBeCloseTo((objective - bounds[k]) / objective, 6);
      // Greedy's allocation throughout: the same array, which the pane need copy only once.
      expect(m.memberOfTrip).toBe(messages[0].memberOfTrip);
      expect(m.source).toBe("greedy");
    });
    expect(Array.from(messages[0].memberOfTrip)).toEqual([0, 1, 0, 1]);
    expect(messages[0].gap).toBeCloseTo(0.01892, 5);
    expect(messages[1].gap).toBeCloseTo(0.00946, 5);
    expect(messages[2].gap).toBeCloseTo(0, 9);
  });

  it("reports a rise no sooner than BOUND_REPORT_MS after the last message, but always at the pass's end", () => {
    // No time passes: only the first message and the pass's last bound.
    const { messages } = solveWithClock(twoDays, evAndCar, twoDayCtx, 0);
    expect(messages.map((m) => Math.round(m.bound))).toEqual([
      Math.round(80_000 + 2 * dayTrivial),
      Math.round(objective),
    ]);
  });

  it("every bound on the way holds (below the brute-force optimum), never falls, and gives the gap shown", () => {
    // Two vehicles for six trips: some are left over, so both allowance regimes (passes) are met.
    for (let seed = 1; seed <= 8; seed++) {
      const r = seeded(seed);
      const trips = sortTrips(
        Array.from({ length: 6 }, () => {
          const start = 7 * 60 + Math.floor(r() * 300);
          return aTrip(hhmm(start), hhmm(start + 20 + Math.floor(r() * 90)), Math.round(2 + r() * 30));
        }),
      );
      const fleet = members(anEv("ev", 160, { rangeKm: 60 }), aVehicle({ id: "car", kmPerLitre: 18 }));
      const ctx = { params: params(), periodDays: 7, limitKm: false };
      const { messages, result } = solveWithClock(trips, fleet, ctx, BOUND_REPORT_MS);
      const optimum = bruteForce(trips, fleet, ctx);
      expect(result.report.objective).toBeCloseTo(optimum, 4);
      expect(messages.length).toBeGreaterThan(0);
      messages.forEach((m, k) => {
        expect(m.bound).toBeLessThanOrEqual(optimum + 1e-6);
        expect(m.bound).toBeGreaterThan(0);
        if (k > 0) expect(m.bound).toBeGreaterThanOrEqual(messages[k - 1].bound);
        expect(m.gap).toBeCloseTo((m.objective - m.bound) / m.objective, 12);
      });
      expect(messages[messages.length - 1].bound).toBeCloseTo(result.report.bound, 6);
    }
  });
});
