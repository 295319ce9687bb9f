import type { Language } from "../../core/language";
import {
  formatTimeWindows,
  PARAMETER_DEFINITIONS,
  type Parameters,
  type TimeWindow,
} from "../../core/model/parameters";
import type { FleetRun, ScenarioResult } from "../../core/scenario/runScenario";
import type { ScenarioSummary } from "../../core/scenario/scenarioSummary";
import { memberName } from "../../core/simulation/buildFleet";
import { energyUnit } from "../../core/consequences/energy";
import { formatIsoDate, msToExcelSerial } from "../../core/time/naiveTime";
import { cellAddress } from "../sheetData";
import {
  NUMBER_FORMATS as F,
  type PlanCell,
  type PlanColumn,
  type PlanRange,
  type PlanTable,
  type SheetPlan,
  type WorkbookPlan,
} from "./types";
import { SCENARIO_LABELS } from "./scenarioLabels";
import { uniqueModelLabels } from "./modelLabels";
import { scenarioCharts } from "./scenarioCharts";
import { pushAllocationSection } from "./allocationSection";
import { fleetChanges } from "../../core/scenario/fleetChanges";
import { formatShiftClock, type Shift } from "../../core/shifts/shiftTypes";
import { unallocatedByDay } from "../../core/scenario/unallocatedByDay";
import {
  TRIP_CLASSES,
  TRIP_LENGTH_EDGES_KM,
  tripLengthDistribution,
  type TripClass,
} from "../../core/scenario/tripLengthDistribution";

export interface ScenarioPlanOptions {
  language: Language;
  /** Parameter keys the user set on the Parametre sheet (the others show as defaults). */
  parameterKeysSet: readonly string[];
  /** Parameter keys changed for this run only (the pane's settings). */
  runOverrideKeys?: readonly string[];
  /** Suffix that keeps table names unique in the workbook; defaults to a time stamp. */
  runId?: string;
}

const KPI_FIRST_ROW = 4;
const KPI_KEYS = [
  "total",
  "co2e",
  "fixed",
  "fuel",
  "social",
  "allowance",
  "unallocated",
  "vehicles",
  "km",
] as const;

/**
 * Where a scenario sheet keeps its key figures, so other sheets (the business case) can link to
 * them with live formulas such as ='Scenario (2)'!D5. Columns: B current, C simulated, D saving.
 */
export const SCENARIO_KPI_CELLS = Object.fromEntries(
  KPI_KEYS.map((k, i) => [
    k,
    {
      current: `B${KPI_FIRST_ROW + 1 + i}`,
      simulated: `C${KPI_FIRST_ROW + 1 + i}`,
      saving: `D${KPI_FIRST_ROW + 1 + i}`,
    },
  ]),
) as Record<(typeof KPI_KEYS)[number], { current: string; simulated: string; saving: string }>;

/** The title in A1 of every scenario sheet starts with one of these: how a scenario sheet is recognised. */
export const SCENARIO_TITLE_PREFIXES = ["FleetOptimiser simulation:", "FleetOptimiser-simulering:"] as const;

/**
 * The result sheet of one run (a new sheet every time): KPI block with live saving formulas,
 * the per-vehicle table of both fleets, the settings used, and the driving book.
 */
