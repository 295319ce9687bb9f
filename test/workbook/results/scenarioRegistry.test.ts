import { afterEach, describe, expect, it } from "vitest";
import { FileWorkbookHost } from "../../../src/hosts/file/fileWorkbookHost";
import { loadWorkbook } from "../../../src/hosts/file/readXlsx";
import { summarizeScenario } from "../../../src/core/scenario/summarizeScenario";
import {
  readScenarioRegistry,
  refreshComparison,
  registerScenario,
} from "../../../src/workbook/scenarioRegistry";
import { SCENARIO_KPI_CELLS } from "../../../src/workbook/plan/scenarioPlan";
import { COMPARISON_KPI_CELLS } from "../../../src/workbook/plan/comparisonPlan";
import { SCENARIO_METADATA_SHEET } from "../../../src/workbook/plan/scenarioMetadata";
import { scenarioFixture } from "../businesscase/scenarioFixture";
import { excelHostOver, uninstallExcelHost } from "../../hosts/excel/excelHostFixture";
import { entryNames } from "../../hosts/file/chartPlanKit";

afterEach(uninstallExcelHost);

const { result, plan } = scenarioFixture("en");
const summary = summarizeScenario(result);
const NOW = new Date("2026-01-02T03:04:05Z");

describe("COMPARISON_KPI_CELLS", () => {
  it("are the scenario sheet's own key-figure cells", () => {
    for (const [key, cells] of Object.entries(COMPARISON_KPI_CELLS)) {
      const own = SCENARIO_KPI_CELLS[key as keyof typeof SCENARIO_KPI_CELLS];
      expect({ current: own.current, simulated: own.simulated }).toEqual(cells);
    }
  });
});

describe("the scenario registry in an .xlsx (file host)", () => {
  it("lists every registered scenario on a comparison sheet that is rewritten, not duplicated, and survives reopening", async () => {
    const host = FileWorkbookHost.empty();
    const [first] = await host.writePlan(plan);
    const one = await registerScenario(host, summary, first, { language: "en", now: NOW });
    expect(one).toMatchObject({ ok: true, comparisonSheet: "Scenario comparison" });
    const [second] = await host.writePlan(plan);
    expect(second).toBe("Scenario (2)");
    const two = await registerScenario(host, summary, second, { language: "en", kind: "search", now: NOW });
    expect(two).toMatchObject({ ok: true, comparisonSheet: "Scenario comparison" });
    // Rewriting the registry and the comparison leaves the new scenario the sheet the file opens on.
    expect(host.activeSheet()).toBe("Scenario (2)");

    // One comparison sheet and one registry, the registry very hidden.
    const all = await host.listAllSheets();
    expect(all.filter((s) => s.name.startsWith("Scenario comparison"))).toHaveLength(1);
    expect(all.find((s) => s.name === SCENARIO_METADATA_SHEET)?.visibility).toBe("veryHidden");
    expect(await host.listSheets()).not.toContain(SCENARIO_METADATA_SHEET);

    const reopened = await FileWorkbookHost.open(await host.save());
    const registry = await readScenarioRegistry(reopened);
    expect(registry?.comparisonSheet).toBe("Scenario comparison");
    expect(registry?.records.map((r) => [r.sheet, r.kind])).toEqual([
      ["Scenario", "manual"],
      ["Scenario (2)", "search"],
    ]);
    expect(registry?.records[0].simulatedCost).toBeCloseTo(summary.simulated.yearlyCost, 6);

    const wb = await loadWorkbook(await reopened.save());
    const ws = wb.getWorksheet("Scenario comparison")!;
    expect(ws.getCell("A1").value).toBe("FleetOptimiser scenario comparison");
    expect(ws.getCell("A6").value).toBe("Scenario (2)");
    // Live links with the recorded values cached, numbers with their formats.
    expect(ws.getCell("J5").value).toMatchObject({ formula: "'Scenario'!C5" });
    expect(ws.getCell("J5").result).toBeCloseTo(summary.simulated.yearlyCost, 6);
    expect(ws.getCell("K6").value).toMatchObject({ formula: "I6-J6" });
    expect(ws.getCell("J5").numFmt).toBe('#,##0 "kr."');
    expect(ws.getCell("M5").numFmt).toBe('#,##0.00 "t CO2e"');
    expect(ws.getCharts()).toHaveLength(2);
  });

  it("drops a deleted scenario sheet and never touches a comparison sheet the user renamed", async () => {
    const host = FileWorkbookHost.empty();
    const [a] = await host.writePlan(plan);
    await registerScenario(host, summary, a, { language: "da", now: NOW });
    const [b] = await host.writePlan(plan);
    await registerScenario(host, summary, b, { language: "da", now: NOW });
    expect(await host.listSheets()).toContain("Scenariesammenligning");

    // The user renames the comparison sheet (ExcelTS: the name field) and deletes the first scenario.
    const wb = (host as unknown as { workbook: import("@cj-tech-master/excelts").Workbook }).workbook;
    wb.getWorksheet("Scenariesammenligning")!.name = "Min kopi";
    wb.removeWorksheet(wb.getWorksheet(a)!.id);

    const outcome = await refreshComparison(host, "da");
    expect(outcome).toMatchObject({ ok: true, comparisonSheet: "Scenariesammenligning" });
    if (!outcome.ok) return;
    expect(outcome.scenarios.map((r) => r.sheet)).toEqual([b]);
    expect((await host.readSheet("Min kopi")).values.length).toBeGreaterThan(5); // the user's copy, untouched
    const fresh = await host.readSheet("Scenariesammenligning");
    expect(fresh.values.flat()).toContain(b);
    expect(fresh.values.flat()).not.toContain(a);
  });

  it("records an optimal allocation as an optimal scenario", async () => {
    const host = FileWorkbookHost.empty();
    const [s] = await host.writePlan(plan);
    const outcome = await registerScenario(host, { ...summary, allocation: "optimal" }, s, {
      language: "da",
      now: NOW,
    });
    expect(outcome.ok && outcome.scenarios.map((r) => r.kind)).toEqual(["optimal"]);
    const comparison = await host.readSheet("Scenariesammenligning");
    expect(comparison.values.flat()).toContain("optimal");
  });

  it("leaves a user's visible sheet named like the registry alone", async () => {
    const host = FileWorkbookHost.empty();
    await host.writePlan({
      sheets: [
        { name: SCENARIO_METADATA_SHEET, ranges: [{ row: 1, col: 1, values: [["mine"]] }], tables: [] },
      ],
    });
    const [s] = await host.writePlan(plan);
    await registerScenario(host, summary, s, { language: "en", now: NOW });
    expect((await host.readSheet(SCENARIO_METADATA_SHEET)).values).toEqual([["mine"]]);
    expect((await readScenarioRegistry(host))?.records.map((r) => r.sheet)).toEqual([s]);
  });
});

