import { describe, expect, it } from "vitest";
import { dashboardPlan, dashboardPlanOf } from "../../../src/workbook/plan/dashboardPlan";
import {
  checkPlanChart,
  checkPlanConditionalFormat,
  isFormula,
  NUMBER_FORMATS,
} from "../../../src/workbook/plan/types";
import type { DashboardInput } from "../../../src/core/dashboards/dashboardInput";
import { plannedCells } from "../businesscase/planCells";
import { scenarioFixture } from "../businesscase/scenarioFixture";
import { rangeValues } from "./chartCells";

const H = 3_600_000;
const DAY0 = Date.UTC(2024, 0, 1);
const input: DashboardInput = {
  fromMs: DAY0,
  periodDays: 2,
  vehicles: [
    { name: "Yaris AB1", electric: false },
    { name: "Zoe CD2", electric: true },
  ],
  trips: [
    { startMs: DAY0 + 8 * H, endMs: DAY0 + 14 * H, km: 60, vehicle: 0 },
    { startMs: DAY0 + 36 * H, endMs: DAY0 + 42 * H, km: 20, vehicle: 1 },
  ],
  shifts: null,
  co2eTonnes: 0.012,
};
const sheet = dashboardPlan(input, {
  language: "en",
  location: "Rådhuset",
  kmThreshold: 40,
  activityThreshold: 0.2,
  runId: "t",
});
const cells = plannedCells(sheet);
const valueAt = (a: string) => {
  const c = cells.get(a)?.cell;
  return isFormula(c ?? null) ? (c as { result: unknown }).result : c;
};
const rowOf = (label: string): number => {
  for (const [address, { cell }] of cells)
    if (cell === label && address.startsWith("A")) return Number(address.slice(1));
  throw new Error(`no row "${label}"`);
};

describe("the dashboard sheet", () => {
  it("shows the overview figures as numbers with units, and the thresholds as editable cells", () => {
    expect(valueAt(`B${rowOf("Total km driven")}`)).toBe(80);
    expect(valueAt(`B${rowOf("Share of km driven electric")}`)).toBe(0.25);
    expect(cells.get(`B${rowOf("Share of km driven electric")}`)?.numberFormat).toBe(NUMBER_FORMATS.percent);
    expect(cells.get(`B${rowOf("CO2e in the period")}`)?.numberFormat).toBe('#,##0.00 "t CO2e"');
    const kmThresholdRow = rowOf("Low use below (km per vehicle and period)");
    expect(valueAt(`B${kmThresholdRow}`)).toBe(40);
    // The heat maps' low-use rules read these very cells.
    const rules = (sheet.conditionalFormats ?? []).filter((c) => c.kind === "threshold");
    expect(rules.map((r) => r.kind === "threshold" && r.value)).toEqual([
      `$B$${kmThresholdRow}`,
      `$B$${kmThresholdRow + 1}`,
      `$B$${kmThresholdRow + 1}`,
    ]);
    for (const cf of sheet.conditionalFormats ?? []) checkPlanConditionalFormat(cf, "dashboards");
  });

  it("has a km heat map per vehicle and day with a live total", () => {
    const header = rowOf("km per vehicle per day") + 1;
    expect(valueAt(`B${header}`)).toBe(45292); // 2024-01-01 as an Excel date
    expect(cells.get(`B${header}`)?.numberFormat).toBe(NUMBER_FORMATS.date);
    expect([valueAt(`A${header + 1}`), valueAt(`B${header + 1}`), valueAt(`C${header + 1}`)]).toEqual([
      "Yaris AB1",
      60,
      0,
    ]);
    expect(cells.get(`D${header + 2}`)?.cell).toEqual({
      formula: "=SUM(B" + (header + 2) + ":C" + (header + 2) + ")",
      result: 20,
    });
    const heat = (sheet.conditionalFormats ?? [])[0];
    expect(heat).toMatchObject({ kind: "colorScale", range: `B${header + 1}:C${header + 2}` });
  });

  it("shows the share of each day out and out vs parked for the whole period", () => {
    const header = rowOf("Share of time out per day (of the whole day)") + 1;
    expect(valueAt(`B${header + 1}`)).toBe(6 / 24);
    expect(valueAt(`D${header + 1}`)).toBe(6 / 48);
    const shiftHeader = rowOf("Time out vs parked at home per shift (whole period)") + 1;
    const table = sheet.tables.find((t) => t.name === "TimeOut_t")!;
    expect(table.row).toBe(shiftHeader);
    expect(table.columns.map((c) => c.header)).toEqual([
      "Vehicle",
      "Out: Whole day",
      "Out: Whole period",
      "Parked at home",
    ]);
    expect(table.rows[1][3]).toEqual({ formula: `=1-C${shiftHeader + 2}`, result: 1 - 6 / 48 });
  });

  it("with a Vagtlag, shows time out per shift, an overnight shift named by its clock times", () => {
    const shifts = [
      { startMin: 8 * 60, endMin: 16 * 60, breakMin: null },
      { startMin: 22 * 60, endMin: 6 * 60, breakMin: null },
    ];
    const withShifts = dashboardPlan(
      { ...input, shifts },
      { language: "da", location: "Rådhuset", kmThreshold: 40, activityThreshold: 0.2, runId: "s" },
    );
    const table = withShifts.tables.find((t) => t.name === "TimeOut_s")!;
    expect(table.columns.map((c) => c.header)).toEqual([
      "Køretøj",
      "Ude: 08:00–16:00",
      "Ude: 22:00–06:00",
      "Ude: Hele perioden",
      "Parkeret hjemme",
    ]);
    // The Yaris is out 08–14 on day 1: 6 of the day shift's 16 hours over two days.
    expect(table.rows[0].slice(1, 4)).toEqual([6 / 16, 0, 6 / 32]);
    expect(plannedCells(withShifts).has("A1")).toBe(true);
    expect([...plannedCells(withShifts).values()].map((c) => c.cell)).toContain(
      "Andel af tiden ude pr. dag (af vagttimerne)",
    );
  });

  it("counts free vehicles per hour of the day", () => {
    const table = sheet.tables.find((t) => t.name === "FreeByHour_t")!;
    expect(table.rows).toHaveLength(24);
    expect(table.rows[8]).toEqual([8, 1, 1.5]); // the Yaris out 08–14 on day 1 only
    expect(table.rows[20]).toEqual([20, 2, 2]);
    expect(table.columns?.[0]?.format).toBe('00":00"');
  });

  it("charts km per vehicle, time out vs parked and free vehicles by hour from its own cells", () => {
    const charts = sheet.charts ?? [];
    expect(charts.map((c) => c.kind)).toEqual(["barClustered", "barClustered", "line"]);
    for (const c of charts) checkPlanChart(c, "dashboards");
    expect(rangeValues(sheet, charts[0].categories)).toEqual(["Yaris AB1", "Zoe CD2"]);
    expect(rangeValues(sheet, charts[0].series[0].values)).toEqual([60, 20]);
    expect(rangeValues(sheet, charts[2].series[0].values)[8]).toBe(1);
  });

  it("takes the thresholds from the scenario's parameters", () => {
    const { result } = scenarioFixture("da");
    const [da] = dashboardPlanOf(result, "da", "x").sheets;
    const daCells = plannedCells(da);
    const found = [...daCells.values()].map((c) => c.cell);
    expect(found).toContain(result.params.dashboardKmThreshold);
    expect(found).toContain(result.params.dashboardActivityThreshold / 100);
    expect(found).toContain("FleetOptimiser-dashboards: Loc");
  });
});