export function scenarioPlan(
  result: ScenarioResult,
  summary: ScenarioSummary,
  options: ScenarioPlanOptions,
): WorkbookPlan {
  const L = SCENARIO_LABELS[options.language];
  const runId = options.runId ?? Date.now().toString(36);
  const ranges: PlanRange[] = [];
  const tables: PlanTable[] = [];

  ranges.push({ row: 1, col: 1, values: [[L.title(result.location)]], style: "title" });
  ranges.push({
    row: 2,
    col: 1,
    values: [
      [
        L.subtitle(
          summary.fromDate,
          summary.toDate,
          result.periodDays,
          result.trips.length,
          result.allocationMethod,
        ),
      ],
    ],
    style: "note",
  });

  const cur = result.current.consequences;
  const sim = result.simulated.consequences;
  const kmOf = (run: FleetRun) => run.consequences.vehicles.reduce((s, v) => s + v.km, 0);
  // Same order as KPI_KEYS: SCENARIO_KPI_CELLS depends on it.
  const kpis: [string, number, number, string][] = [
    [L.kpi.total, cur.totalDkk, sim.totalDkk, F.dkk],
    [L.kpi.co2e, cur.co2eTonnes, sim.co2eTonnes, F.tonnes],
    [L.kpi.fixed, cur.fixedCostDkk, sim.fixedCostDkk, F.dkk],
    [L.kpi.fuel, cur.fuelCostDkk, sim.fuelCostDkk, F.dkk],
    [L.kpi.social, cur.socialCostDkk, sim.socialCostDkk, F.dkk],
    [L.kpi.allowance, cur.allowanceDkk, sim.allowanceDkk, F.dkk],
    [L.kpi.unallocated, cur.unallocatedTrips, sim.unallocatedTrips, F.integer],
    [L.kpi.vehicles, result.current.fleet.length, result.simulated.fleet.length, F.integer],
    [L.kpi.km, kmOf(result.current), kmOf(result.simulated), F.km],
  ];
  ranges.push({
    row: KPI_FIRST_ROW,
    col: 1,
    values: [[...L.kpiHeader]],
    columns: [{ align: "left" }, { align: "right" }, { align: "right" }, { align: "right" }],
    style: "header",
  });
  kpis.forEach(([label, a, b, format], i) => {
    const row = KPI_FIRST_ROW + 1 + i;
    const saving: PlanCell = { formula: `=${cellAddress(row, 2)}-${cellAddress(row, 3)}`, result: a - b };
    ranges.push({
      row,
      col: 1,
      values: [[label, a, b, saving]],
      columns: [{}, { format }, { format }, { format }],
      style: i === 0 ? "kpi" : undefined,
    });
  });

  let row = KPI_FIRST_ROW + kpis.length + 3;
  ranges.push({ row, col: 1, values: [[L.fleetChangesTitle]], style: "subtitle" });
  row += 1;
  const changeList = fleetChanges(result);
  const modelLabels = uniqueModelLabels(
    changeList.map((c) => c.vehicle),
    L.types,
  );
  const changes = changeList.map((c, i): PlanCell[] => [
    modelLabels[i],
    L.types[c.type],
    c.current,
    c.simulated,
    c.difference,
  ]);
  const FC = L.fleetChangesHeader;
  tables.push({
    name: `FleetChanges_${runId}`,
    row,
    col: 1,
    columns: [
      { header: FC[0] },
      { header: FC[1] },
      { header: FC[2], format: F.integer },
      { header: FC[3], format: F.integer },
      { header: FC[4], format: "+#,##0;-#,##0;0" },
    ],
    rows: changes,
  });
  row += changes.length + 3;
  row = pushAllocationSection(result, options.language, runId, row, ranges, tables);

  ranges.push({ row, col: 1, values: [[L.vehiclesTitle]], style: "subtitle" });
  row += 1;
  const currentVehicleRows = vehicleTableRows(result, result.current, false, L);
  const vehicleRows = [...currentVehicleRows, ...vehicleTableRows(result, result.simulated, true, L)];
  // The employee car closes each fleet's block; the km charts leave it out.
  const vehicleChartRows = {
    current: { firstRow: row + 1, rows: result.current.consequences.vehicles.length },
    simulated: {
      firstRow: row + 1 + currentVehicleRows.length,
      rows: result.simulated.consequences.vehicles.length,
    },
  };
  tables.push({
    name: `Vehicles_${runId}`,
    row,
    col: 1,
    columns: vehicleColumns(L),
    rows: vehicleRows,
  });
  row += vehicleRows.length + 3;

  ranges.push({ row, col: 1, values: [[L.perDayTitle]], style: "subtitle" });
  row += 1;
  const perDay = unallocatedByDay(result, result.simulated).map((d): PlanCell[] => [
    msToExcelSerial(d.dayMs),
    d.trips,
    d.km,
  ]);
  const perDayChart = { firstRow: row + 1, rows: perDay.length };
  tables.push({
    name: `UnallocatedPerDay_${runId}`,
    row,
    col: 1,
    columns: [
      { header: L.perDayHeader[0], format: F.date },
      { header: L.perDayHeader[1], format: F.integer },
      { header: L.perDayHeader[2], format: F.km },
    ],
    rows: perDay,
  });
  row += perDay.length + 3;

  ranges.push({ row, col: 1, values: [[L.lengthsTitle]], style: "subtitle" });
  row += 1;
  const lengths = tripLengthTable(result, L);
  const lengthsChart = {
    firstRow: row + 1,
    rows: lengths.rows.length,
    series: simulatedLengthSeries(lengths),
  };
  tables.push({
    name: `TripLengths_${runId}`,
    row,
    col: 1,
    columns: lengths.header.map((header, i) => ({ header, format: i === 0 ? null : F.integer })),
    rows: lengths.rows,
  });
  row += lengths.rows.length + 3;

  ranges.push({ row, col: 1, values: [[L.settingsTitle]], style: "subtitle" });
  row += 1;
  const S = L.settings;
  const settingRows: PlanCell[][] = [
    [S.location, result.location],
    [S.from, formatIsoDate(result.fromMs)],
    [S.to, formatIsoDate(result.toMs)],
    [S.days, result.periodDays],
    [S.current, result.currentIds.join(", ")],
    [S.fleet, result.fleetCounts.map((f) => `${f.sourceId}: ${f.count}`).join(", ")],
    [S.allocation, result.allocationMethod],
    [S.limitKm, result.limitKm ? S.on : S.off],
    [S.shifts, result.shifts ? result.shifts.map((sh) => shiftText(sh, S.breakAt)).join("; ") : S.noShifts],
  ];
  ranges.push({ row, col: 1, values: settingRows.map((r) => [r[0]]), style: "label" });
  ranges.push({ row, col: 2, values: settingRows.map((r) => [r[1]]) });
  row += settingRows.length + 1;
  const paramRows = parameterRows(
    result.params,
    options.parameterKeysSet,
    options.runOverrideKeys ?? [],
    options.language,
  );
  tables.push({
    name: `Settings_${runId}`,
    row,
    col: 1,
    // Values are numbers and texts (time windows): left, like the texts.
    columns: S.parameterHeader.map((header) => ({ header, align: "left" as const })),
    rows: paramRows,
  });
  row += paramRows.length + 3;

  ranges.push({ row, col: 1, values: [[L.drivingBookTitle]], style: "subtitle" });
  row += 1;
  const D = L.drivingBookHeader;
  const drivingBookRow = row;
  tables.push({
    name: `DrivingBook_${runId}`,
    row,
    col: 1,
    columns: [
      // Trip ids are often numbers: left, as the ids they are.
      { header: D[0], align: "left" },
      { header: D[1], format: F.dateTime },
      { header: D[2], format: F.dateTime },
      { header: D[3], format: F.km },
      { header: D[4] },
      { header: D[5] },
      { header: D[6] },
    ],
    rows: drivingBookRows(result, L),
  });

  const sheet: SheetPlan = {
    name: L.sheet,
    // The key figures open page one; the driving book, by far the longest table, repeats its
    // header on each of its pages.
    print: { orientation: "landscape", repeatRows: { first: drivingBookRow, last: drivingBookRow } },
    ranges,
    tables,
    activate: true,
    charts: scenarioCharts({
      language: options.language,
      kpiHeaderRow: KPI_FIRST_ROW,
      perDay: perDayChart,
      lengths: lengthsChart,
      vehicles: vehicleChartRows,
      chartCol: SCENARIO_CHART_COL,
    }),
  };
  return { sheets: [sheet] };
}

