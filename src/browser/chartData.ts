/**
 * A sheet chart's numbers shaped for Fluent's charts: no React here, so the shapes are tested on
 * their own. ChartView only picks the chart component.
 */
import type { HorizontalBarChartWithAxisDataPoint } from "@fluentui/react-charts";
import type { Language } from "../i18n/translate";
import type { ViewChart } from "../workbook/sheetView";
import { cellText } from "./cellText";

/** Excel's default series colours (Office theme accents 1–6). */
export const SERIES_COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

export const seriesColour = (k: number): string => SERIES_COLOURS[k % SERIES_COLOURS.length];

/** The category labels as the sheet shows its cells; an empty cell gets its position, as in Excel. */
export function categoryLabels(chart: ViewChart, language: Language): string[] {
  return chart.categories.map((c, i) => cellText(c.value, c.format, language) || String(i + 1));
}

export interface CategoryPoint {
  legend: string;
  value: number;
  color: string;
}

/**
 * Per category, one point per series in the series' order and colour: what clustered and stacked
 * columns both draw. An empty cell counts as 0, as Excel leaves its bar out.
 */
export function pointsPerCategory(
  chart: ViewChart,
  labels: readonly string[],
): { label: string; points: CategoryPoint[] }[] {
  return labels.map((label, i) => ({
    label,
    points: chart.series.map((s, k) => ({ legend: s.name, value: s.values[i] ?? 0, color: seriesColour(k) })),
  }));
}

/**
 * Horizontal bars in pixels: each bar {@link BAR_PX} thick, a gap of {@link GAP_PX} between
 * categories, the series of one category side by side as Excel clusters them.
 */
export const BAR_PX = 16;
export const GAP_PX = 8;

export interface HorizontalBars {
  data: HorizontalBarChartWithAxisDataPoint[];
  /** The y axis's extent, in pixels: the plot height the bars need at {@link BAR_PX} each. */
  yMax: number;
  /** One tick per category, at its cluster's middle, with its label. */
  tickValues: number[];
  tickText: string[];
}

/**
 * Fluent's horizontal bar chart stacks the points of one category label, and has no clustered
 * variant; on a numeric y axis it draws each point at its own y. So each bar gets a y of its own
 * (in pixels from the bottom: the first category on top, as the sheet lists it, its first series
 * uppermost), and the axis is labelled with the categories at their clusters' middles.
 */
export function horizontalBars(
  chart: ViewChart,
  labels: readonly string[],
  valueText: (value: number, series: number) => string,
): HorizontalBars {
  const n = Math.max(1, chart.series.length);
  const cluster = n * BAR_PX + GAP_PX;
  const yMax = labels.length * cluster;
  const base = (i: number) => (labels.length - 1 - i) * cluster;
  const data = labels.flatMap((label, i) =>
    chart.series.map((s, k) => {
      const x = s.values[i] ?? 0;
      return {
        // Fluent labels each bar with its value to two decimals (949.23 beside 2.9k): three
        // significant digits read alike; the tooltip gives the value as the sheet formats it.
        x: x === 0 ? 0 : Number(x.toPrecision(3)),
        y: base(i) + GAP_PX / 2 + (n - 1 - k) * BAR_PX + BAR_PX / 2,
        legend: s.name,
        color: seriesColour(k),
        yAxisCalloutData: label,
        xAxisCalloutData: valueText(x, k),
      };
    }),
  );
  return {
    data,
    yMax,
    tickValues: labels.map((_, i) => base(i) + cluster / 2),
    tickText: [...labels],
  };
}

/**
 * A value in the page's language, short enough for an axis tick: as a percentage when the series'
 * cells are formatted as one (0.2 → 20 %), otherwise compact (1,909,914 → 1.9m, 1,9 mio.).
 */
export function valueFormatter(format: string | undefined, language: Language): (value: number) => string {
  const locale = language === "da" ? "da-DK" : "en-GB";
  const intl = isPercentFormat(format)
    ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 })
    : new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  return (value) => intl.format(value);
}

/** Whether a number format shows its value as a percentage (a % outside quoted text). */
export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && /%/.test(format.replace(/"[^"]*"/g, ""));
}

/**
 * A value axis for a chart of nothing but zeros (no trip left over on any day) runs 0 to 1, as in
 * Excel, instead of Fluent's lone 0 in the middle of the plot.
 */
export function allZero(chart: ViewChart): boolean {
  return chart.series.every((s) => s.values.every((v) => v === null || v === 0));
}

/**
 * Which category labels an axis of `width` pixels can show without overlapping: every label when
 * they fit, else every k-th (the first always), so 24 hours show as 00:00, 03:00, 06:00 …
 */
export function thinnedLabels(labels: readonly string[], width: number, pxPerChar = 7): number[] {
  if (labels.length === 0) return [];
  const widest = Math.max(...labels.map((l) => l.length)) * pxPerChar + 8;
  const fit = Math.max(1, Math.floor(width / widest));
  const step = Math.ceil(labels.length / fit);
  return labels.flatMap((_, i) => (i % step === 0 ? [i] : []));
}
