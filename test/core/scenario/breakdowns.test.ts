import { describe, expect, it } from "vitest";
import { runScenario } from "../../../src/core/scenario/runScenario";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import { fleetChanges } from "../../../src/core/scenario/fleetChanges";
import { unallocatedByDay, unallocatedReasons } from "../../../src/core/scenario/unallocatedByDay";
import { tripLengthDistribution } from "../../../src/core/scenario/tripLengthDistribution";
import { summarizeScenario } from "../../../src/core/scenario/summarizeScenario";
import { aBike, aTrip, aVehicle, params } from "../../helpers/builders";

// Two identical Yaris and a Fabia today; the proposal: one Yaris and a candidate bike.
const yaris = (id: string) => aVehicle({ id, make: "Toyota", model: "Yaris", kmPerLitre: 20 });
const vehicles = [
  yaris("1"),
  yaris("2"),
  aVehicle({ id: "3", make: "Skoda", model: "Fabia", kmPerLitre: 18 }),
  aBike("B", { make: "Christiania", model: "Classic", location: "" }),
];
const trips = [
  aTrip("08:00", "08:30", 3, "1", 3), // bike takes it
  aTrip("08:00", "09:00", 30, "2", 3), // Yaris
  aTrip("08:10", "09:00", 12, "3", 3), // nobody: bike busy, Yaris busy
  aTrip("10:00", "11:00", 120, "1", 5), // Yaris
];
const result = runScenario(
  { vehicles, trips, params: params() },
  {
    ...defaultScenarioRequest(),
    location: "Loc",
    fromDate: "2025-03-03",
    toDate: "2025-03-06",
    fleet: [
      { sourceId: "1", count: 1 },
      { sourceId: "B", count: 1 },
    ],
  },
);

describe("scenario breakdowns", () => {
  it("counts the fleet change per identical model", () => {
    // Each row also carries its first vehicle, for the sheet's labels.
    expect(fleetChanges(result).map(({ vehicle, ...row }) => ({ ...row, make: vehicle.make }))).toEqual([
      {
        model: "Toyota Yaris (benzin, 20 km/l)",
        type: "fossil",
        current: 2,
        simulated: 1,
        difference: -1,
        make: "Toyota",
      },
      {
        model: "Skoda Fabia (benzin, 18 km/l)",
        type: "fossil",
        current: 1,
        simulated: 0,
        difference: -1,
        make: "Skoda",
      },
      {
        model: "Christiania Classic (bike)",
        type: "bike",
        current: 0,
        simulated: 1,
        difference: 1,
        make: "Christiania",
      },
    ]);
  });

  it("lists unallocated trips for every day of the period, zero days included", () => {
    expect(
      unallocatedByDay(result, result.simulated).map((d) => [
        new Date(d.dayMs).toISOString().slice(0, 10),
        d.trips,
        d.km,
      ]),
    ).toEqual([
      ["2025-03-03", 1, 12],
      ["2025-03-04", 0, 0],
      ["2025-03-05", 0, 0],
      ["2025-03-06", 0, 0],
    ]);
  });

  it("counts reasons and reports them in the summary", () => {
    expect(unallocatedReasons(result.simulated)).toEqual({ noVehicleFree: 1 });
    expect(summarizeScenario(result).unallocatedReasons).toEqual({ noVehicleFree: 1 });
  });

  it("sorts trips into length classes per vehicle type, the longest trip included", () => {
    const sim = tripLengthDistribution(result, result.simulated);
    expect(sim.bike).toEqual([0, 1, 0, 0, 0, 0, 0]); // 3 km in 2–5
    expect(sim.fossil).toEqual([0, 0, 0, 0, 1, 0, 1]); // 30 km in 20–50, 120 km in ≥ 100
    expect(sim.unallocated).toEqual([0, 0, 0, 1, 0, 0, 0]); // 12 km in 10–20
    const cur = tripLengthDistribution(result, result.current);
    expect(cur.fossil.reduce((a, b) => a + b, 0)).toBe(4);
  });
});
