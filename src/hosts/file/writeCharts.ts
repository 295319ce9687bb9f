import type { Worksheet } from "@cj-tech-master/excelts";
import { cellAddress } from "../../workbook/sheetData";
import { parseChartRange, type PlanChart } from "../../workbook/plan/types";
import { quoteSheetName } from "./sheetNames";

let chartSupport: Promise<void> | null = null;

/**
 * Loads and installs ExcelTS's chart support once (ExcelTS never installs it implicitly). Loaded
 * on demand, so the browser page only fetches the chart code (some 400 kB) for a plan with charts.
 */
export function loadChartSupport(): Promise<void> {
  chartSupport ??= import("@cj-tech-master/excelts/chart").then((m) => m.installChartSupport());
  return chartSupport;
}

/**
 * Draws a sheet plan's charts as native Excel charts; `loadChartSupport()` must have resolved.
 * Ranges are qualified with the sheet's final name, which is also what lets ExcelTS fill the
 * charts' value caches from the written cells, so readers that do not recalculate still draw the
 * numbers. Exception: with an apostrophe in the sheet name ExcelTS 10.2.0 leaves the caches empty
 * (the references are still right); how Excel shows such a chart on open is not tested.
 */
export function writeCharts(ws: Worksheet, charts: readonly PlanChart[]): void {
  if (charts.length === 0) return;
  for (const chart of charts) {
    const series = chart.series.map((s) => ({
      name: s.name,
      categories: qualified(ws.name, chart.categories),
      values: qualified(ws.name, s.values),
    }));
    const { row, col, widthCols, heightRows } = chart.anchor;
    // ExcelTS anchors are 0-based cell corners: the chart spans widthCols × heightRows cells.
    const range = {
      tl: { col: col - 1, row: row - 1 },
      br: { col: col - 1 + widthCols, row: row - 1 + heightRows },
    };
    const common = {
      title: chart.title,
      series,
      showLegend: true,
      legendPosition: "b" as const,
      ...(chart.valueAxisMin !== undefined ? { valueAxis: { min: chart.valueAxisMin } } : {}),
    };
    if (chart.kind === "line") ws.addLineChart(common, range);
    else if (chart.kind === "xyScatter")
      // Scatter series take their x values from the plan's categories (numbers, not labels).
      ws.addScatterChart(
        {
          ...common,
          scatterStyle: "marker",
          series: series.map((s) => ({ name: s.name, xValues: s.categories, values: s.values })),
        },
        range,
      );
    else
      // addBarChart fixes the direction; addChart takes it (bar: horizontal, col: vertical).
      ws.addChart(
        {
          ...common,
          type: "bar",
          barDir: chart.kind === "barClustered" ? "bar" : "col",
          // Stacked columns overlap fully, or Excel draws the series' parts side by side.
          ...(chart.kind === "columnStacked"
            ? { grouping: "stacked" as const, overlap: 100 }
            : { grouping: "clustered" as const }),
        },
        range,
      );
  }
}

/** "'Business case'!$B$69:$F$69". */
export function qualified(sheetName: string, address: string): string {
  const r = parseChartRange(address);
  const abs = (row: number, c: number) => cellAddress(row, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const first = abs(r.row, r.col);
  const last = abs(r.row + r.rows - 1, r.col + r.cols - 1);
  return `${quoteSheetName(sheetName)}!${first === last ? first : `${first}:${last}`}`;
}
