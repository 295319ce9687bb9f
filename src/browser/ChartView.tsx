/**
 * One sheet chart drawn with Fluent's own charts. This module is the only one that imports
 * @fluentui/react-charts (d3 and all), and SheetCharts loads it with a dynamic import(), so the
 * page's first bundle stays without it.
 */
import {
  GroupedVerticalBarChart,
  HorizontalBarChartWithAxis,
  Legends,
  LineChart,
  ScatterChart,
  VerticalStackedBarChart,
} from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../i18n/translate";
import type { ViewChart } from "../workbook/sheetView";
import {
  allZero,
  BAR_PX,
  categoryLabels,
  isPercentFormat,
  horizontalBars,
  pointsPerCategory,
  seriesColour,
  thinnedLabels,
  valueFormatter,
} from "./chartData";
import { axisLabelWidth, truncatedLabel } from "./axisLabelWidth";

export interface ChartViewProps {
  chart: ViewChart;
  language: Language;
  /** The box the chart is shown in; a chart taller than it scrolls inside it. */
  width: number;
  height: number;
}

/** Above a horizontal bar plot: the box's title is outside the chart, so little room is needed. */
const TOP_MARGIN = 4;
/**
 * What Fluent keeps around a horizontal bar plot (the top margin, 35 px for the x axis, 8 px and
 * half a bar at either end), so the plot gets the bars' own height.
 */
const BAR_CHART_MARGINS = TOP_MARGIN + 35 + 2 * 8 + BAR_PX;
/** Room for a bar's value label ("265.7k") right of the longest bar. */
const VALUE_LABEL_PX = 44;
/** What a vertical chart's value axis and margins take of its width. */
const VALUE_AXIS_PX = 80;
/** Room for a legend line above a chart whose plot scrolls. */
const LEGEND_HEIGHT = 32;
/** Category labels longer than this are cut with an ellipsis; the full text is their tooltip. */
const LABEL_CHARS = 24;

const useStyles = makeStyles({
  frame: { display: "flex", flexDirection: "column" },
  scroller: { flex: "1 1 auto", minHeight: 0, overflowY: "auto", overflowX: "hidden" },
  // Fluent sizes a chart to its container: the container must keep its height in the flex column.
  plot: { flex: "0 0 auto" },
  // Fluent's legend capitalises every word; a series is named as its header cell says.
  legend: { textTransform: "none" },
  legendBar: { flex: "0 0 auto", color: tokens.colorNeutralForeground1 },
});

/**
 * A chart in a box of the size asked for (Fluent's cartesian charts fit themselves to their
 * container). Horizontal bars keep a readable height per bar however many categories there are:
 * their plot scrolls inside the box under a legend that stays put.
 */
export default function ChartView({ chart, language, width, height }: ChartViewProps) {
  const styles = useStyles();
  const labels = categoryLabels(chart, language);
  const legendProps = { enabledWrapLines: true, styles: { text: styles.legend } };
  const format = valueFormatter(chart.series[0]?.format, language);
  const culture = language === "da" ? "da-DK" : "en-GB";

  if (chart.kind === "bar")
    return (
      <BarChartFrame
        chart={chart}
        labels={labels}
        format={format}
        culture={culture}
        width={width}
        height={height}
      />
    );

  const common = {
    hideLegend: chart.series.length < 2,
    legendProps,
    enableReflow: false,
    culture,
    roundedTicks: true,
    yAxisTickFormat: (value: number) => format(value),
    ...(allZero(chart) ? { yMaxValue: 1 } : {}),
  };
  let drawn: JSX.Element;
  if (chart.kind === "column" || chart.kind === "columnStacked") {
    const categories = pointsPerCategory(chart, labels);
    drawn =
      chart.kind === "column" ? (
        <GroupedVerticalBarChart
          {...common}
          wrapXAxisLables
          // Bars as wide as the categories allow (Fluent's default packs 16 px bars in the middle,
          // too narrow to show the categories' labels).
          barWidth="auto"
          maxBarWidth={48}
          data={categories.map(({ label, points }) => ({
            name: label,
            series: points.map((p, k) => ({ key: `${k}`, data: p.value, legend: p.legend, color: p.color })),
          }))}
        />
      ) : (
        <VerticalStackedBarChart
          {...common}
          wrapXAxisLables
          data={categories.map(({ label, points }) => ({
            xAxisPoint: label,
            chartData: points.map((p) => ({ legend: p.legend, data: p.value, color: p.color })),
          }))}
        />
      );
  } else if (chart.kind === "scatter") {
    drawn = (
      <ScatterChart
        {...common}
        data={{
          scatterChartData: chart.series.map((s, k) => ({
            legend: s.name,
            color: seriesColour(k),
            data: s.values.flatMap((y, i) => {
              const x = chart.categories[i]?.value;
              return y !== null && typeof x === "number" ? [{ x, y }] : [];
            }),
          })),
        }}
      />
    );
  } else {
    // A line over categories: x is the category's position, labelled with the category's text, as
    // Excel spaces a line chart's categories evenly whatever they hold; as many labels as fit.
    const shown = thinnedLabels(labels, width - VALUE_AXIS_PX);
    drawn = (
      <LineChart
        {...common}
        data={{
          lineChartData: chart.series.map((s, k) => ({
            legend: s.name,
            color: seriesColour(k),
            data: s.values.flatMap((y, i) => (y === null ? [] : [{ x: i + 1, y }])),
          })),
        }}
        tickValues={shown.map((i) => i + 1)}
        xAxis={{ tickText: shown.map((i) => labels[i]) }}
        {...(chart.valueAxisMin !== undefined ? { yMinValue: chart.valueAxisMin } : {})}
      />
    );
  }
  return <div style={{ width, height }}>{drawn}</div>;
}

