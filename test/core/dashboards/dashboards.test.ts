import { describe, expect, it } from "vitest";
import type { DashboardInput } from "../../../src/core/dashboards/dashboardInput";
import { isoWeek, kmPerVehicle, kmPeriodKind } from "../../../src/core/dashboards/kmPerVehicle";
import { timeActivity } from "../../../src/core/dashboards/timeActivity";
import { idleByHour } from "../../../src/core/dashboards/idleByHour";
import { dashboardOverview } from "../../../src/core/dashboards/dashboardOverview";

const H = 3_600_000;
const DAY0 = Date.UTC(2024, 0, 1); // a Monday, as naive ms
const at = (day: number, hour: number) => DAY0 + day * 24 * H + hour * H;

// Two days, A (petrol) and B (EV). A drives two overlapping trips on day 0 (08–10, 09–11: out
// 08–11, 3 h); B drives overnight 23:00 day 0 – 01:00 day 1 and 12–18 on day 1; one trip has no vehicle.
const input: DashboardInput = {
  fromMs: DAY0,
  periodDays: 2,
  vehicles: [
    { name: "A", electric: false },
    { name: "B", electric: true },
  ],
  trips: [
    { startMs: at(0, 8), endMs: at(0, 10), km: 20, vehicle: 0 },
    { startMs: at(0, 9), endMs: at(0, 11), km: 10, vehicle: 0 },
    { startMs: at(0, 23), endMs: at(1, 1), km: 10, vehicle: 1 },
    { startMs: at(1, 12), endMs: at(1, 18), km: 30, vehicle: 1 },
    { startMs: at(1, 7), endMs: at(1, 8), km: 5, vehicle: -1 },
  ],
  shifts: null,
  co2eTonnes: 0.25,
};

describe("km per vehicle", () => {
  it("sums km by the day a trip starts", () => {
    const r = kmPerVehicle(input);
    expect(r.periods.map((p) => [p.kind, p.number])).toEqual([
      ["day", 1],
      ["day", 2],
    ]);
    expect(r.km).toEqual([
      [30, 0],
      [10, 30],
    ]);
    expect(r.totals).toEqual([30, 40]);
  });

  it("uses days up to 31 days, ISO weeks up to 90 and months beyond (reference §7)", () => {
    expect([31, 32, 90, 91].map(kmPeriodKind)).toEqual(["day", "week", "week", "month"]);
    expect(isoWeek(DAY0)).toEqual({ year: 2024, week: 1 });
    expect(isoWeek(Date.UTC(2021, 0, 3))).toEqual({ year: 2020, week: 53 }); // a Sunday
    expect(isoWeek(Date.UTC(2024, 11, 30))).toEqual({ year: 2025, week: 1 });
    // 40 days from Monday 1 January 2024 end on Friday 9 February: weeks 1–6.
    const weeks = kmPerVehicle({ ...input, periodDays: 40 });
    expect(weeks.periods.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(weeks.km[1]).toEqual([40, 0, 0, 0, 0, 0]);
  });
});

describe("time activity", () => {
  it("without shifts: the share of each 24-hour day out, overlapping trips counted once, overnight trips split", () => {
    const r = timeActivity(input);
    expect(r.windows).toHaveLength(1);
    expect(r.perDay[0]).toEqual([3 / 24, 0]);
    expect(r.perDay[1][0]).toBeCloseTo(1 / 24, 12);
    expect(r.perDay[1][1]).toBeCloseTo(7 / 24, 12);
    expect(r.overall[0]).toBeCloseTo(3 / 48, 12);
    expect(r.perWindow[1][0]).toBeCloseTo(8 / 48, 12);
  });

  it("with shifts: the share of the shifts' hours, an overnight shift belonging to the day it starts", () => {
    const shifts = [
      { startMin: 8 * 60, endMin: 16 * 60, breakMin: null },
      { startMin: 22 * 60, endMin: 6 * 60, breakMin: null },
    ];
    const r = timeActivity({ ...input, shifts });
    // 16 shift hours a day. A: 08–11 in the day shift. B: 23–01 in day 0's night shift, 12–16 in day 1's day shift.
    expect(r.perDay[0]).toEqual([3 / 16, 0]);
    expect(r.perDay[1]).toEqual([2 / 16, 4 / 16]);
    expect(r.perWindow[0]).toEqual([3 / 16, 0]);
    expect(r.perWindow[1]).toEqual([4 / 16, 2 / 16]);
    expect(r.overall[1]).toBeCloseTo(6 / 32, 12);
  });
});

describe("idle vehicles by hour of day", () => {
  it("gives the fewest and the mean free vehicles per hour over every minute of every day", () => {
    const r = idleByHour(input);
    expect(r).toHaveLength(24);
    const hour = (h: number) => [r[h].min, r[h].mean];
    expect(hour(8)).toEqual([1, 1.5]); // A out on day 0
    expect(hour(10)).toEqual([1, 1.5]);
    expect(hour(11)).toEqual([2, 2]); // A back at 11:00 sharp
    expect(hour(0)).toEqual([1, 1.5]); // B out until 01:00 on day 1
    expect(hour(23)).toEqual([1, 1.5]);
    expect(hour(12)).toEqual([1, 1.5]);
    expect(hour(7)).toEqual([2, 2]); // the trip without a vehicle takes nobody
    expect(hour(5)).toEqual([2, 2]);
  });
});

describe("overview", () => {
  it("sums the vehicles' km and trips and the electric share", () => {
    expect(dashboardOverview(input)).toEqual({
      totalKm: 70,
      trips: 4,
      co2eTonnes: 0.25,
      electricShare: 40 / 70,
      vehicles: 2,
    });
    expect(dashboardOverview({ ...input, trips: [] }).electricShare).toBe(0);
  });
});
