import { describe, expect, it } from "vitest";
import {
  BAR_PX,
  GAP_PX,
  allZero,
  categoryLabels,
  horizontalBars,
  isPercentFormat,
  pointsPerCategory,
  thinnedLabels,
  valueFormatter,
} from "../../src/browser/chartData";
import type { ViewChart } from "../../src/workbook/sheetView";

/** The dashboards' "time out vs parked at home": a share per vehicle, two series. */
const activity = (vehicles: number): ViewChart => ({
  kind: "bar",
  title: "Time out vs parked at home",
  categories: Array.from({ length: vehicles }, (_, i) => ({ value: `Car ${i + 1}` })),
  series: [
    { name: "Out", values: Array.from({ length: vehicles }, (_, i) => 0.1 + i / 1000), format: "0.0%" },
    { name: "Parked at home", values: Array.from({ length: vehicles }, () => 0.8), format: "0.0%" },
  ],
});

describe("horizontal bars", () => {
  it("puts the two series of a category side by side, never on one another, in the sheet's order from the top", () => {
    const chart = activity(40);
    const bars = horizontalBars(chart, categoryLabels(chart, "en"), String);
    expect(bars.data).toHaveLength(80);
    const ys = bars.data.map((b) => b.y as number).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(BAR_PX);
    // Car 1 on top, its "Out" bar above its "Parked at home" bar, both above Car 2's.
    const y = (label: string, legend: string) =>
      bars.data.find((b) => b.yAxisCalloutData === label && b.legend === legend)!.y as number;
    expect(y("Car 1", "Out") - y("Car 1", "Parked at home")).toBe(BAR_PX);
    expect(y("Car 1", "Parked at home") - y("Car 2", "Out")).toBe(BAR_PX + GAP_PX);
    expect(y("Car 40", "Parked at home")).toBeGreaterThan(0);
    expect(y("Car 1", "Out")).toBeLessThan(bars.yMax);
  });

  it("grows with the categories: every bar keeps its thickness, one tick per category at its pair's middle", () => {
    for (const n of [1, 4, 40]) {
      const chart = activity(n);
      const bars = horizontalBars(chart, categoryLabels(chart, "en"), String);
      expect(bars.yMax).toBe(n * (2 * BAR_PX + GAP_PX));
      expect(bars.tickText).toEqual(Array.from({ length: n }, (_, i) => `Car ${i + 1}`));
      bars.tickValues.forEach((tick, i) => {
        const pair = bars.data.filter((b) => b.yAxisCalloutData === `Car ${i + 1}`).map((b) => b.y as number);
        expect(tick).toBe((pair[0] + pair[1]) / 2);
      });
    }
  });

  it("gives each bar's tooltip the category and the value as the page formats it; a bar's own value three digits", () => {
    const chart: ViewChart = {
      kind: "bar",
      title: "km per vehicle",
      categories: [{ value: "Peugeot 208" }, { value: null }],
      series: [{ name: "km", values: [949.2345, null] }],
    };
    const format = valueFormatter(undefined, "da");
    const bars = horizontalBars(chart, categoryLabels(chart, "da"), (v) => format(v));
    expect(bars.data.map((b) => [b.x, b.yAxisCalloutData, b.xAxisCalloutData])).toEqual([
      [949, "Peugeot 208", "949,2"],
      // An empty category cell is named by its position, an empty value cell draws no bar.
      [0, "2", "0"],
    ]);
  });
});

describe("chart values", () => {
  it("maps the series per category the same way for clustered and stacked columns", () => {
    const chart: ViewChart = {
      kind: "columnStacked",
      title: "Fleet by type",
      categories: [
        { value: 2026, format: "0" },
        { value: 2027, format: "0" },
      ],
      series: [
        { name: "Bikes", values: [1, 2] },
        { name: "EVs", values: [8, null] },
      ],
    };
    expect(pointsPerCategory(chart, categoryLabels(chart, "en"))).toEqual([
      {
        label: "2026",
        points: [
          { legend: "Bikes", value: 1, color: "#4472C4" },
          { legend: "EVs", value: 8, color: "#ED7D31" },
        ],
      },
      {
        label: "2027",
        points: [
          { legend: "Bikes", value: 2, color: "#4472C4" },
          { legend: "EVs", value: 0, color: "#ED7D31" },
        ],
      },
    ]);
  });

  it("writes value ticks as the cells are formatted: shares in per cent, other values compact, in the page's language", () => {
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat('#,##0 "kr."')).toBe(false);
    expect(isPercentFormat('0 "% of today"')).toBe(false);
    expect(valueFormatter("0.0%", "en")(0.25)).toBe("25%");
    expect(valueFormatter("0.0%", "da")(0.125)).toMatch(/^12,5\s%$/);
    expect(valueFormatter('#,##0 "kr."', "en")(1_909_914)).toBe("1.9m");
    expect(valueFormatter('#,##0 "kr."', "da")(1_909_914)).toMatch(/^1,9\smio\.$/);
  });

  it("labels as many categories as fit the axis, the first always", () => {
    const hours = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, "0")}:00`);
    expect(thinnedLabels(hours, 2000)).toHaveLength(24);
    const shown = thinnedLabels(hours, 320);
    expect(shown[0]).toBe(0);
    expect(shown.length).toBeLessThanOrEqual(Math.floor(320 / (5 * 7 + 8)));
    expect(shown.length).toBeGreaterThan(3);
    expect(new Set(shown.map((i, k) => (k === 0 ? 0 : i - shown[k - 1]))).size).toBeLessThanOrEqual(2);
    expect(thinnedLabels([], 320)).toEqual([]);
  });

  it("knows a chart of nothing but zeros", () => {
    const zeros: ViewChart = {
      kind: "column",
      title: "Unallocated trips per day",
      categories: [{ value: 45719 }, { value: 45720 }],
      series: [{ name: "Trips", values: [0, null] }],
    };
    expect(allZero(zeros)).toBe(true);
    expect(allZero({ ...zeros, series: [{ name: "Trips", values: [0, 2] }] })).toBe(false);
  });
});
