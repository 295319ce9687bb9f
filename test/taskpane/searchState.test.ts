import { describe, expect, it } from "vitest";
import {
  initialSearchForm,
  searchFormProblems,
  toSearchRequest,
  type SearchForm,
} from "../../src/app/state/searchForm";
import { bestSoFar, initialSearchState, searchReducer } from "../../src/app/state/searchReducer";
import type { InputOverview } from "../../src/engine/api";
import type { ScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import type { SearchSummary } from "../../src/core/search/searchResult";

const vehicle = (id: string, location: string) => ({
  id,
  name: id,
  type: "ev",
  location,
  yearlyCostDkk: 1,
  groupKey: id,
  modelLabel: `Model ${id}`,
});
const overview = {
  locations: [{ name: "Nord", vehicleCount: 2, tripCount: 10 }],
  vehicles: [vehicle("1", "Nord"), vehicle("2", "Nord"), vehicle("c1", ""), vehicle("c2", "")],
  bikeSettings: {},
  shiftLocations: [],
  firstDate: "2025-03-03",
  lastDate: "2025-03-09",
  tripCount: 10,
} as unknown as InputOverview;
const scenario: ScenarioRequest = {
  location: "Nord",
  fromDate: "2025-03-03",
  toDate: "2025-03-09",
  currentIds: ["1", "2"],
  fleet: [{ sourceId: "1", count: 1 }],
  allocation: "simple",
  limitKm: true,
  language: "da",
};

describe("search form", () => {
  it("starts with OS2's default goals, locks by lease and offers every candidate", () => {
    const form = initialSearchForm(overview);
    expect(form).toMatchObject({ priority: 5, lockByLease: true, candidateIds: ["c1", "c2"] });
    expect(searchFormProblems(form)).toEqual([]);
  });

  it("turns the fields into the engine's request, with the simulation form's period and settings and no fleet", () => {
    const form: SearchForm = {
      ...initialSearchForm(overview),
      co2eReductionPct: "12,5",
      maxExtraCostDkk: "-1000",
      lockByLease: false,
      lockedIds: ["2"],
      candidateIds: ["c2"],
      iterations: "7",
    };
    const r = toSearchRequest(form, scenario, overview);
    expect(r).not.toHaveProperty("fleet");
    expect(r).toMatchObject({
      location: "Nord",
      limitKm: true,
      language: "da",
      lockedIds: ["2"],
      candidateIds: ["c2"],
      goals: { co2eReductionPct: 12.5, maxExtraCostDkk: -1000, priority: 5 },
      limits: { maxIterations: 7 },
    });
    // Every candidate ticked and locks by lease: null lets the engine decide (all candidates, lease rule).
    expect(toSearchRequest(initialSearchForm(overview), scenario, overview)).toMatchObject({
      lockedIds: null,
      candidateIds: null,
    });
  });

  it("names every field that keeps the search from starting", () => {
    const form = {
      ...initialSearchForm(overview),
      co2eReductionPct: "120",
      maxExtraCostDkk: "lots",
      allowedUnallocatedTrips: "1.5",
      maxUnallocatedKm: "-1",
      iterations: "0",
    };
    expect(searchFormProblems(form)).toEqual([
      "search.problem.co2e",
      "search.problem.extraCost",
      "search.problem.allowed",
      "search.problem.maxKm",
      "search.problem.iterations",
    ]);
  });
});

describe("search state", () => {
  const partial = { solutions: [] } as unknown as SearchSummary;
  it("keeps the best streamed so far while running and ignores an older run", () => {
    let s = searchReducer(initialSearchState, { type: "started", runId: 2 });
    s = searchReducer(s, {
      type: "progress",
      runId: 2,
      progress: { kind: "tabu", iteration: 3, maxIterations: 10, simulations: 40, fraction: 0.3, partial },
    });
    expect(bestSoFar(s)).toBe(partial);
    expect(searchReducer(s, { type: "cancelled", runId: 1 })).toBe(s);
    s = searchReducer(s, { type: "writing", runId: 2, cancelled: true, best: partial });
    expect(bestSoFar(s)).toBe(partial);
    s = searchReducer(s, {
      type: "succeeded",
      runId: 2,
      summary: partial,
      sheetNames: ["Søgning"],
      cancelled: true,
    });
    expect(s).toMatchObject({ kind: "done", cancelled: true, sheetNames: ["Søgning"] });
  });
});
