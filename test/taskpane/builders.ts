import type { InputOverview } from "../../src/engine/api";
import type { ScenarioSummary, FleetSummary } from "../../src/core/scenario/scenarioSummary";
import type { CellError } from "../../src/workbook/read/cellError";
import type { RunState } from "../../src/app/state/runReducer";

/** Two locations; Rådhuset has a petrol car and an EV, Vandværket a van, plus one candidate bike. */
export function anOverview(overrides: Partial<InputOverview> = {}): InputOverview {
  return {
    locations: [
      { name: "Rådhuset", vehicleCount: 2, tripCount: 40 },
      { name: "Vandværket", vehicleCount: 2, tripCount: 12 },
    ],
    vehicles: [
      {
        id: "1",
        name: "Toyota Yaris",
        type: "fossil",
        location: "Rådhuset",
        yearlyCostDkk: 30000,
        groupKey: "Toyota Yaris|1",
        modelLabel: "Toyota Yaris",
      },
      {
        id: "2",
        name: "Renault Zoe",
        type: "ev",
        location: "Rådhuset",
        yearlyCostDkk: 35000,
        groupKey: "Renault Zoe|2",
        modelLabel: "Renault Zoe",
      },
      {
        id: "3",
        name: "VW Caddy",
        type: "fossil",
        location: "Vandværket",
        yearlyCostDkk: 40000,
        groupKey: "VW Caddy|3",
        modelLabel: "VW Caddy",
      },
      {
        id: "9",
        name: "Elcykel",
        type: "ebike",
        location: "Vandværket",
        yearlyCostDkk: 5000,
        groupKey: "Elcykel|9",
        modelLabel: "Elcykel",
      },
    ],
    bikeSettings: {
      bike_max_km_per_trip: 15,
      bike_percent_of_trips: 100,
      bike_slots: "07:00-15:30",
      bike_speed: 20,
      electrical_bike_speed: 30,
    },
    shiftLocations: [],
    firstDate: "2024-03-01",
    lastDate: "2024-03-31",
    tripCount: 52,
    ...overrides,
  };
}

function aFleet(overrides: Partial<FleetSummary> = {}): FleetSummary {
  return {
    yearlyCost: 1234567.4,
    yearlyCo2eTonnes: 21.4,
    unallocatedTrips: 0,
    allowance: 0,
    vehicles: [],
    unallocatedTripIds: [],
    ...overrides,
  };
}

export function aSummary(): ScenarioSummary {
  return {
    location: "Rådhuset",
    fromDate: "2024-03-01",
    toDate: "2024-03-31",
    periodDays: 31,
    trips: 412,
    allocation: "simple",
    current: aFleet(),
    simulated: aFleet({
      yearlyCost: 987654.3,
      yearlyCo2eTonnes: 9.8,
      unallocatedTrips: 3,
      allowance: 2104.5,
    }),
    financialSavings: 246913.1,
    co2eSavingsTonnes: 11.6,
    unallocatedReasons: {},
  };
}

export function aCellError(overrides: Partial<CellError> = {}): CellError {
  return {
    sheet: "Køretøjer",
    cell: "G3",
    messageEn: "WLTP Fossil must be a number, not “fast”.",
    fixEn: "Enter km per litre, e.g. 18.5.",
    messageDa: "WLTP Fossil skal være et tal, ikke “fast”.",
    fixDa: "Skriv km pr. liter, f.eks. 18,5.",
    ...overrides,
  };
}

export function aRunningState(overrides: Partial<Extract<RunState, { kind: "running" }>> = {}): RunState {
  return { kind: "running", runId: 1, stage: "simulating", progress: null, fraction: null, ...overrides };
}
