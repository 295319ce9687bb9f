import type { ScenarioResult } from "../../core/scenario/runScenario";
import type { Language } from "../../core/language";
import {
  dashboardInputOf,
  type DashboardInput,
  type DrivenPeriod,
} from "../../core/dashboards/dashboardInput";
import { dashboardOverview } from "../../core/dashboards/dashboardOverview";
import { idleByHour } from "../../core/dashboards/idleByHour";
import { kmPerVehicle, type KmPeriod } from "../../core/dashboards/kmPerVehicle";
import { timeActivity } from "../../core/dashboards/timeActivity";
import { formatShiftClock } from "../../core/shifts/shiftTypes";
import { MS_PER_DAY } from "../../core/model/constants";
import { formatIsoDate, msToExcelSerial } from "../../core/time/naiveTime";
import { cellAddress } from "../sheetData";
import { DASHBOARD_LABELS } from "./dashboardLabels";
import {
  NUMBER_FORMATS as F,
  type PlanCell,
  type PlanChart,
  type PlanConditionalFormat,
  type PlanRange,
  type PlanTable,
  type SheetPlan,
  type WorkbookPlan,
} from "./types";

export interface DashboardPlanOptions {
  language: Language;
  location: string;
  /** km per vehicle and period below which the heat map marks low use. */
  kmThreshold: number;
  /** Share of time out (0–1) below which the activity map marks low use. */
  activityThreshold: number;
  /** Suffix that keeps table names unique in the workbook; defaults to a time stamp. */
  runId?: string;
}

/** Excel shows the hour 8 as "08:00" while the cell keeps the number 8. */
const HOUR_FORMAT = '00":00"';
const OVERVIEW_ROW = 4;
const CHART_ROW = 4;
const CHART_HEIGHT = 18;
const CHART_WIDTH = 8;
const FIRST_CHART_COL = 4;
const FIRST_TABLE_ROW = CHART_ROW + CHART_HEIGHT + 2;
const SCALE: { lowColor: string; highColor: string } = { lowColor: "#FFFFFF", highColor: "#63BE7B" };
const LOW_USE_FONT = "#C00000";

/** The dashboard sheet of a scenario's data, thresholds from its parameters (Parametre). */
export function dashboardPlanOf(
  result: DrivenPeriod & Pick<ScenarioResult, "location" | "params">,
  language: Language,
  runId?: string,
): WorkbookPlan {
  return {
    sheets: [
      dashboardPlan(dashboardInputOf(result), {
        language,
        location: result.location,
        kmThreshold: result.params.dashboardKmThreshold,
        activityThreshold: result.params.dashboardActivityThreshold / 100,
        runId,
      }),
    ],
  };
}

/**
 * The dashboards (reference §7) on one sheet: the overview figures and the two low-use
 * thresholds (editable cells the conditional formats read), three charts, then the km heat map
 * per vehicle and period, the share of time out per vehicle and day, time out vs parked per
 * shift, and free vehicles by hour of the day. Every figure is a number with a number format.
 */
