import { describe, expect, it } from "vitest";
import { combinationBounds, generateCombinations } from "../../../src/core/search/combinations";
import { modelClasses } from "../../../src/core/search/modelClasses";
import { aBike, anEv, aVehicle, params } from "../../helpers/builders";

const vehicles = [
  aVehicle({ id: "old1", model: "Yaris", kmPerLitre: 15, yearlyCostDkk: 40000 }),
  aVehicle({ id: "old2", model: "Yaris", kmPerLitre: 15, yearlyCostDkk: 40000 }),
  aVehicle({ id: "old3", kmPerLitre: 12, yearlyCostDkk: 45000 }),
  anEv("ev", 160, { yearlyCostDkk: 50000, location: "" }),
  aBike("bike", { location: "" }),
];
const byId = new Map(vehicles.map((v) => [v.id, v]));
const classes = (locked: string[], priority = 5) =>
  modelClasses({
    currentIds: ["old1", "old2", "old3"],
    lockedIds: locked,
    candidateIds: ["ev", "bike"],
    byId,
    params: params(),
    priority,
    modelsPerType: 3,
  });

describe("model classes at 30,000 km", () => {
  it("groups identical vehicles, counts the locked ones and weighs cost against CO2e by the priority", () => {
    const c = classes(["old1"]);
    const old = c.find((x) => x.representative.id === "old1");
    expect(old).toMatchObject({ currentIds: ["old1", "old2"], locked: 1, free: true });
    // 30,000 km at 15 km/l = 2,000 l petrol: 2000 × 2.52 kg = 5.04 t CO2e.
    expect(old?.co2eAtFitnessKm).toBeCloseTo(5.04, 9);
    // Priority 10 ranks by CO2e alone: the bike (0 t) first, then the EV, then the petrol cars.
    expect(classes([], 10).map((x) => x.representative.id)).toEqual(["bike", "ev", "old1", "old3"]);
    // Priority 0 ranks by cost alone: the cheap bike, then the cars by yearly cost at 30,000 km.
    const byCost = classes([], 0);
    expect(byCost[0].representative.id).toBe("bike");
    for (let i = 1; i < byCost.length; i++)
      expect(byCost[i].costAtFitnessKm).toBeGreaterThanOrEqual(byCost[i - 1].costAtFitnessKm);
  });
});

describe("free models kept per type", () => {
  it("keeps the best models of each type, and every candidate the user named whatever its rank", () => {
    const evs = [1, 2, 3].map((i) =>
      anEv(`ev${i}`, 150 + i * 10, { yearlyCostDkk: 40000 + i * 1000, location: "" }),
    );
    const dear = anEv("dear", 250, { yearlyCostDkk: 60000, location: "" });
    const pool = new Map([...evs, dear].map((v) => [v.id, v]));
    const kept = (named?: string[]) =>
      modelClasses({
        currentIds: [],
        lockedIds: [],
        candidateIds: [...pool.keys()],
        byId: pool,
        params: params(),
        priority: 5,
        modelsPerType: 2,
        namedCandidateIds: named,
      }).map((c) => c.representative.id);
    expect(kept()).toEqual(["ev1", "ev2"]);
    expect(kept(["dear"])).toEqual(["ev1", "ev2", "dear"]);
  });
});

describe("candidate combinations", () => {
  it("spans the minimum to the minimum + 20 %, keeps the locked vehicles and fills the rest of the target with slack", () => {
    const c = classes(["old1"]);
    const bounds = combinationBounds(5, c);
    expect(bounds).toEqual({ minTotal: 5, maxTotal: 6 });
    const combos = generateCombinations(
      c,
      bounds,
      { maxYearlyCost: Infinity },
      { maxCombinations: 10_000, maxAddedModels: 2 },
    );
    const lockedIndex = c.findIndex((x) => x.locked > 0);
    for (const combo of combos) {
      const total = combo.counts.reduce((s, n) => s + n, 0);
      expect(total).toBeGreaterThanOrEqual(5);
      expect(total + combo.slack).toBe(6);
      expect(combo.counts[lockedIndex]).toBeGreaterThanOrEqual(1);
    }
    // Ranked by Σ count × fitness.
    for (let i = 1; i < combos.length; i++)
      expect(combos[i].fitness).toBeGreaterThanOrEqual(combos[i - 1].fitness);
    // With 1 locked and 4 or 5 places to fill from 4 free models, at most 2 of them mixed:
    // one model: 4 × 2 sizes = 8; two models: 6 pairs × (3 splits of 4 + 4 splits of 5) = 42.
    expect(combos).toHaveLength(50);
  });

  it("drops a branch as soon as its fixed costs exceed the budget", () => {
    const c = classes(["old1"]);
    const budget = 40000 + 4 * 45000; // the locked car plus four of the dearest petrol car at most
    const combos = generateCombinations(
      c,
      combinationBounds(5, c),
      { maxYearlyCost: budget },
      { maxCombinations: 10_000, maxAddedModels: 2 },
    );
    expect(combos.length).toBeGreaterThan(0);
    for (const combo of combos) {
      const fixed = combo.counts.reduce((s, n, i) => s + n * (c[i].representative.yearlyCostDkk ?? 0), 0);
      expect(fixed).toBeLessThanOrEqual(budget);
    }
    // Five EVs (1 locked car + 4 × 50,000) break the budget and are never generated.
    const ev = c.findIndex((x) => x.representative.id === "ev");
    expect(combos.some((x) => x.counts[ev] >= 4)).toBe(false);
  });

  it("drops a combination that, even driven by its cleanest model, emits more than the CO2e goal allows", () => {
    const c = classes(["old1"]);
    // 10,000 km a year in a 15 km/l petrol car: 666.7 l × 2.52 kg = 1.68 t; the goal allows 1 t.
    const budget = { maxYearlyCost: Infinity, maxYearlyCo2eTonnes: 1, fleetYearlyKm: 10_000 };
    const combos = generateCombinations(c, combinationBounds(5, c), budget, {
      maxCombinations: 10_000,
      maxAddedModels: 2,
    });
    const cleanFree = c.map((x, i) => (x.representative.type !== "fossil" ? i : -1)).filter((i) => i >= 0);
    // Every combination kept holds the EV or the bike; the all-petrol ones are gone.
    expect(combos.length).toBeGreaterThan(0);
    for (const combo of combos) expect(cleanFree.some((i) => combo.counts[i] > 0)).toBe(true);
  });
});
