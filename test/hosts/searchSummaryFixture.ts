import type { SearchSummary } from "../../src/core/search/searchResult";

const bike = {
  plate: "",
  make: "Christiania",
  model: "Classic",
  fuelLabel: "bike",
  kmPerLitre: null,
  whPerKm: null,
};
const model = (sourceId: string, facts: Partial<SearchSummary["models"][number]["labelFacts"]>) => {
  const labelFacts = { ...bike, id: sourceId, type: "bike" as const, ...facts };
  return {
    sourceId,
    model: "Christiania Classic (bike)",
    type: labelFacts.type,
    labelFacts,
    current: 1,
    locked: 0,
    free: true,
    costAtFitnessKm: 12_000,
    co2eAtFitnessKm: 0,
    fitness: 0.1,
  };
};

/** A search over three bikes the sheet once called "Christiania Classic (bike)" alike, and a car. */
export const SEARCH_SUMMARY: SearchSummary = {
  location: "Hjemmeplejen Nord",
  fromDate: "2025-03-03",
  toDate: "2025-04-27",
  periodDays: 56,
  trips: 33_731,
  allocation: "greedy",
  searchAllocation: "greedy",
  goals: {
    co2eReductionPct: 40,
    maxExtraCostDkk: 100_000,
    priority: 5,
    allowedUnallocatedTrips: 0,
    maxUnallocatedKm: 0,
  },
  current: { yearlyCost: 1_909_914, yearlyCo2eTonnes: 50.52, unallocatedTrips: 0, vehicles: 40 },
  targets: { maxYearlyCost: 2_009_914, maxYearlyCo2eTonnes: 30.31 },
  lockedIds: [],
  candidateIds: ["101"],
  peakDay: { date: "2025-03-12", km: 1234.5, trips: 812 },
  averageDay: { date: "2025-03-20", km: 987.6, trips: 602 },
  minimumVehicles: 31,
  minTotal: 31,
  maxTotal: 37,
  combinations: 33_731,
  starts: 4,
  iterations: 20,
  simulations: 412,
  stop: "iterations",
  models: [
    model("1", { plate: "AB12345" }),
    model("2", { plate: "CD67890" }),
    model("3", { type: "ebike" }),
    {
      ...model("4", {
        make: "Toyota",
        model: "Yaris",
        type: "fossil",
        fuelLabel: "benzin",
        kmPerLitre: 21.9,
      }),
      model: "Toyota Yaris (benzin, 21.9 km/l)",
    },
  ],
  solutions: [
    {
      fleet: [
        { sourceId: "3", count: 12 },
        { sourceId: "4", count: 20 },
      ],
      yearlyCost: 1_803_115,
      yearlyCo2eTonnes: 23.08,
      unallocatedTrips: 0,
      meetsGoals: true,
      financialSavings: 106_799,
      co2eSavingsTonnes: 27.44,
      score: 0.42,
      changes: ["1", "2", "3", "4"].map((sourceId, i) => ({
        sourceId,
        model: "Christiania Classic (bike)",
        type: i === 2 ? "ebike" : i === 3 ? "fossil" : "bike",
        current: 1,
        proposed: i === 2 ? 12 : i === 3 ? 20 : 0,
        difference: i === 2 ? 11 : i === 3 ? 19 : -1,
        locked: 0,
      })),
    },
  ],
  paretoFront: [
    {
      fleet: [{ sourceId: "4", count: 32 }],
      yearlyCost: 1_803_115,
      yearlyCo2eTonnes: 23.08,
      unallocatedTrips: 0,
      meetsGoals: true,
    },
  ],
};
