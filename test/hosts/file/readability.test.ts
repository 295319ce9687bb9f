import { resolve } from "node:path";
import { Workbook } from "@cj-tech-master/excelts";
import { describe, expect, it } from "vitest";
import { readInputWorkbook } from "../../../src/cli/readInputWorkbook";
import { writeScenarioWorkbook } from "../../../src/cli/writeScenarioWorkbook";
import { REPORT_EXAMPLE_INPUTS } from "../../../src/core/businesscase/inputs";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import type { SearchSummary } from "../../../src/core/search/searchResult";
import { writeResultFile } from "../../../src/hosts/file/writeWorkbookFile";
import { businessCasePlan } from "../../../src/workbook/plan/businessCasePlan";
import { csvImportPlan } from "../../../src/workbook/plan/csvImportPlan";
import { searchPlan } from "../../../src/workbook/plan/searchPlan";
import { templatePlan } from "../../../src/workbook/plan/templatePlan";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";
import { simulateSheets } from "../../../src/worker/engineApi";
import { readabilityProblems, shownText } from "./readabilityCheck";

const SAMPLE = resolve(__dirname, "../../../assets/sample/fleetoptimiser-sample.xlsx");

/** The sheets a plan wrote, by their final names (a file written from nothing holds only those). */
async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as Buffer);
  return wb.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name);
}

describe("written sheets read well (issue 15 point 5)", () => {
  it("simulate --out: scenario, dashboards and comparison", async () => {
    const { data, sheets, inputs } = await readInputWorkbook(SAMPLE);
    const outcome = simulateSheets(
      sheets,
      inputs,
      { ...defaultScenarioRequest(), language: "en" },
      undefined,
      { dashboards: true },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const { plan, dashboards, summary } = outcome.value;
    const bytes = await writeScenarioWorkbook(data, plan, dashboards ?? null, summary, { language: "en" });
    const written = (await sheetNames(bytes)).filter((n) => !sheets.some((s) => s.name === n));
    expect(written).toEqual(["Scenario", "Dashboards", "Scenario comparison"]);
    expect(
      await readabilityProblems(bytes, written, {
        frozen: { Dashboards: { rows: 0, cols: 1 }, "Scenario comparison": { rows: 4, cols: 0 } },
      }),
    ).toEqual([]);

    // The fleet changes name each model once, and an e-bike as one.
    const wb = new Workbook();
    await wb.xlsx.load(bytes as Buffer);
    const ws = wb.getWorksheet("Scenario");
    const table = ws?.getTables().find((t) => t.name.startsWith("FleetChanges_"));
    const ref = (table as unknown as { table: { tableRef: string } }).table.tableRef;
    const [, first, last] = /^A(\d+):E(\d+)$/.exec(ref) ?? [];
    const models: string[] = [];
    for (let r = Number(first) + 1; r <= Number(last); r++) {
      const model = shownText(ws!.getCell(r, 1));
      const type = shownText(ws!.getCell(r, 2));
      models.push(model);
      if (type === "e-bike") expect(model).toMatch(/\(e-bike/);
      if (type === "bike") expect(model).toMatch(/\(bike/);
    }
    expect(models.length).toBeGreaterThan(3);
    expect(new Set(models).size).toBe(models.length);
  }, 120_000);

  it("the Search sheet, with three models of one name", async () => {
    const bytes = await writeResultFile(null, {
      sheets: [searchPlan(SEARCH_SUMMARY, { language: "da", runId: "r" })],
    });
    expect(await readabilityProblems(bytes, ["Søgning"])).toEqual([]);
    const wb = new Workbook();
    await wb.xlsx.load(bytes as Buffer);
    const ws = wb.getWorksheet("Søgning")!;
    const table = ws.getTables().find((t) => t.name.startsWith("SearchModels_"));
    const ref = (table as unknown as { table: { tableRef: string } }).table.tableRef;
    const first = Number(/^A(\d+)/.exec(ref)?.[1]);
    const labels = [1, 2, 3, 4].map((i) => shownText(ws.getCell(first + i, 1)));
    expect(labels).toEqual([
      "Christiania Classic (cykel, AB12345)",
      "Christiania Classic (cykel, CD67890)",
      "Christiania Classic (elcykel)",
      "Toyota Yaris (benzin)",
    ]);
  });

  it("the business case, in both languages", async () => {
    for (const language of ["en", "da"] as const) {
      const bytes = await writeResultFile(
        null,
        businessCasePlan({ language, inputs: { ...REPORT_EXAMPLE_INPUTS } }),
      );
      expect(await readabilityProblems(bytes, await sheetNames(bytes))).toEqual([]);
    }
  });

  it("the template and an imported CSV", async () => {
    const plans: WorkbookPlan[] = [
      templatePlan("da"),
      templatePlan("en"),
      csvImportPlan({
        name: "GPS-punkter",
        originRow: 1,
        originCol: 1,
        values: [
          ["Bil id", "Tidspunkt", "Breddegrad", "Længdegrad"],
          ["AB12345", new Date(Date.UTC(2025, 2, 3, 8)), 55.6761234, 12.5683371],
        ],
      }),
    ];
    for (const plan of plans) {
      const bytes = await writeResultFile(null, plan);
      const names = await sheetNames(bytes);
      const frozen = Object.fromEntries(names.map((n) => [n, { rows: 1, cols: 0 }]));
      expect(await readabilityProblems(bytes, names, { frozen })).toEqual([]);
    }
  });
});

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
const SEARCH_SUMMARY: SearchSummary = {
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
