/**
 * The search benchmark (product.md §7: a 100-vehicle location, 8 weeks, under 30 s, reproducible):
 * the seeded bench location with half its vehicles locked and three candidate models (an EV, a bike
 * and an e-bike). Runs the search twice and says whether both runs proposed the same fleets.
 */
import type { Vehicle } from "../src/core/model/types";
import { defaultParameters } from "../src/core/model/parameters";
import { defaultScenarioRequest } from "../src/core/scenario/scenarioRequest";
import { runSearch } from "../src/core/search/runSearch";
import { defaultGoals, type SearchRequest } from "../src/core/search/searchRequest";
import type { SearchSummary } from "../src/core/search/searchResult";
import { syntheticLocation } from "./syntheticLocation";

const SEED = 20251123;

function candidates(template: Vehicle): Vehicle[] {
  const base = {
    ...template,
    plate: "",
    location: "",
    leaseStartMs: null,
    leaseEndMs: null,
    kmPerYear: 20000,
  };
  return [
    {
      ...base,
      id: "C-EV",
      make: "VW",
      model: "ID.3",
      type: "ev",
      fuel: "electric",
      fuelLabel: "el",
      kmPerLitre: null,
      whPerKm: 155,
      rangeKm: 420,
      capacityDecreasePct: 10,
      restHours: 7,
      yearlyCostDkk: 41000,
    },
    {
      ...base,
      id: "C-BIKE",
      make: "Christiania",
      model: "Classic",
      type: "bike",
      fuel: "none",
      fuelLabel: "bike",
      kmPerLitre: null,
      whPerKm: null,
      rangeKm: null,
      capacityDecreasePct: null,
      restHours: null,
      yearlyCostDkk: 2000,
    },
    {
      ...base,
      id: "C-EBIKE",
      make: "Winther",
      model: "Wave E",
      type: "ebike",
      fuel: "none",
      fuelLabel: "bike",
      kmPerLitre: null,
      whPerKm: null,
      rangeKm: null,
      capacityDecreasePct: null,
      restHours: null,
      yearlyCostDkk: 4500,
    },
  ];
}

export function benchSearch(): void {
  const loc = syntheticLocation(SEED, 100, 8);
  const vehicles = [...loc.vehicles, ...candidates(loc.vehicles[1])];
  const data = { vehicles, trips: loc.trips, params: defaultParameters() };
  const request: SearchRequest = {
    ...defaultScenarioRequest(),
    location: "Bench",
    fromDate: loc.fromDate,
    toDate: loc.toDate,
    // Every other vehicle's lease continues.
    lockedIds: loc.vehicles.filter((_, i) => i % 2 === 0).map((v) => v.id),
    candidateIds: null,
    goals: { ...defaultGoals(), co2eReductionPct: 25, maxExtraCostDkk: 0 },
  };
  const timed = (): { ms: number; summary: SearchSummary } => {
    const t0 = performance.now();
    const summary = runSearch(data, request);
    return { ms: performance.now() - t0, summary };
  };
  const first = timed();
  const second = timed();
  const s = first.summary;
  const same =
    JSON.stringify(s.solutions) === JSON.stringify(second.summary.solutions) &&
    JSON.stringify(s.paretoFront) === JSON.stringify(second.summary.paretoFront);
  const best = s.solutions[0];
  console.log(`search: 100 vehicles, 8 weeks, ${s.trips} trips, 3 candidates, 50 locked (seed ${SEED})`);
  console.log(
    `  run 1 / run 2, ms                   ${first.ms.toFixed(0).padStart(8)} / ${second.ms.toFixed(0).padStart(8)}   target < 30000`,
  );
  console.log(
    `  minimum ${s.minimumVehicles}, window ${s.minTotal}–${s.maxTotal}, ${s.combinations} combinations, ${s.starts} starts`,
  );
  console.log(`  ${s.iterations} iterations, ${s.simulations} fleets simulated, stop: ${s.stop}`);
  console.log(`  today ${Math.round(s.current.yearlyCost)} kr, ${s.current.yearlyCo2eTonnes.toFixed(2)} t`);
  if (best)
    console.log(
      `  best  ${Math.round(best.yearlyCost)} kr, ${best.yearlyCo2eTonnes.toFixed(2)} t, ${best.unallocatedTrips} unallocated, meets goals: ${best.meetsGoals}`,
    );
  console.log(
    `  Pareto front: ${s.paretoFront.length} fleets; same solutions on both runs: ${same ? "yes" : "NO"}`,
  );
}
