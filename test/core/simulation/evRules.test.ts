import { describe, expect, it } from "vitest";
import { simulateSimple } from "../../../src/core/simulation/simulateSimple";
import { minutesByDay } from "../../../src/core/simulation/rules/evDailyRest";
import { aBike, anEv, aTrip, aVehicle, members, params } from "../../helpers/builders";
import type { FleetMember, Trip } from "../../../src/core/model/types";

const ctx = () => ({ params: params({ changeoverMin: 0 }), periodDays: 1, limitKm: false });
const run = (trips: Trip[], fleet: FleetMember[]) => simulateSimple(trips, fleet, ctx());
const keys = (trips: Trip[], fleet: FleetMember[]) =>
  Array.from(run(trips, fleet).memberOfTrip, (i) => (i < 0 ? null : fleet[i].key));

describe("EV battery (Rækkevidde × (1 − Kapacitetsnedskrivning), recharged after Hviletid hours parked)", () => {
  // 200 km × (1 − 25 %) = 150 km per charge; Hviletid 7 h.
  const zoe = () => anEv("Z", 165, { rangeKm: 200, capacityDecreasePct: 25, restHours: 7 });

  it("takes trips while the charge lasts and sends the next one on when it would not", () => {
    const trips = [aTrip("07:00", "08:00", 60), aTrip("09:00", "10:00", 60), aTrip("11:00", "12:00", 40)];
    const fleet = [...members(zoe()), ...members(aVehicle({ id: "car" }))];
    // 60 + 60 = 120 km; 40 more would need 160 of the 150 km charge.
    expect(keys(trips, fleet)).toEqual(["Z", "Z", "car"]);
  });

  it("is full again after standing still for Hviletid hours", () => {
    const trips = [aTrip("06:00", "07:00", 140), aTrip("14:00", "15:00", 140)];
    expect(keys(trips, members(zoe()))).toEqual(["Z", "Z"]);
  });

  it("is not recharged by a stop shorter than Hviletid", () => {
    const trips = [aTrip("06:00", "07:00", 140), aTrip("13:59", "15:00", 140)];
    const a = run(trips, members(zoe()));
    expect(Array.from(a.memberOfTrip)).toEqual([0, -1]);
    expect(a.reasonOfTrip[1]).toBe("range");
  });

  it("refuses a single trip longer than a full charge", () => {
    expect(keys([aTrip("08:00", "12:00", 151)], members(zoe()))).toEqual([null]);
  });
});

describe("EV daily rest (each calendar day leaves Hviletid hours parked)", () => {
  const ev = (restHours: number) => anEv("E", 150, { rangeKm: 1000, restHours });

  it("refuses a trip that would keep the EV out more than 24 − Hviletid hours that day, with reason 'EV charging time'", () => {
    // Hviletid 7: at most 17 h on trips per day. 06–16 is 10 h; 17–23:30 would make 16.5 h; 17–23:59 is 16 h 59 min.
    const ok = run([aTrip("06:00", "16:00", 10), aTrip("17:00", "23:59", 10)], members(ev(7)));
    expect(Array.from(ok.memberOfTrip)).toEqual([0, 0]);
    const tooLong = run([aTrip("06:00", "16:00", 10), aTrip("16:30", "23:31", 10)], members(ev(7)));
    expect(Array.from(tooLong.memberOfTrip)).toEqual([0, -1]);
    expect(tooLong.reasonOfTrip[1]).toBe("evCharging");
  });

  it("never refuses with Hviletid 0", () => {
    expect(
      Array.from(
        run([aTrip("00:00", "12:00", 10), aTrip("12:01", "23:59", 10)], members(ev(0))).memberOfTrip,
      ),
    ).toEqual([0, 0]);
  });

  it("counts a night trip on both days it touches", () => {
    const night = { ...aTrip("22:00", "23:00", 1), endMs: Date.UTC(2025, 2, 4, 2, 0) };
    expect(minutesByDay(night)).toEqual([
      [Math.floor(night.startMs / 86_400_000), 120],
      [Math.floor(night.startMs / 86_400_000) + 1, 120],
    ]);
  });
});

describe("bike daily range", () => {
  it("stops a bike when the day's km would pass its range (default 20 km without Rækkevidde)", () => {
    const fleet = [...members(aBike("B")), ...members(aVehicle({ id: "car" }))];
    const trips = [
      aTrip("08:00", "08:40", 9),
      aTrip("09:00", "09:40", 9),
      aTrip("10:00", "10:20", 3),
      aTrip("08:00", "08:40", 9, "1", 4),
    ];
    // 9 + 9 = 18 km; 3 more makes 21 > 20; the next day starts afresh.
    expect(keys(trips, fleet)).toEqual(["B", "B", "car", "B"]);
  });
});
