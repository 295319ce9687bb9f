import { describe, expect, it } from "vitest";
import { simulateSimple, sortTrips } from "../../../src/core/simulation/simulateSimple";
import { orderFleet } from "../../../src/core/simulation/fleetOrder";
import { replayCurrentFleet } from "../../../src/core/simulation/replayCurrentFleet";
import { aBike, anEv, aTrip, aVehicle, copies, members, params } from "../../helpers/builders";
import type { FleetMember, Trip } from "../../../src/core/model/types";

const ctx = (over = {}) => ({ params: params(over), periodDays: 1, limitKm: false });
const keysOf = (trips: Trip[], fleet: FleetMember[], c = ctx()) =>
  Array.from(simulateSimple(trips, fleet, c).memberOfTrip, (i) => (i < 0 ? null : fleet[i].key));

describe("simulateSimple", () => {
  it("books in one-minute slots: a trip ending 12:15:16 blocks one starting 12:15:30 in the same car", () => {
    const fleet = members(aVehicle({ id: "A" }), aVehicle({ id: "B", kmPerLitre: 10 }));
    const trips = [aTrip("12:00:00", "12:15:16", 5), aTrip("12:15:30", "12:30", 5)];
    expect(keysOf(trips, fleet, ctx({ changeoverMin: 0 }))).toEqual(["A", "B"]);
  });

  it("frees the car in the next minute slot when there is no changeover time", () => {
    const fleet = members(aVehicle({ id: "A" }), aVehicle({ id: "B", kmPerLitre: 10 }));
    const trips = [aTrip("12:00", "12:15:16", 5), aTrip("12:16:00", "12:30", 5)];
    expect(keysOf(trips, fleet, ctx({ changeoverMin: 0 }))).toEqual(["A", "A"]);
  });

  it("keeps a car blocked for the changeover time after a trip (5 min: free again 6 min after)", () => {
    const fleet = members(aVehicle({ id: "A" }), aVehicle({ id: "B", kmPerLitre: 10 }));
    const trips = [aTrip("08:00", "09:00", 5), aTrip("09:05", "09:30", 5), aTrip("09:36", "10:00", 5)];
    expect(keysOf(trips, fleet, ctx({ changeoverMin: 5 }))).toEqual(["A", "B", "A"]);
  });

  it("leaves a trip unallocated with reason 'no vehicle free' when every vehicle is busy", () => {
    const fleet = members(aVehicle({ id: "A" }));
    const trips = [aTrip("08:00", "10:00", 5), aTrip("09:00", "09:30", 5)];
    const a = simulateSimple(trips, fleet, ctx());
    expect(Array.from(a.memberOfTrip)).toEqual([0, -1]);
    expect(a.reasonOfTrip[1]).toBe("noVehicleFree");
  });

  it("lets copies of a car model share the load: the least-used copy takes the next trip", () => {
    const fleet = copies(aVehicle({ id: "Z" }), 2);
    // After 10 km on #1 and 20 km on #2, #1 is the least used.
    const trips = [aTrip("08:00", "08:30", 10), aTrip("09:00", "09:30", 20), aTrip("10:00", "10:30", 10)];
    expect(keysOf(trips, fleet)).toEqual(["Z#1", "Z#2", "Z#1"]);
  });

  it("fills bike copies in a fixed order (no load sharing), as the reference does", () => {
    const fleet = copies(aBike("C"), 2);
    const trips = [aTrip("08:00", "08:30", 2), aTrip("09:00", "09:30", 2)];
    expect(keysOf(trips, fleet)).toEqual(["C#1", "C#1"]);
  });

  it("turns a trip longer than every free EV's usable range away with reason 'range'", () => {
    const fleet = members(anEv("E", 150, { rangeKm: 100, capacityDecreasePct: 20 }));
    const a = simulateSimple([aTrip("08:00", "10:00", 81)], fleet, ctx());
    expect(a.memberOfTrip[0]).toBe(-1);
    expect(a.reasonOfTrip[0]).toBe("range");
    expect(Array.from(simulateSimple([aTrip("08:00", "10:00", 80)], fleet, ctx()).memberOfTrip)).toEqual([0]);
  });

  it("[§3.6 bike] gives a bike only trips inside a window, under the km limit and the speed limit", () => {
    const fleet = members(aBike("C"), aVehicle({ id: "car" }));
    const p = {
      bikeSlots: [{ startMin: 7 * 60, endMin: 15 * 60 + 30 }],
      bikeMaxKmPerTrip: 10,
      bikeSpeedKmh: 20,
    };
    const trips = [
      aTrip("08:00", "08:30", 5), // 10 km/h, inside: bike
      aTrip("06:00", "06:30", 5, "1", 4), // before the window: car
      aTrip("09:00", "10:00", 12, "1", 5), // over 10 km: car
      aTrip("11:00", "11:10", 5, "1", 6), // 30 km/h: car
      aTrip("15:00", "15:40", 3, "1", 7), // ends after 15:30: car
    ];
    expect(keysOf(trips, fleet, ctx(p))).toEqual(["C", "car", "car", "car", "car"]);
  });

  it("[§3.6 bike share] with 50 % a bike takes every other trip it qualifies for", () => {
    const fleet = members(aBike("C"), aVehicle({ id: "car" }));
    const trips = [1, 2, 3, 4].map((d) => aTrip("08:00", "08:30", 3, "1", d + 2));
    expect(keysOf(trips, fleet, ctx({ bikePercentOfTrips: 50 }))).toEqual(["C", "car", "C", "car"]);
  });
});

