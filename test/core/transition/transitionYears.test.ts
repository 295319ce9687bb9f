import { describe, expect, it } from "vitest";
import { transitionYears, type FleetFigures } from "../../../src/core/transition/transitionYears";
import { TRANSITION_DEFAULTS, type TransitionInputs } from "../../../src/core/transition/transitionInputs";

const figures = (f: Partial<FleetFigures>): FleetFigures => ({
  fixedDkk: 0,
  energyDkk: 0,
  socialDkk: 0,
  allowanceDkk: 0,
  co2eTonnes: 0,
  unallocatedTrips: 0,
  byType: { bike: 0, ebike: 0, ev: 0, fossil: 0 },
  ...f,
});

// Today: 73,000 kr fixed (200 kr a day), 36,500 kr fuel (100 a day), 36.5 t (0.1 t a day), two cars.
const today = figures({
  fixedDkk: 73_000,
  energyDkk: 36_500,
  socialDkk: 3_650,
  co2eTonnes: 36.5,
  unallocatedTrips: 0,
  byType: { bike: 0, ebike: 0, ev: 0, fossil: 2 },
});
// Target: 36,500 kr fixed (100 a day), 7,300 kr electricity (20 a day), 3.65 t, one EV and a bike.
const target = figures({
  fixedDkk: 36_500,
  energyDkk: 7_300,
  socialDkk: 730,
  allowanceDkk: 3_650,
  co2eTonnes: 3.65,
  unallocatedTrips: 4,
  byType: { bike: 1, ebike: 0, ev: 1, fossil: 0 },
});
const APRIL_1 = Date.UTC(2027, 3, 1);
const inputs = (over: Partial<TransitionInputs> = {}): TransitionInputs => ({
  ...TRANSITION_DEFAULTS,
  startMs: Date.UTC(2027, 0, 1),
  years: 3,
  escalation: 0,
  discountRate: 0,
  ...over,
});
const segments = [
  { fromMs: null, toMs: APRIL_1, figures: today },
  { fromMs: APRIL_1, toMs: null, figures: target },
];

describe("transitionYears", () => {
  it("splits 2027 at 1 April: 90 days of today's fleet and 275 of the target, by hand", () => {
    const [y2027] = transitionYears(inputs(), today, segments).years;
    expect(y2027.segmentDays).toEqual([90, 275]);
    expect(y2027.costParts.fixed).toBeCloseTo(90 * 200 + 275 * 100, 9); // 45,500
    expect(y2027.costParts.energy).toBeCloseTo(90 * 100 + 275 * 20, 9); // 14,500
    expect(y2027.costParts.co2e).toBeCloseTo(90 * 10 + 275 * 2, 9); // 1,450
    expect(y2027.costParts.allowance).toBeCloseTo(275 * 10, 9); // 2,750
    expect(y2027.co2eTonnes).toBeCloseTo(90 * 0.1 + 275 * 0.01, 9); // 11.75
    expect(y2027.unallocatedTrips).toBeCloseTo((275 * 4) / 365, 9);
    expect(y2027.cost).toBeCloseTo(45_500 + 14_500 + 1_450 + 2_750, 9);
    // The fleet on 31 December is the target's.
    expect(y2027.vehiclesByType).toEqual({ bike: 1, ebike: 0, ev: 1, fossil: 0 });
    expect(y2027.vehicles).toBe(2);
  });

  it("a year after the last event costs the target's yearly cost, and the saving adds up", () => {
    const r = transitionYears(inputs(), today, segments);
    const y2028 = r.years[1];
    expect(y2028.year).toBe(2028);
    expect(y2028.days).toBe(366);
    expect(y2028.cost).toBeCloseTo(36_500 + 7_300 + 730 + 3_650, 9);
    expect(y2028.co2eTonnes).toBeCloseTo(3.65, 12);
    expect(y2028.keepTodayCost).toBe(73_000 + 36_500 + 3_650);
    const saving2027 = 113_150 - 64_200;
    expect(r.years[0].cumulativeSaving).toBeCloseTo(saving2027, 9);
    expect(y2028.cumulativeSaving).toBeCloseTo(saving2027 + (113_150 - 48_180), 9);
  });

  it("escalates fuel from the second year and discounts from the first", () => {
    const r = transitionYears(inputs({ escalation: 0.1, discountRate: 0.05 }), today, segments);
    expect(r.years[0].costParts.energy).toBeCloseTo(14_500, 9);
    expect(r.years[1].costParts.energy).toBeCloseTo(7_300 * 1.1, 9);
    expect(r.years[2].costParts.energy).toBeCloseTo(7_300 * 1.21, 9);
    expect(r.years[0].presentValue).toBeCloseTo(r.years[0].cost / 1.05, 9);
    expect(r.years[2].presentValue).toBeCloseTo(r.years[2].cost / 1.05 ** 3, 9);
    expect(r.years[1].keepTodayCost).toBeCloseTo(73_000 + 36_500 * 1.1 + 3_650, 9);
  });

  it("meets a 70 % goal in the first year with the target fleet, and counts charge points", () => {
    const r = transitionYears(
      inputs({
        co2eTargetPct: 0.7,
        co2eTargetYear: 2028,
        chargePointYearlyCost: 1_000,
        chargePointInstallCost: 20_000,
      }),
      today,
      segments,
    );
    expect(r.co2eTargetTonnes).toBeCloseTo(36.5 * 0.3, 12); // 10.95 t: 2027's 11.75 t misses it
    expect(r.years.map((y) => y.goalMet)).toEqual([false, true, true]);
    expect(r.firstYearGoalMet).toBe(2028);
    expect(r.goalMetInTime).toBe(true);
    expect(r.years.map((y) => y.chargePoints)).toEqual([1, 1, 1]);
    expect(r.years[0].costParts.charging).toBe(21_000);
    expect(r.years[1].costParts.charging).toBe(1_000);
  });

  it("before any event a year costs exactly today's yearly cost", () => {
    const later = [
      { fromMs: null, toMs: Date.UTC(2029, 5, 1), figures: today },
      { fromMs: Date.UTC(2029, 5, 1), toMs: null, figures: target },
    ];
    const r = transitionYears(inputs(), today, later);
    expect(r.years[0].cost).toBe(73_000 + 36_500 + 3_650);
    expect(r.years[1].co2eTonnes).toBe(36.5);
    expect(r.years[0].cumulativeSaving).toBe(0);
  });
});