export function dashboardPlan(input: DashboardInput, options: DashboardPlanOptions): SheetPlan {
  const L = DASHBOARD_LABELS[options.language];
  const runId = options.runId ?? Date.now().toString(36);
  const ranges: PlanRange[] = [];
  const tables: PlanTable[] = [];
  const conditionalFormats: PlanConditionalFormat[] = [];
  const vehicleCount = input.vehicles.length;
  const names = uniqueNames(input.vehicles);
  const lastDay = input.fromMs + (input.periodDays - 1) * MS_PER_DAY;

  ranges.push({ row: 1, col: 1, values: [[L.title(options.location)]], style: "title" });
  ranges.push({
    row: 2,
    col: 1,
    values: [[L.subtitle(formatIsoDate(input.fromMs), formatIsoDate(lastDay), input.periodDays)]],
    style: "note",
  });

  // Overview and thresholds.
  const o = dashboardOverview(input);
  const O = L.overview;
  ranges.push({ row: OVERVIEW_ROW, col: 1, values: [[L.overviewTitle]], style: "subtitle" });
  const overviewRows: [string, number, string][] = [
    [O.km, o.totalKm, F.km],
    [O.trips, o.trips, F.integer],
    [O.co2e, o.co2eTonnes, F.tCo2e],
    [O.electric, o.electricShare, F.percent],
    [O.vehicles, o.vehicles, F.integer],
    [O.kmThreshold, options.kmThreshold, F.km],
    [O.activityThreshold, options.activityThreshold, F.percent],
  ];
  overviewRows.forEach(([label, value, format], i) =>
    ranges.push({
      row: OVERVIEW_ROW + 1 + i,
      col: 1,
      values: [[label, value]],
      columns: [{}, { format }],
    }),
  );
  const kmThresholdCell = `$B$${OVERVIEW_ROW + 6}`;
  const activityThresholdCell = `$B$${OVERVIEW_ROW + 7}`;
  ranges.push({ row: OVERVIEW_ROW + 9, col: 1, values: [[L.thresholdNote]], style: "note" });

  let row = FIRST_TABLE_ROW;
  const lowUse = (range: string, value: string): PlanConditionalFormat[] => [
    { kind: "colorScale", range, ...SCALE },
    { kind: "threshold", range, operator: "below", value, fontColor: LOW_USE_FONT },
  ];

  // km heat map.
  const km = kmPerVehicle(input);
  ranges.push({ row, col: 1, values: [[L.kmTitle[km.periods[0]?.kind ?? "day"]]], style: "subtitle" });
  row += 1;
  const periodHeader = km.periods.map((p) => periodLabel(p, L.week));
  ranges.push({
    row,
    col: 1,
    values: [[L.vehicle, ...periodHeader, L.total]],
    columns: [
      { align: "left" },
      ...km.periods.map((p) => ({ format: p.kind === "day" ? F.date : null, align: "right" as const })),
      { align: "right" },
    ],
    style: "header",
  });
  const kmFirst = row + 1;
  const kmTotalCol = 2 + km.periods.length;
  ranges.push({
    row: kmFirst,
    col: 1,
    values: names.map((n, v) => [n, ...km.km[v], totalFormula(kmFirst + v, 2, kmTotalCol - 1, km.totals[v])]),
    columns: [{}, ...km.periods.map(() => ({ format: F.km })), { format: F.km }],
  });
  conditionalFormats.push(...lowUse(block(kmFirst, 2, vehicleCount, km.periods.length), kmThresholdCell));
  row = kmFirst + vehicleCount + 2;

  // Time out per day.
  const activity = timeActivity(input);
  const withShifts = activity.windows.some((w) => w.shift !== null);
  ranges.push({
    row,
    col: 1,
    values: [[L.activityTitle(withShifts ? L.shiftHours : L.wholeDay)]],
    style: "subtitle",
  });
  row += 1;
  const days = Array.from({ length: input.periodDays }, (_, d) =>
    msToExcelSerial(input.fromMs + d * MS_PER_DAY),
  );
  ranges.push({
    row,
    col: 1,
    values: [[L.vehicle, ...days, L.period]],
    columns: [
      { align: "left" },
      ...days.map(() => ({ format: F.date, align: "right" as const })),
      { align: "right" },
    ],
    style: "header",
  });
  const dayFirst = row + 1;
  ranges.push({
    row: dayFirst,
    col: 1,
    values: names.map((n, v) => [n, ...activity.perDay[v], activity.overall[v]]),
    columns: [{}, ...days.map(() => ({ format: F.percent })), { format: F.percent }],
  });
  conditionalFormats.push(...lowUse(block(dayFirst, 2, vehicleCount, days.length), activityThresholdCell));
  row = dayFirst + vehicleCount + 2;

  // Time out vs parked per shift.
  ranges.push({ row, col: 1, values: [[L.shiftTitle]], style: "subtitle" });
  row += 1;
  const windowNames = activity.windows.map((w) =>
    w.shift
      ? `${formatShiftClock(w.startMin)}–${formatShiftClock(w.startMin + w.lengthMin)}`
      : L.wholeDayShort,
  );
  const shiftFirst = row + 1;
  const outCol = 2 + windowNames.length;
  tables.push({
    name: `TimeOut_${runId}`,
    row,
    col: 1,
    columns: [
      { header: L.vehicle },
      ...windowNames.map((w) => ({ header: `${L.out}: ${w}`, format: F.percent })),
      { header: `${L.out}: ${L.period}`, format: F.percent },
      { header: L.parked, format: F.percent },
    ],
    rows: names.map((n, v): PlanCell[] => [
      n,
      ...activity.perWindow[v],
      activity.overall[v],
      { formula: `=1-${cellAddress(shiftFirst + v, outCol)}`, result: 1 - activity.overall[v] },
    ]),
  });
  conditionalFormats.push(
    ...lowUse(block(shiftFirst, 2, vehicleCount, windowNames.length + 1), activityThresholdCell),
  );
  row = shiftFirst + vehicleCount + 2;

  // Free vehicles by hour.
  ranges.push({ row, col: 1, values: [[L.idleTitle]], style: "subtitle" });
  row += 1;
  const idle = idleByHour(input);
  const idleFirst = row + 1;
  tables.push({
    name: `FreeByHour_${runId}`,
    row,
    col: 1,
    columns: [
      { header: L.idleHeader[0], format: HOUR_FORMAT },
      { header: L.idleHeader[1], format: F.integer },
      { header: L.idleHeader[2], format: F.decimal2 },
    ],
    rows: idle.map((h) => [h.hour, h.min, h.mean]),
  });

  const column = (col: number, first: number, count: number) =>
    `${cellAddress(first, col)}:${cellAddress(first + count - 1, col)}`;
  const charts: PlanChart[] = [
    {
      kind: "barClustered",
      title: L.kmChart,
      valueAxisMin: 0,
      categories: column(1, kmFirst, vehicleCount),
      series: [{ name: L.kmSeries, values: column(kmTotalCol, kmFirst, vehicleCount) }],
    },
    {
      kind: "barClustered",
      title: L.activityChart,
      valueAxisMin: 0,
      categories: column(1, shiftFirst, vehicleCount),
      series: [
        { name: L.out, values: column(outCol, shiftFirst, vehicleCount) },
        { name: L.parked, values: column(outCol + 1, shiftFirst, vehicleCount) },
      ],
    },
    {
      kind: "line",
      title: L.idleChart,
      valueAxisMin: 0,
      categories: column(1, idleFirst, idle.length),
      series: [
        { name: L.idleHeader[1], values: column(2, idleFirst, idle.length) },
        { name: L.idleHeader[2], values: column(3, idleFirst, idle.length) },
      ],
    },
  ].map((c, i) => ({
    ...(c as Omit<PlanChart, "anchor">),
    anchor: {
      row: CHART_ROW,
      col: FIRST_CHART_COL + i * (CHART_WIDTH + 1),
      widthCols: CHART_WIDTH,
      heightRows: CHART_HEIGHT,
    },
  }));

  return {
    name: L.sheet,
    // Vehicle names stay in view while the heat maps scroll through the period.
    freezeCols: 1,
    print: { orientation: "landscape" },
    ranges,
    tables,
    charts,
    conditionalFormats,
    activate: true,
  };
}