/**
 * Horizontal bars in a frame of the box's size: the legend on top, the plot below at its own
 * height, scrolling. The legend works as Fluent's own: a series picked there is highlighted.
 */
function BarChartFrame({
  chart,
  labels,
  format,
  culture,
  width,
  height,
}: {
  chart: ViewChart;
  labels: readonly string[];
  format: (value: number) => string;
  culture: string;
  width: number;
  height: number;
}) {
  const styles = useStyles();
  const [selected, setSelected] = useState<string[]>([]);
  const legend = chart.series.length > 1;
  const bars = horizontalBars(chart, labels, (value) => format(value));
  const visible = height - (legend ? LEGEND_HEIGHT : 0);
  const plotHeight = Math.max(visible, bars.yMax + BAR_CHART_MARGINS);
  const percent = isPercentFormat(chart.series[0]?.format);
  // A share's bar would be labelled 0.15 next to ticks in per cent, and a bar running below zero
  // (a saving that turns into a loss) would have its label drawn over the category's: their ticks
  // alone say what they are worth.
  const negative = chart.series.some((s) => s.values.some((v) => v !== null && v < 0));
  const hideLabels = percent || negative;
  // Room for the category labels as drawn, and right of the longest bar for its value label.
  const margins = {
    top: TOP_MARGIN,
    left: axisLabelWidth(bars.tickText.map((l) => truncatedLabel(l, LABEL_CHARS))) + 20,
    right: hideLabels ? 20 : VALUE_LABEL_PX,
  };
  return (
    <div className={styles.frame} style={{ width, height }}>
      {legend && (
        <div className={styles.legendBar}>
          <Legends
            legends={chart.series.map((s, k) => ({ title: s.name, color: seriesColour(k) }))}
            enabledWrapLines
            styles={{ text: styles.legend }}
            selectedLegends={selected}
            onChange={(legends) => setSelected(legends)}
          />
        </div>
      )}
      <div className={styles.scroller}>
        <div className={styles.plot} style={{ width, height: plotHeight }}>
          <HorizontalBarChartWithAxis
            // Fluent (9.3.25) takes a changed legendProps.selectedLegends into its state but only
            // highlights when the selection was there at mount: a new selection mounts it anew.
            key={selected.join("\n")}
            margins={margins}
            data={bars.data}
            hideLegend
            legendProps={{ selectedLegends: selected }}
            enableReflow={false}
            culture={culture}
            barHeight={BAR_PX}
            yMaxValue={bars.yMax}
            yAxisTickValues={bars.tickValues}
            yAxis={{ tickText: bars.tickText }}
            showYAxisLables
            showYAxisLablesTooltip
            noOfCharsToTruncate={LABEL_CHARS}
            hideLabels={hideLabels}
            {...(percent ? { tickFormat: ".0%" } : {})}
          />
        </div>
      </div>
    </div>
  );
}
