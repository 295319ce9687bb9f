import { Workbook } from "@cj-tech-master/excelts";
import { unzip } from "@cj-tech-master/excelts/archive";
import { describe, expect, it } from "vitest";
import { loadWorkbook } from "../../../src/hosts/file/readXlsx";
import { writePlanToWorkbook } from "../../../src/hosts/file/writePlan";
import { qualified } from "../../../src/hosts/file/writeCharts";
import type { PlanChart, WorkbookPlan } from "../../../src/workbook/plan/types";

const CASH_CHART: PlanChart = {
  kind: "line",
  title: "Cash flow",
  categories: "B1:D1",
  series: [
    { name: "Net", values: "B2:D2" },
    { name: "Cumulative", values: "$B$3:$D$3" },
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
  anchor: { row: 22, col: 1, widthCols: 6, heightRows: 15 },
};

function chartPlan(charts: PlanChart[]): WorkbookPlan {
  return {
    sheets: [
      {
        name: "Break-even case",
        ranges: [
          { row: 1, col: 2, values: [[1, 2, 3]] },
          { row: 2, col: 2, values: [[-100, { formula: "=B2+150", result: 50 }, 70]] },
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

async function roundTrip(plan: WorkbookPlan): Promise<Workbook> {
  const wb = new Workbook();
  await writePlanToWorkbook(wb, plan);
  return loadWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("plan charts in the file host (ExcelTS)", () => {
  it("qualifies ranges with the quoted sheet name and absolute references", () => {
    expect(qualified("Bob's case", "B1:D1")).toBe("'Bob''s case'!$B$1:$D$1");
    expect(qualified("Data", "$C$7")).toBe("'Data'!$C$7");
  });

  it("writes native line and clustered bar charts that read back with their series ranges", async () => {
    const wb = await roundTrip(chartPlan([CASH_CHART, TORNADO]));
    const charts = wb.getWorksheet("Break-even case")!.getCharts();
    expect(charts).toHaveLength(2);
    const [line, bar] = charts;

    expect(line.title).toBe("Cash flow");
    expect(line.chartTypes[0].type).toBe("line");
    const lineSeries = line.chartTypes[0].series.map((s) => JSON.stringify(s));
    expect(lineSeries[0]).toContain("'Break-even case'!$B$1:$D$1");
    expect(lineSeries[0]).toContain("'Break-even case'!$B$2:$D$2");
    expect(lineSeries[1]).toContain("'Break-even case'!$B$3:$D$3");
    // The value cache carries the JavaScript result of the formula cell.
    expect(lineSeries[0]).toMatch(/"50"|:50\b/);

    expect(bar.title).toBe("Sensitivity");
    const group = bar.chartTypes[0] as { type: string; barDir?: string; grouping?: string };
    expect(group.type).toBe("bar");
    expect(group.barDir).toBe("bar");
    expect(group.grouping).toBe("clustered");
    const barSeries = bar.chartTypes[0].series.map((s) => JSON.stringify(s));
    expect(barSeries[0]).toContain("'Break-even case'!$A$10:$A$11");
    expect(barSeries[1]).toContain("'Break-even case'!$C$10:$C$11");

    // Anchored at A6, six columns by fifteen rows (0-based cell corners).
    expect(line.model.range).toMatchObject({
      tl: { nativeCol: 0, nativeRow: 5 },
      br: { nativeCol: 6, nativeRow: 20 },
    });
  });

  it("starts the value axis at the plan's minimum, and leaves it to the reader otherwise", async () => {
    const wb = new Workbook();
    await writePlanToWorkbook(
      wb,
      chartPlan([{ ...CASH_CHART, kind: "columnClustered", valueAxisMin: 0 }, TORNADO]),
    );
    const parts = new Map<string, string>();
    for await (const entry of unzip(new Uint8Array(await wb.xlsx.writeBuffer())).entries()) {
      if (/^xl\/charts\/chart\d+\.xml$/.test(entry.path)) parts.set(entry.path, await entry.text());
      else entry.discard();
    }
    const chartXml = [...parts.keys()].sort().map((k) => parts.get(k));
    expect(chartXml).toHaveLength(2);
    expect(chartXml[0]).toMatch(/<c:valAx>[\s\S]*<c:min val="0"\/>[\s\S]*<\/c:valAx>/);
    expect(chartXml[1]).not.toContain("<c:min ");
  });

  it("writes a column chart with vertical bars", async () => {
    const wb = await roundTrip(chartPlan([{ ...CASH_CHART, kind: "columnClustered" }]));
    const [chart] = wb.getWorksheet("Break-even case")!.getCharts();
    expect(chart.chartTypes[0]).toMatchObject({ type: "bar", barDir: "col", grouping: "clustered" });
  });

  it("refuses a chart whose series and categories differ in length, before writing", async () => {
    const wb = new Workbook();
    const bad = { ...CASH_CHART, series: [{ name: "Net", values: "B2:C2" }] };
    await expect(writePlanToWorkbook(wb, chartPlan([bad]))).rejects.toThrow(/2 values but there are 3/);
    expect(wb.worksheets).toHaveLength(0);
  });

  it("refuses a block that is not one row or column", async () => {
    const bad = { ...CASH_CHART, categories: "B1:D2" };
    await expect(writePlanToWorkbook(new Workbook(), chartPlan([bad]))).rejects.toThrow(
      /single row or column/,
    );
  });
});