type Labels = (typeof SCENARIO_LABELS)[Language];

/** The vehicle table's columns: who, what, then the period's use and the yearly figures. */
function vehicleColumns(L: Labels): PlanColumn[] {
  const [fleet, vehicle, id, copy, type, fuel, trips, km, kmYear, energy, unit, ...money] = L.vehicleHeader;
  const [fuelCost, co2e, social, fixed, allowance, total] = money;
  return [
    { header: fleet },
    { header: vehicle },
    // Bil id is an id even when it is a number.
    { header: id, align: "left" },
    { header: copy, format: F.integer },
    { header: type },
    { header: fuel },
    { header: trips, format: F.integer },
    { header: km, format: F.km },
    { header: kmYear, format: F.kmInt },
    { header: energy, format: F.decimal2 },
    { header: unit },
    { header: fuelCost, format: F.dkk },
    { header: co2e, format: F.tonnes },
    { header: social, format: F.dkk },
    { header: fixed, format: F.dkk },
    { header: allowance, format: F.dkk },
    { header: total, format: F.dkk },
  ];
}

/** Two columns right of the widest table (the 17-column vehicle table). */
const SCENARIO_CHART_COL = 19;

/**
 * The trip-length table's simulated-fleet columns that hold any trip (1-based sheet columns):
 * the chart leaves out vehicle types the fleet does not have. The columns follow the current
 * fleet's, one per trip class, after the length label.
 */
