import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../../src/hosts/file/readXlsx";
import { readInputs } from "../../../src/workbook/read/readInputs";
import { runSearch } from "../../../src/core/search/runSearch";
import { defaultGoals, type SearchRequest } from "../../../src/core/search/searchRequest";
import type { SearchSummary } from "../../../src/core/search/searchResult";
import { runScenario, type ScenarioData } from "../../../src/core/scenario/runScenario";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import { searchPlan } from "../../../src/workbook/plan/searchPlan";
import { checkPlanChart, parseChartRange } from "../../../src/workbook/plan/types";

const SAMPLE = resolve(__dirname, "../../../assets/sample/fleetoptimiser-sample.xlsx");

describe("search on the sample workbook (candidate EVs and e-bike)", () => {
  let data: ScenarioData;
  let request: SearchRequest;
  let summary: SearchSummary;

  beforeAll(async () => {
    const sheets = await readXlsx(readFileSync(SAMPLE));
    const read = readInputs(sheets, { vehicles: "Køretøjer", trips: "Ture", parameters: "Parametre" });
    if (!read.ok) throw new Error("the sample does not read");
    data = { vehicles: read.value.vehicles, trips: read.value.trips, params: read.value.parameters };
    request = {
      ...defaultScenarioRequest(),
      lockedIds: null,
      candidateIds: null,
      goals: { ...defaultGoals(), co2eReductionPct: 40, maxExtraCostDkk: 0 },
      limits: { maxIterations: 12 },
    };
    summary = runSearch(data, request);
  }, 60_000);

  it("proposes fleets that meet every goal and keep the vehicles whose lease continues", () => {
    expect(summary.solutions.length).toBeGreaterThan(0);
    expect(summary.lockedIds.length).toBeGreaterThan(0);
    for (const s of summary.solutions) {
      expect(s.meetsGoals).toBe(true);
      expect(s.yearlyCost).toBeLessThanOrEqual(summary.current.yearlyCost);
      expect(s.yearlyCo2eTonnes).toBeLessThanOrEqual(summary.current.yearlyCo2eTonnes * 0.6);
      expect(s.unallocatedTrips).toBe(0);
      for (const c of s.changes) expect(c.proposed).toBeGreaterThanOrEqual(c.locked);
    }
    // The candidates are used: the candidate e-bike (1043) or EVs (1041, 1042) join the fleet.
    const candidates = new Set(summary.candidateIds);
    expect(summary.solutions[0].fleet.some((f) => candidates.has(f.sourceId))).toBe(true);
  });

  it("reports for each proposed fleet what runScenario shows for it", () => {
    for (const s of summary.solutions) {
      const r = runScenario(data, { ...defaultScenarioRequest(), fleet: s.fleet });
      expect(s.yearlyCost).toBeCloseTo(r.simulated.consequences.totalDkk, 6);
      expect(s.yearlyCo2eTonnes).toBeCloseTo(r.simulated.consequences.co2eTonnes, 9);
      expect(s.unallocatedTrips).toBe(r.simulated.consequences.unallocatedTrips);
    }
  });

  it("keeps only non-dominated fleets on the front, cheapest first", () => {
    const front = summary.paretoFront;
    expect(front.length).toBeGreaterThan(0);
    for (let i = 1; i < front.length; i++) {
      expect(front[i].yearlyCost).toBeGreaterThan(front[i - 1].yearlyCost);
      expect(front[i].yearlyCo2eTonnes).toBeLessThan(front[i - 1].yearlyCo2eTonnes);
    }
  });

  it("writes the front as a table with an XY chart over its cost and CO2e columns", () => {
    const plan = searchPlan(summary, { language: "da", runId: "t" });
    expect(plan.name).toBe("Søgning");
    const table = plan.tables.find((t) => t.name === "ParetoFront_t");
    expect(table?.rows).toHaveLength(summary.paretoFront.length);
    const [chart] = plan.charts ?? [];
    expect(chart.kind).toBe("xyScatter");
    checkPlanChart(chart, "Søgning");
    const x = parseChartRange(chart.categories);
    expect(x).toEqual({ row: (table?.row ?? 0) + 1, col: 2, rows: summary.paretoFront.length, cols: 1 });
    expect(parseChartRange(chart.series[0].values).col).toBe(3);
  });
});
