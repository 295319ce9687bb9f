import { Workbook } from "@cj-tech-master/excelts";
import { afterEach, describe, expect, it } from "vitest";
import { loadWorkbook } from "../../src/hosts/file/readXlsx";
import { writePlanToWorkbook } from "../../src/hosts/file/writePlan";
import type { PlanChart, WorkbookPlan } from "../../src/workbook/plan/types";
import { excelHostOver, uninstallExcelHost } from "./excel/excelHostFixture";

afterEach(uninstallExcelHost);

/** The Search sheet's Pareto chart: cost (x, column B) against CO2e (y, column C). */
const FRONT: PlanChart = {
  kind: "xyScatter",
  title: "Cost against CO2e",
  categories: "B2:B4",
  series: [{ name: "Front", values: "C2:C4" }],
  anchor: { row: 2, col: 5, widthCols: 6, heightRows: 12 },
};

const plan: WorkbookPlan = {
  sheets: [
    {
      name: "Search",
      ranges: [
        {
          row: 1,
          col: 1,
          values: [
            ["Point", "Cost", "CO2e"],
            [1, 1_600_000, 20],
            [2, 1_650_000, 15],
            [3, 1_800_000, 12],
          ],
        },
      ],
      tables: [],
      charts: [FRONT],
    },
  ],
};

describe("xyScatter plan charts", () => {
  it("ExcelTS writes a scatter chart whose x values are the categories and y values the series", async () => {
    const wb = new Workbook();
    await writePlanToWorkbook(wb, plan);
    const read = await loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    const [chart] = read.getWorksheet("Search")!.getCharts();
    expect(chart.chartTypes[0].type).toBe("scatter");
    const series = JSON.stringify(chart.chartTypes[0].series[0]);
    expect(series).toContain("'Search'!$B$2:$B$4");
    expect(series).toContain("'Search'!$C$2:$C$4");
    expect(series).toMatch(/xVal/);
  });

  it("office.js draws an XYScatter with the categories as its x axis", async () => {
    const { host, fake } = excelHostOver();
    await host.writePlan(plan);
    expect(fake.sheet("Search").charts()).toEqual([
      expect.objectContaining({
        type: "XYScatter",
        title: "Cost against CO2e",
        series: [{ name: "Front", values: "C2:C4", xAxisValues: "B2:B4" }],
      }),
    ]);
  });
});