describe("the scenario registry in Excel (office.js against the fake)", () => {
  it("keeps one very hidden registry and one comparison sheet, replacing its own sheets", async () => {
    const { host, fake } = excelHostOver({ sheets: [{ name: "Ture", values: [["Starttid"]] }] });
    const [first] = await host.writePlan(plan);
    await registerScenario(host, summary, first, { language: "en", now: NOW });
    const [second] = await host.writePlan(plan);
    const outcome = await registerScenario(host, summary, second, { language: "en", now: NOW });
    expect(outcome).toMatchObject({ ok: true, comparisonSheet: "Scenario comparison" });

    expect(fake.sheetNames()).toEqual([
      "Ture",
      "Scenario",
      "Scenario (2)",
      SCENARIO_METADATA_SHEET,
      "Scenario comparison",
    ]);
    expect(fake.sheet(SCENARIO_METADATA_SHEET).visibility).toBe("VeryHidden");
    const comparison = fake.sheet("Scenario comparison");
    expect(comparison.cell("J6").formula).toBe("='Scenario (2)'!C5");
    expect(comparison.charts().map((c) => c.type)).toEqual(["ColumnClustered", "ColumnClustered"]);
    expect(comparison.charts()[0].series.map((s) => s.values)).toEqual(["I5:I6", "J5:J6"]);
    expect((await readScenarioRegistry(host))?.records.map((r) => r.sheet)).toEqual([
      "Scenario",
      "Scenario (2)",
    ]);
  });
});

describe("refreshing a comparison sheet loaded from a file", () => {
  it("writes no orphan chart parts for the replaced sheet", async () => {
    const host = FileWorkbookHost.empty();
    const [a] = await host.writePlan(plan);
    await registerScenario(host, summary, a, { language: "en", now: NOW });
    const reopened = await FileWorkbookHost.open(await host.save());
    await refreshComparison(reopened, "en");
    const bytes = await reopened.save();
    const chartParts = (await entryNames(bytes)).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length;
    // Six on the scenario sheet, two on the comparison: the replaced comparison's two are gone.
    expect(chartParts).toBe(8);
  });
});