function periodLabel(p: KmPeriod, week: (year: number, week: number) => string): PlanCell {
  if (p.kind === "day") return msToExcelSerial(p.startMs);
  if (p.kind === "week") return week(p.year, p.number);
  return `${p.year}-${String(p.number).padStart(2, "0")}`;
}

/** "B25:K30". */
function block(row: number, col: number, rows: number, cols: number): string {
  return `${cellAddress(row, col)}:${cellAddress(row + Math.max(1, rows) - 1, col + Math.max(1, cols) - 1)}`;
}

/** =SUM over the row's period cells, with the total computed here as its cached result. */
function totalFormula(row: number, fromCol: number, toCol: number, result: number): PlanCell {
  return { formula: `=SUM(${cellAddress(row, fromCol)}:${cellAddress(row, toCol)})`, result };
}

/**
 * Vehicle names as the rows and chart categories show them: two vehicles of one make and model
 * without plates would share a name, so those are numbered ("Christiania Classic #2").
 */
function uniqueNames(vehicles: DashboardInput["vehicles"]): string[] {
  const counts = new Map<string, number>();
  for (const v of vehicles) counts.set(v.name, (counts.get(v.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return vehicles.map((v) => {
    if ((counts.get(v.name) ?? 0) < 2) return v.name;
    const n = (seen.get(v.name) ?? 0) + 1;
    seen.set(v.name, n);
    return `${v.name} #${n}`;
  });
}
