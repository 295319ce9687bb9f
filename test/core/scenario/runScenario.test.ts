import { describe, expect, it } from "vitest";
import { currentFleetDriven, runScenario } from "../../../src/core/scenario/runScenario";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import { ScenarioError } from "../../../src/core/scenario/scenarioError";
import { aTrip, aVehicle, params } from "../../helpers/builders";
import { thrownScenarioText } from "../../helpers/thrownScenarioText";

const vehicles = [
  aVehicle({ id: "1" }),
  aVehicle({ id: "2", location: "Syd" }),
  aVehicle({ id: "C", location: "" }),
];
const trips = [
  aTrip("08:00", "09:00", 10, "1", 3),
  aTrip("08:00", "09:00", 20, "1", 9),
  { ...aTrip("10:00", "11:00", 5, "2", 4), location: "Syd" },
];
const data = { vehicles, trips, params: params() };
const request = (over = {}) => ({ ...defaultScenarioRequest(), location: "Loc", ...over });

describe("runScenario", () => {
  it("takes the location's vehicles as the current fleet, never a candidate without a location", () => {
    const r = runScenario(data, request());
    expect(r.currentIds).toEqual(["1"]);
    expect(r.trips.map((t) => t.distanceKm)).toEqual([10, 20]);
  });

  it("defaults the period to the first and last trip day, inclusive (7 days for the 3rd to the 9th)", () => {
    expect(runScenario(data, request()).periodDays).toBe(7);
  });

  it("keeps only trips starting inside the selected dates and extrapolates from the selected days", () => {
    const r = runScenario(data, request({ fromDate: "2025-03-01", toDate: "2025-03-05" }));
    expect(r.trips).toHaveLength(1);
    expect(r.periodDays).toBe(5);
    expect(r.current.consequences.vehicles[0].yearlyKm).toBeCloseTo((10 * 365) / 5, 9);
  });

  it("replays today's fleet alone (the dashboards' source) exactly as a whole scenario does", () => {
    const driven = currentFleetDriven(data, request({ fromDate: "2025-03-01", toDate: "2025-03-05" }));
    const whole = runScenario(data, request({ fromDate: "2025-03-01", toDate: "2025-03-05" }));
    expect(driven.scope.periodDays).toBe(5);
    expect(driven.scope.trips).toEqual(whole.trips);
    expect(driven.current).toEqual(whole.current);
    // 10 km in 5 days, priced per year.
    expect(driven.current.consequences.vehicles[0].yearlyKm).toBeCloseTo(730, 9);
  });

  it("builds the simulated fleet from counts, including candidates and zero counts", () => {
    const r = runScenario(
      data,
      request({
        fleet: [
          { sourceId: "C", count: 2 },
          { sourceId: "1", count: 0 },
        ],
      }),
    );
    expect(r.simulated.fleet.map((m) => m.key)).toEqual(["C#1", "C#2"]);
  });

  it("refuses an unknown location, naming the known ones", () => {
    expect(() => runScenario(data, request({ location: "Vest" }))).toThrow(ScenarioError);
    expect(thrownScenarioText(() => runScenario(data, request({ location: "Vest" })))).toMatch(
      /known: Loc, Syd/,
    );
    expect(thrownScenarioText(() => runScenario(data, request({ location: "Vest" })), "da")).toMatch(
      /ingen lokation "Vest" \(kendte: Loc, Syd\)/,
    );
  });

  it("asks for a location when the data has several and none was chosen", () => {
    expect(thrownScenarioText(() => runScenario(data, request({ location: null })))).toMatch(/2 locations/);
  });

  it("refuses a period that ends before it starts", () => {
    expect(
      thrownScenarioText(() => runScenario(data, request({ fromDate: "2025-03-09", toDate: "2025-03-03" }))),
    ).toMatch(/ends \(2025-03-03\) before it starts/);
  });
});

describe("runScenario with shifts", () => {
  it("simulates merged shift trips: a vehicle is held for the whole shift", () => {
    const fleetTrips = [
      aTrip("08:00", "09:00", 5, "1"),
      aTrip("10:00", "11:00", 5, "1"),
      aTrip("09:30", "09:50", 2, "2"),
    ];
    const r = runScenario(
      {
        vehicles: [aVehicle({ id: "1" }), aVehicle({ id: "2" })],
        trips: fleetTrips,
        params: params(),
        shifts: [{ location: "", shifts: [{ startMin: 0, endMin: 0, breakMin: null }] }],
      },
      { ...defaultScenarioRequest(), location: "Loc", fleet: [{ sourceId: "1", count: 1 }] },
    );
    // Vehicle 1's two trips become one 08:00–11:00; the one car cannot also take 09:30–09:50.
    expect(r.trips.map((t) => t.id.includes("+"))).toEqual([true, false]);
    expect(r.simulated.consequences.unallocatedTrips).toBe(1);
  });
});
