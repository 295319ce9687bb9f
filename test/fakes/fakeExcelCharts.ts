/**
 * Fake charts, just enough for plan charts: `worksheet.charts.add(type, range, seriesBy)` (1.1),
 * the title, legend and `setPosition` (1.1), and series naming, `series.add`, `setValues` and
 * `setXAxisValues` (1.7). Ranges must be on the chart's own sheet.
 */
import {
  FakeOfficeError,
  type ModelChart,
  type ModelChartSeries,
  type ModelSheet,
  type Rect,
} from "./fakeExcelModel";
import type { FakeRequestContext } from "./fakeExcelContext";
import { FakeClientObject, liveSheet } from "./fakeExcelProxyBase";
import type { FakeRange } from "./fakeExcelRange";

const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

/** The range's rectangle, checked to lie on `sheet`. */
function rectOn(sheet: ModelSheet, range: FakeRange | string, what: string): Rect {
  if (typeof range === "string")
    throw new FakeOfficeError("InvalidArgument", `The fake's ${what} takes a Range, not "${range}".`);
  const target = range.resolveTarget();
  if (target === null) throw new FakeOfficeError("InvalidArgument", `The ${what} range is a null object.`);
  if (target.sheet !== sheet)
    throw new FakeOfficeError("InvalidArgument", `The ${what} range is on another worksheet.`);
  return target.rect;
}

/** Excel's series of a new chart: one per row or column of the source ("Auto": along the longer side). */
function initialSeries(source: Rect, seriesBy: string): ModelChartSeries[] {
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && source.cols >= source.rows);
  const count = byRows ? source.rows : source.cols;
  return Array.from({ length: count }, (_, i) => ({
    name: `Series${i + 1}`,
    values: byRows
      ? { row: source.row + i, col: source.col, rows: 1, cols: source.cols }
      : { row: source.row, col: source.col + i, rows: source.rows, cols: 1 },
    xAxisValues: null,
  }));
}

export class FakeChartCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => ModelSheet | null,
  ) {}

  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChart {
    if (!SERIES_BY.has(seriesBy))
      throw new FakeOfficeError("InvalidArgument", `seriesBy "${seriesBy}" is not Auto, Columns or Rows.`);
    return new FakeChart(
      this.context,
      () => {
        const owner = this.sheet();
        if (owner === null) throw new FakeOfficeError("ItemNotFound", "The worksheet doesn't exist.");
        const sheet = liveSheet(owner);
        const source = rectOn(sheet, sourceData, "chart source");
        const chart: ModelChart = {
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          seriesBy,
          source,
          title: "",
          series: initialSeries(source, seriesBy),
          legend: { visible: true, position: "Right" },
          valueAxisMinimum: null,
          position: null,
        };
        sheet.charts.push(chart);
        return chart;
      },
      type.length + seriesBy.length + 16,
      () => liveSheet(this.sheet()!),
    );
  }
}

export class FakeChart extends FakeClientObject<ModelChart> {
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  readonly series: FakeChartSeriesCollection;
  readonly axes: { readonly valueAxis: FakeChartValueAxis };

  constructor(
    context: FakeRequestContext,
    resolver: () => ModelChart | null,
    creationBytes: number,
    private readonly sheet: () => ModelSheet,
  ) {
    super(context, "Chart", resolver, creationBytes);
    this.title = new FakeChartTitle(context, () => this.resolveTarget());
    this.legend = new FakeChartLegend(context, () => this.resolveTarget());
    this.series = new FakeChartSeriesCollection(context, () => this.resolveTarget(), sheet);
    this.axes = { valueAxis: new FakeChartValueAxis(context, () => this.resolveTarget()) };
  }

  protected loadable(): Record<string, (t: ModelChart) => unknown> {
    return { name: (t) => t.name };
  }

