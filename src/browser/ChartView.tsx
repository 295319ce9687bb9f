/**
 * One sheet chart drawn with Fluent's own charts. This module is the only one that imports
 * @fluentui/react-charts (d3 and all), and SheetCharts loads it with a dynamic import(), so the
 * page's first bundle stays without it.
 */
import {
  GroupedVerticalBarChart,
  HorizontalBarChartWithAxis,
  LineChart,
  ScatterChart,
  VerticalStackedBarChart,
  type HorizontalBarChartWithAxisDataPoint,
} from "@fluentui/react-charts";
import type { Language } from "../i18n/translate";
import { cellText } from "./cellText";
import type { ViewChart } from "../workbook/sheetView";

/** Excel's default series colours (Office theme accents 1–6). */
export const SERIES_COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

export interface ChartViewProps {
  chart: ViewChart;
  language: Language;
  width: number;
  height: number;
}

/**
 * Fluent's cartesian charts size themselves to the box around them (their width and height props
 * only trigger a re-fit), so each chart gets a box of exactly the size asked for.
 */
export default function ChartView(props: ChartViewProps) {
  return (
    <div style={{ width: props.width, height: props.height }}>
      <Chart {...props} />
    </div>
  );
}

function Chart({ chart, language, width, height }: ChartViewProps) {
  const labels = chart.categories.map((c, i) => cellText(c.value, c.format, language) || String(i + 1));
  const colour = (k: number) => SERIES_COLOURS[k % SERIES_COLOURS.length];
  // One series: the chart's title already says what it is, so the legend's room goes to the plot.
  // Value ticks short and in the page's language (1.9M, 1,9 mio.), so they fit beside the plot.
  const compact = new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", {
    notation: "compact",
    maximumFractionDigits: 1,
  });
  const common = {
    width,
    height,
    hideLegend: chart.series.length < 2,
    wrapXAxisLables: true,
    enableReflow: false,
  } as const;
  // Not for horizontal bars, whose y axis holds the categories.
  const valueTicks = { yAxisTickFormat: (value: number) => compact.format(value) };

  if (chart.kind === "column")
    return (
      <GroupedVerticalBarChart
        {...common}
        {...valueTicks}
        data={labels.map((name, i) => ({
          name,
          series: chart.series.map((s, k) => ({
            key: `${k}`,
            data: s.values[i] ?? 0,
            legend: s.name,
            color: colour(k),
          })),
        }))}
      />
    );

  if (chart.kind === "columnStacked")
    return (
      <VerticalStackedBarChart
        {...common}
        {...valueTicks}
        data={labels.map((xAxisPoint, i) => ({
          xAxisPoint,
          chartData: chart.series.map((s, k) => ({
            legend: s.name,
            data: s.values[i] ?? 0,
            color: colour(k),
          })),
        }))}
      />
    );

  if (chart.kind === "bar")
    return (
      <HorizontalBarChartWithAxis
        {...common}
        data={horizontalBars(chart, labels)}
        showYAxisLables
        noOfCharsToTruncate={24}
      />
    );

  if (chart.kind === "scatter")
    return (
      <ScatterChart
        {...common}
        {...valueTicks}
        data={{
          lineChartData: chart.series.map((s, k) => ({
            legend: s.name,
            color: colour(k),
            data: s.values.flatMap((y, i) => {
              const x = chart.categories[i]?.value;
              return y !== null && typeof x === "number" ? [{ x, y }] : [];
            }),
          })),
        }}
      />
    );

  // A line over categories: x is the category's position, labelled with the category's text, as
  // Excel spaces a line chart's categories evenly whatever they hold.
  const positions = labels.map((_, i) => i + 1);
  return (
    <LineChart
      {...common}
      {...valueTicks}
      data={{
        lineChartData: chart.series.map((s, k) => ({
          legend: s.name,
          color: colour(k),
          data: s.values.flatMap((y, i) => (y === null ? [] : [{ x: i + 1, y }])),
        })),
      }}
      tickValues={positions}
      xAxis={{ tickText: labels }}
      {...(chart.valueAxisMin !== undefined ? { yMinValue: chart.valueAxisMin } : {})}
    />
  );
}

/**
 * Horizontal bars, one row per category. Two series that straddle zero (a tornado: the saving
 * when a factor goes down, and when it goes up) share their category's row, as in Excel; other
 * series get a row each, named by category and series.
 */
function horizontalBars(chart: ViewChart, labels: readonly string[]): HorizontalBarChartWithAxisDataPoint[] {
  const tornado =
    chart.series.length === 2 &&
    labels.every((_, i) => {
      const [a, b] = chart.series.map((s) => s.values[i] ?? 0);
      return a * b <= 0;
    });
  return labels.flatMap((label, i) =>
    chart.series.map((s, k) => ({
      x: s.values[i] ?? 0,
      y: chart.series.length === 1 || tornado ? label : `${label} · ${s.name}`,
      legend: s.name,
      color: SERIES_COLOURS[k % SERIES_COLOURS.length],
    })),
  );
}
