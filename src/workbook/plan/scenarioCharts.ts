import { cellAddress } from "../sheetData";
import type { Language } from "../../core/language";
import type { PlanChart } from "./types";
import { SCENARIO_CHART_LABELS } from "./scenarioChartLabels";

/** Where the scenario sheet's tables landed, so the charts can point at their cells. */
export interface ScenarioChartLayout {
  language: Language;
  /** Row of the KPI header ("Current fleet", "Simulated fleet" in B:C); total cost and CO2e follow. */
  kpiHeaderRow: number;
  /** First data row of the unallocated-per-day table (A: date, B: trips) and its row count. */
  perDay: { firstRow: number; rows: number };
  /** First data row of the trip-length table, its row count, and the simulated fleet's columns. */
  lengths: { firstRow: number; rows: number; series: { name: string; col: number }[] };
  /** Data rows of the vehicle table per fleet (B: vehicle name, H: km in the period). */
  vehicles: { current: { firstRow: number; rows: number }; simulated: { firstRow: number; rows: number } };
  /** First column right of every table, where the charts are stacked. */
  chartCol: number;
}

const CHART_WIDTH_COLS = 9;
const CHART_HEIGHT_ROWS = 18;
const VEHICLE_NAME_COL = 2;
const VEHICLE_KM_COL = 8;

const column = (col: number, firstRow: number, rows: number): string =>
  `${cellAddress(firstRow, col)}:${cellAddress(firstRow + rows - 1, col)}`;

/**
 * The scenario sheet's native charts, stacked in a column right of its tables: yearly cost and
 * CO2e current vs simulated, unallocated trips per day, the trip-length distribution per vehicle
 * type, and km per vehicle of each fleet. Every chart reads cells of the sheet, so the figures
 * stay numbers a reader can check; an empty source (a fleet of no vehicles) gets no chart.
 */
export function scenarioCharts(layout: ScenarioChartLayout): PlanChart[] {
  const L = SCENARIO_CHART_LABELS[layout.language];
  const header = layout.kpiHeaderRow;
  const fleets = `${cellAddress(header, 2)}:${cellAddress(header, 3)}`;
  const kpiRow = (offset: number) => `${cellAddress(header + offset, 2)}:${cellAddress(header + offset, 3)}`;
  const charts: Omit<PlanChart, "anchor">[] = [
    {
      kind: "columnClustered",
      title: L.cost,
      categories: fleets,
      series: [{ name: L.costSeries, values: kpiRow(1) }],
    },
    {
      kind: "columnClustered",
      title: L.co2e,
      categories: fleets,
      series: [{ name: L.co2eSeries, values: kpiRow(2) }],
    },
  ];
  const { perDay, lengths, vehicles } = layout;
  if (perDay.rows > 0)
    charts.push({
      kind: "columnClustered",
      title: L.unallocated,
      categories: column(1, perDay.firstRow, perDay.rows),
      series: [{ name: L.unallocatedSeries, values: column(2, perDay.firstRow, perDay.rows) }],
    });
  if (lengths.rows > 0 && lengths.series.length > 0)
    charts.push({
      kind: "columnClustered",
      title: L.lengths,
      categories: column(1, lengths.firstRow, lengths.rows),
      series: lengths.series.map((s) => ({
        name: s.name,
        values: column(s.col, lengths.firstRow, lengths.rows),
      })),
    });
  for (const [fleet, title] of [
    [vehicles.current, L.kmCurrent],
    [vehicles.simulated, L.kmSimulated],
  ] as const) {
    if (fleet.rows === 0) continue;
    charts.push({
      kind: "barClustered",
      title,
      categories: column(VEHICLE_NAME_COL, fleet.firstRow, fleet.rows),
      series: [{ name: L.kmSeries, values: column(VEHICLE_KM_COL, fleet.firstRow, fleet.rows) }],
    });
  }
  return charts.map((chart, i) => ({
    ...chart,
    // Costs, tonnes, trips and km: compared side by side, so the bars start at 0.
    valueAxisMin: 0,
    anchor: {
      row: 1 + i * (CHART_HEIGHT_ROWS + 1),
      col: layout.chartCol,
      widthCols: CHART_WIDTH_COLS,
      heightRows: CHART_HEIGHT_ROWS,
    },
  }));
}
