import { afterEach, describe, expect, it } from "vitest";
import { REPORT_EXAMPLE_INPUTS } from "../../../src/core/businesscase/inputs";
import { businessCasePlan } from "../../../src/workbook/plan/businessCasePlan";
import type { PlanChart, WorkbookPlan } from "../../../src/workbook/plan/types";
import { excelHostOver, uninstallExcelHost } from "./excelHostFixture";

afterEach(uninstallExcelHost);

const LINE: PlanChart = {
  kind: "line",
  title: "Cash flow",
  categories: "B1:D1",
  series: [
    { name: "Net", values: "B2:D2" },
    { name: "Cumulative", values: "B3:D3" },
  ],
  anchor: { row: 6, col: 1, widthCols: 6, heightRows: 15 },
};

const TORNADO: PlanChart = {
  kind: "barClustered",
  title: "Sensitivity",
  categories: "A10:A11",
  series: [
    { name: "-20 %", values: "B10:B11" },
    { name: "+20 %", values: "C10:C11" },
  ],
  anchor: { row: 22, col: 2, widthCols: 5, heightRows: 10 },
};

function chartPlan(charts: PlanChart[]): WorkbookPlan {
  return {
    sheets: [
      {
        name: "Case",
        ranges: [
          { row: 1, col: 2, values: [[1, 2, 3]] },
          { row: 2, col: 2, values: [[-100, 50, 70]] },
          { row: 3, col: 2, values: [[-100, -50, 20]] },
          {
            row: 10,
            col: 1,
            values: [
              ["Fuel", 90, 110],
              ["Km", 80, 120],
            ],
          },
        ],
        tables: [],
        charts,
      },
    ],
  };
}

describe("plan charts in Excel (office.js)", () => {
  it("adds native charts with named series over their ranges, a title and the anchor", async () => {
    const { host, fake } = excelHostOver({ sheets: [{ name: "Data", values: [["x"]] }] });
    await host.writePlan(chartPlan([LINE, TORNADO]));
    expect(fake.sheet("Case").charts()).toEqual([
      {
        type: "Line",
        title: "Cash flow",
        seriesBy: "Rows",
        source: "B2:D2",
        series: [
          { name: "Net", values: "B2:D2", xAxisValues: "B1:D1" },
          { name: "Cumulative", values: "B3:D3", xAxisValues: "B1:D1" },
        ],
        legend: { visible: true, position: "Bottom" },
        valueAxisMinimum: null,
        position: "A6:F20",
      },
      {
        type: "BarClustered",
        title: "Sensitivity",
        seriesBy: "Columns",
        source: "B10:B11",
        series: [
          { name: "-20 %", values: "B10:B11", xAxisValues: "A10:A11" },
          { name: "+20 %", values: "C10:C11", xAxisValues: "A10:A11" },
        ],
        legend: { visible: true, position: "Bottom" },
        valueAxisMinimum: null,
        position: "B22:F31",
      },
    ]);
  });

  it("starts the value axis where the plan says (0 for amounts compared side by side)", async () => {
    const { host, fake } = excelHostOver();
    await host.writePlan(chartPlan([{ ...LINE, kind: "columnClustered", valueAxisMin: 0 }, TORNADO]));
    expect(
      fake
        .sheet("Case")
        .charts()
        .map((c) => c.valueAxisMinimum),
    ).toEqual([0, null]);
  });

  it("maps a column chart to ColumnClustered", async () => {
    const { host, fake } = excelHostOver();
    await host.writePlan(chartPlan([{ ...LINE, kind: "columnClustered" }]));
    expect(
      fake
        .sheet("Case")
        .charts()
        .map((c) => c.type),
    ).toEqual(["ColumnClustered"]);
  });

  it("leaves charts out without an error below ExcelApi 1.7, and still writes the cells", async () => {
    const { host, fake } = excelHostOver({ excelApiVersion: "1.6" });
    await host.writePlan(chartPlan([LINE, TORNADO]));
    expect(fake.sheet("Case").charts()).toEqual([]);
    expect(fake.sheet("Case").cell("D2").value).toBe(70);
  });

  it("refuses a bad chart before touching the workbook, on any Excel version", async () => {
    for (const version of ["1.6", "1.17"]) {
      const { host, fake } = excelHostOver({ excelApiVersion: version });
      const before = fake.sheetNames();
      const bad = { ...LINE, series: [{ name: "Net", values: "B2:C2" }] };
      await expect(host.writePlan(chartPlan([bad]))).rejects.toThrow(/2 values but there are 3/);
      expect(fake.sheetNames()).toEqual(before);
    }
  });

  it("draws the business case's cash-flow and tornado charts", async () => {
    const { host, fake } = excelHostOver();
    const [name] = await host.writePlan(
      businessCasePlan({ language: "en", inputs: { ...REPORT_EXAMPLE_INPUTS } }),
    );
    const charts = fake.sheet(name).charts();
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ["Line", "Cash flow of the scenario (kr)"],
      ["BarClustered", "Sensitivity: one factor at a time"],
    ]);
    expect(charts[0].series.map((s) => [s.values, s.xAxisValues])).toEqual([
      ["B72:F72", "B69:F69"],
      ["B75:F75", "B69:F69"],
    ]);
    expect(charts[1].series.map((s) => [s.values, s.xAxisValues])).toEqual([
      ["E80:E83", "A80:A83"],
      ["F80:F83", "A80:A83"],
    ]);
  });
});