function simulatedLengthSeries(lengths: {
  header: string[];
  rows: PlanCell[][];
}): { name: string; col: number }[] {
  const first = 1 + TRIP_CLASSES.length;
  const cols = TRIP_CLASSES.map((_, k) => first + k);
  const used = cols.filter((c) => lengths.rows.some((r) => typeof r[c] === "number" && r[c] > 0));
  return (used.length > 0 ? used : cols).map((c) => ({ name: lengths.header[c], col: c + 1 }));
}

function shiftText(s: Shift, breakAt: string): string {
  const base = `${formatShiftClock(s.startMin)}–${formatShiftClock(s.endMin)}`;
  return s.breakMin === null ? base : `${base} (${breakAt} ${formatShiftClock(s.breakMin)})`;
}

function tripLengthTable(result: ScenarioResult, L: Labels): { header: string[]; rows: PlanCell[][] } {
  const fleets = [
    [L.lengthsFleetPrefix.current, tripLengthDistribution(result, result.current)],
    [L.lengthsFleetPrefix.simulated, tripLengthDistribution(result, result.simulated)],
  ] as const;
  const className = (c: TripClass) => (c === "unallocated" ? L.unallocatedClass : L.types[c]);
  const header = [
    L.lengthsClass,
    ...fleets.flatMap(([prefix]) => TRIP_CLASSES.map((c) => `${prefix}: ${className(c)}`)),
  ];
  const edges = [0, ...TRIP_LENGTH_EDGES_KM];
  const rows = edges.map((from, bin): PlanCell[] => [
    bin < TRIP_LENGTH_EDGES_KM.length ? `${from}–${edges[bin + 1]} km` : `≥ ${from} km`,
    ...fleets.flatMap(([, counts]) => TRIP_CLASSES.map((c) => counts[c][bin])),
  ]);
  return { header, rows };
}

function vehicleTableRows(
  result: ScenarioResult,
  run: FleetRun,
  simulated: boolean,
  L: Labels,
): PlanCell[][] {
  const fleet = simulated ? L.fleetSimulated : L.fleetCurrent;
  const rows: PlanCell[][] = run.consequences.vehicles.map((v) => [
    fleet,
    memberName(v.member, simulated),
    v.member.vehicle.id,
    v.member.copy,
    L.types[v.member.vehicle.type],
    v.member.vehicle.fuelLabel,
    v.trips,
    v.km,
    v.yearlyKm,
    v.energy,
    energyUnit(v.member.vehicle.type),
    v.fuelCostDkk,
    v.co2eTonnes,
    v.socialCostDkk,
    v.fixedCostDkk,
    0,
    v.totalDkk,
  ]);
  const e = run.consequences.employeeCar;
  const unit = result.params.employeeCarFuel === "el" ? "kWh" : "l";
  rows.push([
    fleet,
    L.employeeCar,
    "",
    0,
    "",
    result.params.employeeCarFuel,
    e.trips,
    e.km,
    e.yearlyKm,
    e.energy,
    unit,
    0,
    e.co2eTonnes,
    e.socialCostDkk,
    0,
    e.allowanceDkk,
    e.totalDkk,
  ]);
  return rows;
}

function parameterRows(
  params: Parameters,
  keysSet: readonly string[],
  runKeys: readonly string[],
  lang: Language,
): PlanCell[][] {
  const S = SCENARIO_LABELS[lang].settings;
  const record = params as unknown as Record<string, number | string | TimeWindow[]>;
  return PARAMETER_DEFINITIONS.map((d) => {
    const v = record[d.field];
    const value: PlanCell = Array.isArray(v) ? formatTimeWindows(v) : v;
    const source = runKeys.includes(d.key) ? S.thisRun : keysSet.includes(d.key) ? S.fromSheet : S.byDefault;
    return [d.key, value, d.unit, source];
  });
}

function drivingBookRows(result: ScenarioResult, L: Labels): PlanCell[][] {
  const curNames = result.current.fleet.map((m) => memberName(m, false));
  const simNames = result.simulated.fleet.map((m) => memberName(m, true));
  return result.trips.map((trip, t) => {
    const c = result.current.allocation.memberOfTrip[t];
    const s = result.simulated.allocation.memberOfTrip[t];
    const reason = result.simulated.allocation.reasonOfTrip[t];
    return [
      trip.id,
      msToExcelSerial(trip.startMs),
      msToExcelSerial(trip.endMs),
      trip.distanceKm,
      c >= 0 ? curNames[c] : L.unallocated,
      s >= 0 ? simNames[s] : L.unallocated,
      s < 0 && reason ? L.reasons[reason] : "",
    ];
  });
}