describe("orderFleet", () => {
  it("puts bikes first, then e-bikes, EVs by Wh/km ascending, then fossil cars by km/l descending", () => {
    const fleet = members(
      aVehicle({ id: "petrol15", kmPerLitre: 15 }),
      anEv("ev180", 180),
      aVehicle({ id: "ebike", type: "ebike", fuel: "none", kmPerLitre: null }),
      aVehicle({ id: "petrol22", kmPerLitre: 22 }),
      anEv("ev150", 150),
      aBike("bike"),
    );
    const order = orderFleet(fleet, params()).map((g) => g.sourceId);
    expect(order).toEqual(["bike", "ebike", "ev150", "ev180", "petrol22", "petrol15"]);
  });

  it("breaks ties by cost per km: diesel before petrol at equal km/l when diesel is cheaper", () => {
    const fleet = members(
      aVehicle({ id: "petrol", kmPerLitre: 20 }),
      aVehicle({ id: "diesel", fuel: "diesel", kmPerLitre: 20 }),
    );
    expect(orderFleet(fleet, params()).map((g) => g.sourceId)).toEqual(["diesel", "petrol"]);
  });
});

describe("replayCurrentFleet", () => {
  it("puts every trip on the vehicle that drove it, even when its trips overlap", () => {
    const fleet = members(aVehicle({ id: "1" }), aVehicle({ id: "2" }));
    const trips = [aTrip("08:00", "10:00", 5, "2"), aTrip("09:00", "09:30", 5, "2")];
    expect(Array.from(replayCurrentFleet(trips, fleet).memberOfTrip)).toEqual([1, 1]);
  });
});

describe("sortTrips", () => {
  it("orders by start; a few trips starting together keep the sheet order (numpy's insertion sort below 17)", () => {
    const a = aTrip("09:00", "10:00", 1);
    const b = aTrip("08:00", "09:00", 1);
    const c = aTrip("08:00", "08:30", 1);
    expect(sortTrips([a, b, c]).map((t) => t.id)).toEqual([b.id, c.id, a.id]);
  });
});

describe("withinYearlyKm (the km cap, --limit-km)", () => {
  // 73 days is a fifth of a year: Km pr år 1,000 allows 1,000 × 1.15 / 5 = 230 km in the period.
  const capped = () => members(aVehicle({ id: "A", kmPerYear: 1000 }), aVehicle({ id: "B", kmPerLitre: 10 }));
  const trips = () => [
    aTrip("08:00", "09:00", 200, "1", 3),
    aTrip("08:00", "09:00", 30, "1", 4),
    aTrip("08:00", "09:00", 1, "1", 5),
  ];

  it("[§3.6 ICE] moves a trip on when the capped car's km, extrapolated to a year, would pass Km pr år × 1.15", () => {
    const a = simulateSimple(trips(), capped(), { params: params(), periodDays: 73, limitKm: true });
    expect(Array.from(a.memberOfTrip)).toEqual([0, 0, 1]);
  });

  it("ignores the cap when the user has not switched it on", () => {
    const a = simulateSimple(trips(), capped(), { params: params(), periodDays: 73, limitKm: false });
    expect(Array.from(a.memberOfTrip)).toEqual([0, 0, 0]);
  });

  it("gives reason 'km cap reached' when the only free vehicle is capped", () => {
    const fleet = members(aVehicle({ id: "A", kmPerYear: 1000 }));
    const a = simulateSimple(trips(), fleet, { params: params(), periodDays: 73, limitKm: true });
    expect(a.reasonOfTrip[2]).toBe("kmCap");
  });
});
