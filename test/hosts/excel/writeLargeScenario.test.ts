import { afterEach, describe, expect, it } from "vitest";
import { FIVE_MB } from "../../fakes/fakeExcel";
import { runScenario } from "../../../src/core/scenario/runScenario";
import { summarizeScenario } from "../../../src/core/scenario/summarizeScenario";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import { scenarioPlan } from "../../../src/workbook/plan/scenarioPlan";
import { dashboardPlanOf } from "../../../src/workbook/plan/dashboardPlan";
import type { Trip } from "../../../src/core/model/types";
import { DEFAULT_BATCH_BUDGET_BYTES } from "../../../src/hosts/excel/excelWorkbookHost";
import { aVehicle, params } from "../../helpers/builders";
import { excelHostOver, uninstallExcelHost } from "./excelHostFixture";

afterEach(uninstallExcelHost);

const MIN = 60_000;
const DAY = 1440 * MIN;
const VEHICLES = 50;
const DAYS = 100;
const TRIPS_PER_VEHICLE_DAY = 20;

/** 50 vehicles × 100 days × 20 trips of 30 min: a 100,000-row driving book. */
function largeScenario() {
  const vehicles = Array.from({ length: VEHICLES }, (_, v) => aVehicle({ id: `V${v + 1}`, location: "Loc" }));
  const trips: Trip[] = [];
  const day0 = Date.UTC(2025, 0, 6);
  for (let d = 0; d < DAYS; d++)
    for (let v = 0; v < VEHICLES; v++)
      for (let k = 0; k < TRIPS_PER_VEHICLE_DAY; k++) {
        const startMs = day0 + d * DAY + (360 + k * 36) * MIN;
        trips.push({
          id: `T${trips.length + 1}`,
          startMs,
          endMs: startMs + 30 * MIN,
          distanceKm: 5 + (k % 7),
          vehicleId: `V${v + 1}`,
          location: "Loc",
          sourceRow: trips.length + 2,
        });
      }
  return runScenario({ vehicles, trips, params: params() }, { ...defaultScenarioRequest(), location: "Loc" });
}

describe("a 100,000-trip scenario written through office.js (fake Excel)", () => {
  it("stays under 5 MB per sync with a bounded number of syncs, suspending screen updating once", async () => {
    const result = largeScenario();
    expect(result.trips).toHaveLength(100_000);
    const plan = scenarioPlan(result, summarizeScenario(result), {
      language: "da",
      parameterKeysSet: [],
      runId: "big",
    });
    const dashboards = dashboardPlanOf(result, "da", "big");
    const { host, fake } = excelHostOver({ sheets: [{ name: "Ture", values: [["Starttid"]] }] });

    const [scenarioSheet] = await host.writePlan(plan);
    const scenarioSyncs = fake.syncCount;
    const screenSuspended = fake.stats.suspendScreenUpdating;
    await host.writePlan(dashboards);

    expect(fake.maxSyncPayloadBytes).toBeLessThan(FIVE_MB);
    // The driving book is ~100,000 × 7 cells; at the budget, that is a known number of blocks.
    const bookBytes = JSON.stringify(plan.sheets[0].tables.at(-1)!.rows).length;
    const valueBlocks = Math.ceil(bookBytes / DEFAULT_BATCH_BUDGET_BYTES);
    expect(scenarioSyncs).toBeLessThanOrEqual(valueBlocks + 8);
    expect(screenSuspended).toBe(1);
    expect(fake.enableEvents).toBe(true);

    const sheet = fake.sheet(scenarioSheet);
    const bookTable = fake.tables().find((t) => t.name === "DrivingBook_big")!;
    expect(bookTable.address).toMatch(/^A\d+:G\d+$/);
    const lastRow = Number(bookTable.address.split(":")[1].slice(1));
    expect(sheet.cell(`A${lastRow}`).value).toBe("T100000");
    expect(typeof sheet.cell(`B${lastRow}`).value).toBe("number"); // a date serial, not text
    expect(sheet.charts()).toHaveLength(6);
    const dash = fake.sheet("Dashboards");
    expect(dash.charts()).toHaveLength(3);
    expect(dash.conditionalFormats().map((c) => c.type)).toEqual([
      "ColorScale",
      "CellValue",
      "ColorScale",
      "CellValue",
      "ColorScale",
      "CellValue",
    ]);
    expect(dash.conditionalFormats()[1].rule?.formula1).toMatch(/^=\$B\$\d+$/);
  }, 120_000);

  it("leaves charts and conditional formats out cleanly below ExcelApi 1.7 and 1.6", async () => {
    const result = largeScenario();
    const dashboards = dashboardPlanOf(result, "en", "old");
    const { host, fake } = excelHostOver(
      { sheets: [{ name: "Ture", values: [["Starttid"]] }] },
      { supports: (v) => Number(v.split(".")[1]) < 6 },
    );
    const [name] = await host.writePlan(dashboards);
    const dash = fake.sheet(name);
    expect(dash.charts()).toHaveLength(0);
    expect(dash.conditionalFormats()).toHaveLength(0);
    expect(dash.cell("A1").value).toBe("FleetOptimiser dashboards: Loc");
  }, 120_000);
});
