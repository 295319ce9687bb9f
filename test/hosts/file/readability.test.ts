import { resolve } from "node:path";
import { Workbook } from "@cj-tech-master/excelts";
import { describe, expect, it } from "vitest";
import { readInputWorkbook } from "../../../src/cli/readInputWorkbook";
import { writeScenarioSheets } from "../../../src/cli/writeScenarioSheets";
import { REPORT_EXAMPLE_INPUTS } from "../../../src/core/businesscase/inputs";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import { writeResultFile } from "../../../src/hosts/file/writeWorkbookFile";
import { aggregateTrips } from "../../../src/core/aggregation/aggregateTrips";
import { aggregationParams } from "../../../src/core/aggregation/aggregationParams";
import { defaultParameters } from "../../../src/core/model/parameters";
import { aggregationPlan } from "../../../src/workbook/plan/aggregationPlan";
import { AWAY, HOME, NORD, aLog, offset, t } from "../../core/aggregation/aggregationFixtures";
import { businessCasePlan } from "../../../src/workbook/plan/businessCasePlan";
import { csvImportPlan } from "../../../src/workbook/plan/csvImportPlan";
import { searchPlan } from "../../../src/workbook/plan/searchPlan";
import { templatePlan } from "../../../src/workbook/plan/templatePlan";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";
import { simulateSheets } from "../../../src/engine/simulate";
import { readabilityProblems, shownText } from "./readabilityCheck";
import { SEARCH_SUMMARY } from "../searchSummaryFixture";

const SAMPLE = resolve(__dirname, "../../../assets/sample/fleetoptimiser-sample.xlsx");

/** The sheets a plan wrote, by their final names (a file written from nothing holds only those). */
async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as Buffer);
  return wb.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name);
}

describe("written sheets read well (issue 15 point 5)", () => {
  it("simulate --out: scenario, dashboards and comparison", async () => {
    const { host, sheets, inputs } = await readInputWorkbook(SAMPLE);
    const outcome = simulateSheets(
      sheets,
      inputs,
      { ...defaultScenarioRequest(), language: "en" },
      undefined,
      { dashboards: true },
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const { plan, dashboards, summary } = outcome.value;
    await writeScenarioSheets(host, plan, dashboards ?? null, summary, "en");
    const bytes = await host.save();
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

  it("the aggregation's Ture sheet and precision report", async () => {
    const result = aggregateTrips(
      {
        locations: [NORD],
        logs: [
          aLog(t("08:00"), t("08:30"), HOME, AWAY, 6),
          aLog(t("09:00"), t("09:30:30"), AWAY, HOME, 6.0004),
          aLog(t("10:00"), t("10:30"), AWAY, offset(7000), 2),
        ],
        fixes: [],
        vehicleHomes: new Map([["1", { location: 0, name: "Nord" }]]),
      },
      aggregationParams(),
    );
    for (const language of ["en", "da"] as const) {
      const plan = aggregationPlan(result, {
        language,
        parameters: defaultParameters(),
        parameterKeysSet: [],
        warnings: [],
        runId: "a",
      });
      const bytes = await writeResultFile(null, plan);
      const names = await sheetNames(bytes);
      expect(
        await readabilityProblems(bytes, names, { frozen: { [names[0]]: { rows: 1, cols: 0 } } }),
      ).toEqual([]);
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
