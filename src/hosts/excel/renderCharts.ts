import { checkPlanChart, parseChartRange, type PlanChart, type SheetPlan } from "../../workbook/plan/types";
import type { ExcelApiSupport } from "./excelRun";
import { jsonByteLength } from "./chunkRows";
import { rangeAddress } from "./rangeAddress";
import type { WriteStep } from "./runBudgetedSteps";

const OFFICE_CHART_TYPES = {
  line: "Line",
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barClustered: "BarClustered",
  // Markers only: a Pareto front's points are alternatives, not a series over time.
  xyScatter: "XYScatter",
} as const satisfies Record<PlanChart["kind"], `${Excel.ChartType}`>;

/** Naming a series, adding one and pointing it at ranges (setValues, setXAxisValues) need 1.7. */
export const CHART_SERIES_API = "1.7";

export interface ChartStepOptions {
  sheet(): Excel.Worksheet;
  supports?: ExcelApiSupport;
  /** Request bytes of one queued action besides its arguments. */
  actionBytes: number;
}

/**
 * One step per plan chart, queued after the sheet's values and tables: `charts.add` (ExcelApi 1.1)
 * over the first series' values, then every series named and pointed at its values and the
 * categories (1.7), the title, the legend at the bottom and `setPosition` over the anchor cells.
 * Charts are checked even when skipped, so a bad plan fails alike on every Excel version; below
 * ExcelApi 1.7 they are left out (a chart with unnamed series and no categories would mislead).
 */
export function chartSteps(plan: SheetPlan, options: ChartStepOptions): WriteStep[] {
  const charts = plan.charts ?? [];
  for (const chart of charts) checkPlanChart(chart, `Sheet "${plan.name}"`);
  if (!(options.supports?.(CHART_SERIES_API) ?? true)) return [];
  return charts.map((chart) => ({
    bytes: options.actionBytes * (6 + 4 * chart.series.length) + jsonByteLength(chart),
    queue: () => queueChart(options.sheet(), chart),
  }));
}

function queueChart(sheet: Excel.Worksheet, chart: PlanChart): void {
  const [first] = chart.series;
  const created = sheet.charts.add(
    OFFICE_CHART_TYPES[chart.kind],
    sheet.getRange(first.values),
    seriesBy(first.values),
  );
  created.title.text = chart.title;
  created.legend.visible = true;
  created.legend.position = "Bottom";
  if (chart.valueAxisMin !== undefined) created.axes.valueAxis.minimum = chart.valueAxisMin;
  const categories = sheet.getRange(chart.categories);
  chart.series.forEach((s, i) => {
    const series = i === 0 ? created.series.getItemAt(0) : created.series.add(s.name);
    series.name = s.name;
    if (i > 0) series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(categories);
  });
  const { row, col, widthCols, heightRows } = chart.anchor;
  created.setPosition(
    rangeAddress(row, col, 1, 1),
    rangeAddress(row + heightRows - 1, col + widthCols - 1, 1, 1),
  );
}

/** A row of values is one series by rows, a column one by columns: never left to Excel's guess. */
function seriesBy(address: string): "Rows" | "Columns" | "Auto" {
  const r = parseChartRange(address);
  if (r.rows === 1 && r.cols > 1) return "Rows";
  if (r.cols === 1 && r.rows > 1) return "Columns";
  return "Auto";
}