  get name(): string {
    return this.read("name");
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.act([String(startCell), String(endCell ?? "")], (chart) => {
      const sheet = this.sheet();
      const cell = (c: FakeRange | string, what: string): Rect =>
        typeof c === "string" ? parseCell(c) : rectOn(sheet, c, what);
      const start = cell(startCell, "start cell");
      chart.position = { start, end: endCell === undefined ? start : cell(endCell, "end cell") };
    });
  }
}

function parseCell(address: string): Rect {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new FakeOfficeError("InvalidArgument", `"${address}" is not a cell address.`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1, rows: 1, cols: 1 };
}

export class FakeChartTitle extends FakeClientObject<ModelChart> {
  constructor(context: FakeRequestContext, chart: () => ModelChart | null) {
    super(context, "ChartTitle", chart, false);
  }

  protected loadable(): Record<string, (t: ModelChart) => unknown> {
    return { text: (t) => t.title };
  }

  get text(): string {
    return this.read("text");
  }
  set text(value: string) {
    this.setField("text", value, (t) => {
      t.title = value;
    });
  }
}

export class FakeChartLegend extends FakeClientObject<ModelChart> {
  constructor(context: FakeRequestContext, chart: () => ModelChart | null) {
    super(context, "ChartLegend", chart, false);
  }

  protected loadable(): Record<string, (t: ModelChart) => unknown> {
    return { visible: (t) => t.legend.visible, position: (t) => t.legend.position };
  }

  set visible(value: boolean) {
    this.setField("visible", value, (t) => {
      t.legend.visible = value;
    });
  }
  set position(value: string) {
    this.setField("position", value, (t) => {
      t.legend.position = value;
    });
  }
}

/** chart.axes.valueAxis (ExcelApi 1.1): only `minimum`, which the result charts set. */
export class FakeChartValueAxis extends FakeClientObject<ModelChart> {
  constructor(context: FakeRequestContext, chart: () => ModelChart | null) {
    super(context, "ChartAxis", chart, false);
  }

  protected loadable(): Record<string, (t: ModelChart) => unknown> {
    return { minimum: (t) => t.valueAxisMinimum };
  }

  set minimum(value: number) {
    this.setField("minimum", value, (t) => {
      t.valueAxisMinimum = value;
    });
  }
}

export class FakeChartSeriesCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly chart: () => ModelChart | null,
    private readonly sheet: () => ModelSheet,
  ) {}

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(
      this.context,
      () => {
        const chart = this.chart();
        if (chart === null) return null;
        const series = chart.series[index];
        if (!series) throw new FakeOfficeError("ItemNotFound", `The chart has no series ${index}.`);
        return series;
      },
      8,
      this.sheet,
    );
  }

  /** ExcelApi 1.7: a new, empty series at the end. */
  add(name?: string): FakeChartSeries {
    return new FakeChartSeries(
      this.context,
      () => {
        const chart = this.chart();
        if (chart === null) return null;
        const series: ModelChartSeries = {
          name: name ?? `Series${chart.series.length + 1}`,
          values: null,
          xAxisValues: null,
        };
        chart.series.push(series);
        return series;
      },
      (name ?? "").length + 8,
      this.sheet,
    );
  }
}

export class FakeChartSeries extends FakeClientObject<ModelChartSeries> {
  constructor(
    context: FakeRequestContext,
    resolver: () => ModelChartSeries | null,
    creationBytes: number,
    private readonly sheet: () => ModelSheet,
  ) {
    super(context, "ChartSeries", resolver, creationBytes);
  }

  protected loadable(): Record<string, (t: ModelChartSeries) => unknown> {
    return { name: (t) => t.name };
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.setField("name", value, (t) => {
      t.name = value;
    });
  }

  /** ExcelApi 1.7. */
  setValues(sourceData: FakeRange): void {
    this.act("values", (t) => {
      t.values = rectOn(this.sheet(), sourceData, "series values");
    });
  }

  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: FakeRange): void {
    this.act("xAxisValues", (t) => {
      t.xAxisValues = rectOn(this.sheet(), sourceData, "series x-axis values");
    });
  }
}
