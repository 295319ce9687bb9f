import { describe, expect, it } from "vitest";
import { runSearch } from "../../../src/core/search/runSearch";
import { defaultGoals, type SearchRequest } from "../../../src/core/search/searchRequest";
import { runScenario, type ScenarioData } from "../../../src/core/scenario/runScenario";
import { ScenarioError } from "../../../src/core/scenario/scenarioError";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import { anEv, aTrip, aVehicle, params } from "../../helpers/builders";
import { loadHighsSolver } from "../../../src/solver/highsSolver";
import { thrownScenarioText } from "../../helpers/thrownScenarioText";

const petrol = (id: string) => aVehicle({ id, model: "Yaris", kmPerLitre: 15, yearlyCostDkk: 40000 });

/** Three petrol cars today, an EV candidate; the trips of the 3rd overlap three at a time at most. */
function data(): ScenarioData {
  const trips = [
    aTrip("08:00", "10:00", 10, "1"),
    aTrip("08:30", "09:30", 10, "2"),
    aTrip("09:00", "11:00", 10, "3"), // 09:00–09:30: three trips at once
    aTrip("10:30", "12:00", 10, "1"),
    aTrip("11:30", "13:00", 10, "2"),
    aTrip("14:00", "15:00", 10, "1"),
    aTrip("08:00", "09:00", 5, "1", 4),
    aTrip("08:10", "09:00", 5, "2", 4),
  ];
  return {
    vehicles: [
      petrol("1"),
      petrol("2"),
      petrol("3"),
      petrol("4"),
      anEv("ev", 150, { yearlyCostDkk: 42000, location: "" }),
    ],
    trips,
    params: params(),
  };
}

function request(over: Partial<SearchRequest> = {}): SearchRequest {
  return {
    ...defaultScenarioRequest(),
    location: "Loc",
    lockedIds: [],
    candidateIds: null,
    goals: { ...defaultGoals(), co2eReductionPct: 50 },
    ...over,
  };
}

describe("runSearch", () => {
  it("finds as minimum the peak day's largest number of overlapping trips when range does not bind", () => {
    const s = runSearch(data(), request());
    expect(s.peakDay?.date).toBe("2025-03-03");
    expect(s.minimumVehicles).toBe(3);
    expect(s.minTotal).toBe(3);
    expect(s.maxTotal).toBe(4); // ceil(3 × 1.2)
  });

  it("proposes the fleet that is best for the goals: three EVs instead of four petrol cars", () => {
    const s = runSearch(data(), request());
    // Three vehicles are needed at 09:00; EVs halve CO2e for less than the petrol cars cost.
    expect(s.solutions[0].fleet).toEqual([{ sourceId: "ev", count: 3 }]);
    expect(s.solutions[0].meetsGoals).toBe(true);
    expect(s.solutions[0].unallocatedTrips).toBe(0);
    expect(s.solutions[0].changes.find((c) => c.sourceId === "1")).toMatchObject({
      current: 4,
      proposed: 0,
      difference: -4,
    });
    expect(s.solutions[0].changes.find((c) => c.sourceId === "ev")).toMatchObject({
      current: 0,
      proposed: 3,
      difference: 3,
    });
  });

  it("reports for every proposal and every front point exactly what runScenario shows for that fleet", () => {
    const d = data();
    const s = runSearch(
      d,
      request({ goals: { ...defaultGoals(), co2eReductionPct: 0, maxExtraCostDkk: 50_000 } }),
    );
    expect(s.solutions.length).toBeGreaterThan(0);
    for (const x of [...s.solutions, ...s.paretoFront]) {
      const r = runScenario(d, { ...defaultScenarioRequest(), location: "Loc", fleet: x.fleet });
      expect(x.yearlyCost).toBeCloseTo(r.simulated.consequences.totalDkk, 6);
      expect(x.yearlyCo2eTonnes).toBeCloseTo(r.simulated.consequences.co2eTonnes, 9);
      expect(x.unallocatedTrips).toBe(r.simulated.consequences.unallocatedTrips);
    }
  });

  it("searches with greedy when asked, and with greedy then the exact allocation for the proposals when asked for optimal", async () => {
    const d = data();
    const solver = await loadHighsSolver();
    for (const allocation of ["greedy", "optimal"] as const) {
      const s = runSearch(d, request({ allocation }), { solver });
      expect(s.searchAllocation).toBe("greedy");
      expect(s.solutions.length).toBeGreaterThan(0);
      for (const x of s.solutions) {
        const r = runScenario(
          d,
          { ...defaultScenarioRequest(), location: "Loc", fleet: x.fleet, allocation },
          { solver },
        );
        expect(x.yearlyCost).toBeCloseTo(r.simulated.consequences.totalDkk, 6);
        expect(x.unallocatedTrips).toBe(r.simulated.consequences.unallocatedTrips);
      }
    }
  });

  it("keeps the locked vehicles in every proposal", () => {
    const s = runSearch(data(), request({ lockedIds: ["1", "2"] }));
    for (const x of s.solutions)
      expect(x.fleet.find((f) => f.sourceId === "1")?.count).toBeGreaterThanOrEqual(2);
    expect(s.lockedIds).toEqual(["1", "2"]);
    expect(s.solutions[0].changes.find((c) => c.sourceId === "1")?.locked).toBe(2);
  });

  it("with every vehicle locked and no candidates, proposes today's fleet and nothing else", () => {
    const d = { ...data(), vehicles: data().vehicles.filter((v) => v.id !== "ev") };
    const s = runSearch(d, request({ lockedIds: ["1", "2", "3", "4"], goals: defaultGoals() }));
    expect(s.solutions.map((x) => x.fleet)).toEqual([[{ sourceId: "1", count: 4 }]]);
    expect(s.simulations).toBe(1);
  });

  it("gives the same answer for the same input", () => {
    const a = runSearch(data(), request({ goals: { ...defaultGoals(), priority: 3 } }));
    const b = runSearch(data(), request({ goals: { ...defaultGoals(), priority: 3 } }));
    expect(b).toEqual(a);
  });

  it("stops when progress asks it to and keeps the best found so far", () => {
    let calls = 0;
    const s = runSearch(data(), request(), {
      onProgress: (p) => {
        if (p.kind === "tabu") calls++;
        return !(p.kind === "tabu" && p.iteration >= 1);
      },
    });
    expect(s.stop).toBe("cancelled");
    expect(s.iterations).toBe(1);
    expect(calls).toBe(2); // the start's evaluation and the first iteration
    expect(s.solutions.length).toBeGreaterThan(0);
  });

  it("rejects goals out of range and locked vehicles not in the current fleet, with the fix in the message", () => {
    expect(() => runSearch(data(), request({ goals: { ...defaultGoals(), priority: 11 } }))).toThrow(
      ScenarioError,
    );
    expect(
      thrownScenarioText(() => runSearch(data(), request({ goals: { ...defaultGoals(), priority: 11 } }))),
    ).toMatch(/0 \(cost\) to 10/);
    expect(thrownScenarioText(() => runSearch(data(), request({ lockedIds: ["ev"] })))).toMatch(
      /not in the current fleet/,
    );
    expect(thrownScenarioText(() => runSearch(data(), request({ candidateIds: ["nope"] })))).toMatch(
      /Candidate nope/,
    );
  });
});
