import { msToExcelSerial, formatIsoDate } from "../../core/time/naiveTime";
import { horizonEndMs, yearOf, yearStartMs } from "../../core/transition/horizon";
import type { TransitionEvent } from "../../core/transition/transitionEvents";
import {
  TRANSITION_INPUT_KEYS,
  TRANSITION_INPUT_RULES,
  type TransitionInputKey,
  type TransitionInputs,
} from "../../core/transition/transitionInputs";
import type { FleetFigures, TransitionYearsResult } from "../../core/transition/transitionYears";
import type { VehicleType } from "../../core/model/types";
import { quotedSheet } from "../scenarioLink";
import { cellAddress, columnLetter } from "../sheetData";
import { SCENARIO_KPI_CELLS } from "./scenarioPlan";
import {
  DAYS_FIRST_COL,
  EVENT_COL,
  EVENTS_HEADER_ROW,
  EVENTS_TITLE_ROW,
  FLEET_COL,
  INPUT_ROW,
  INPUTS_TITLE_ROW,
  LABEL_COL,
  NOTE_COL,
  RESULT_KEYS,
  RESULT_ROW,
  RESULTS_TITLE_ROW,
  transitionPlanLayout,
  VALUE_COL,
  YEAR_COL,
  type TransitionPlanLayout,
} from "./transitionPlanLayout";
import { TRANSITION_PLAN_LABELS } from "./transitionPlanLabels";
import { transitionPlanCharts } from "./transitionPlanCharts";
import {
  NUMBER_FORMATS as F,
  type PlanCell,
  type PlanColumnFormat,
  type PlanFormula,
  type PlanRange,
  type WorkbookPlan,
} from "./types";
import type { Language } from "../../core/language";

/** One fleet of the timeline as the sheet shows it. */
export interface PlanFleetRow {
  fromMs: number | null;
  toMs: number | null;
  kind: "today" | "between" | "target";
  figures: FleetFigures;
}

export interface PlanEventRow {
  event: TransitionEvent;
  outName: string;
  inName: string;
}

export interface TransitionPlanModel {
  language: Language;
  location: string;
  scenario: { sheet: string; fromDate: string; toDate: string; allocation: string };
  inputs: TransitionInputs;
  events: PlanEventRow[];
  fleets: PlanFleetRow[];
  today: FleetFigures;
  result: TransitionYearsResult;
}

const TYPES: readonly VehicleType[] = ["bike", "ebike", "ev", "fossil"];
const KR = F.dkk;
const INPUT_FORMATS: Record<TransitionInputKey, string> = {
  startMs: F.date,
  years: "0",
  escalation: F.percent,
  discountRate: F.percent,
  co2eTargetPct: F.percent,
  co2eTargetYear: "0",
  evsPerChargePoint: "0",
  chargePointYearlyCost: KR,
  chargePointInstallCost: KR,
};

/** "$B$7": an input or result cell as every formula refers to it. */
const abs = (row: number, col: number) => `$${columnLetter(col)}$${row}`;
const input = (key: TransitionInputKey) => abs(INPUT_ROW[key], VALUE_COL);
const f = (formula: string, result: number | string): PlanFormula => ({ formula: `=${formula}`, result });

/**
 * The transition plan as a sheet (issue 18): the inputs as yellow cells with validations; the
 * events table whose dates the next run takes; the fleets of the timeline with their yearly
 * figures (today's and the target's linked to the scenario sheet, those in between simulated) and
 * the days each runs in every plan year as formulas over its dates; and the per-year table in
 * which every step — pro rata by days, escalation, charge points, keep-today, discounting,
 * cumulative saving, the goal — is a live formula carrying its JavaScript result. Two native charts
 * below: the fleet by type (stacked columns) and cost and CO2e against the target.
 */
export function transitionPlan(model: TransitionPlanModel): WorkbookPlan {
  const L = TRANSITION_PLAN_LABELS[model.language];
  const r = model.result;
  const layout = transitionPlanLayout(model.events.length, model.fleets.length, r.years.length);
  const ranges: PlanRange[] = [];
  ranges.push({ row: 1, col: 1, values: [[L.title(model.location)]], style: "title" });
  const s = model.scenario;
  ranges.push({
    row: 2,
    col: 1,
    values: [[L.source(s.sheet, s.fromDate, s.toDate, s.allocation)]],
    style: "note",
  });
  ranges.push({ row: 3, col: 1, values: [[L.howTo]], style: "note" });

  ranges.push({ row: INPUTS_TITLE_ROW, col: 1, values: [[L.inputsTitle]], style: "subtitle" });
  for (const key of TRANSITION_INPUT_KEYS) ranges.push(...inputRanges(model, key));

  ranges.push({ row: RESULTS_TITLE_ROW, col: 1, values: [[L.resultsTitle]], style: "subtitle" });
  const results = resultCells(model, layout);
  for (const key of RESULT_KEYS) {
    ranges.push({ row: RESULT_ROW[key], col: LABEL_COL, values: [[L.results[key]]], style: "label" });
    ranges.push({
      row: RESULT_ROW[key],
      col: VALUE_COL,
      values: [[results[key].cell]],
      columns: [{ format: results[key].format, align: "right" }],
      style: "kpi",
    });
  }

  ranges.push({ row: EVENTS_TITLE_ROW, col: 1, values: [[L.eventsTitle]], style: "subtitle" });
  ranges.push({ row: EVENTS_HEADER_ROW, col: 1, values: [[...L.eventsHeader]], style: "header" });
  if (model.events.length === 0)
    ranges.push({ row: layout.firstEventRow, col: 1, values: [[L.noEvents]], style: "note" });
  else {
    ranges.push({
      row: layout.firstEventRow,
      col: EVENT_COL.outId,
      values: model.events.map((e) => [
        e.event.out ?? "",
        e.outName,
        e.event.in ?? "",
        e.inName,
        L.reasons[e.event.reason],
      ]),
    });
    // The dates are what a user edits: yellow input cells.
    ranges.push({
      row: layout.firstEventRow,
      col: EVENT_COL.date,
      values: model.events.map((e) => [msToExcelSerial(e.event.dateMs)]),
      columns: [{ format: F.date, align: "right" }],
      style: "input",
    });
  }

  ranges.push(...fleetRanges(model, layout));
  ranges.push(...yearRanges(model, layout));

  return {
    sheets: [
      {
        name: L.sheet,
        ranges,
        tables: [],
        freezeRows: 1,
        charts: transitionPlanCharts(layout, L),
        activate: true,
      },
    ],
  };
}

type Labels = (typeof TRANSITION_PLAN_LABELS)[Language];

function inputRanges(model: TransitionPlanModel, key: TransitionInputKey): PlanRange[] {
  const L = TRANSITION_PLAN_LABELS[model.language];
  const row = INPUT_ROW[key];
  const rule = TRANSITION_INPUT_RULES[key];
  const value = key === "startMs" ? msToExcelSerial(model.inputs.startMs) : model.inputs[key];
  const out: PlanRange[] = [
    { row, col: LABEL_COL, values: [[L.inputs[key]]] },
    {
      row,
      col: VALUE_COL,
      values: [[value]],
      columns: [{ format: INPUT_FORMATS[key], align: "right" }],
      style: "input",
      numberValidation: {
        kind: rule.kind === "whole" || rule.kind === "date" ? "whole" : "decimal",
        min: rule.kind === "date" ? 1 : rule.min,
        ...(rule.max !== undefined ? { max: rule.max } : {}),
        errorMessage: L.inputs[key],
      },
    },
  ];
  const note = L.inputNotes[key];
  if (note) out.push({ row, col: NOTE_COL, values: [[note]], style: "note" });
  return out;
}

function resultCells(
  model: TransitionPlanModel,
  layout: TransitionPlanLayout,
): Record<(typeof RESULT_KEYS)[number], { cell: PlanCell; format: string | null }> {
  const L = TRANSITION_PLAN_LABELS[model.language];
  const r = model.result;
  const todayCo2e = abs(layout.firstFleetRow, FLEET_COL.co2e);
  const years = (col: number) =>
    `$${columnLetter(col)}$${layout.firstYearRow}:$${columnLetter(col)}$${layout.lastYearRow}`;
  const first = abs(RESULT_ROW.firstYear, VALUE_COL);
  const lastCumulative = abs(layout.lastYearRow, YEAR_COL.cumulative);
  const evs = abs(layout.firstFleetRow, FLEET_COL.ev);
  return {
    target: { cell: f(`${todayCo2e}*(1-${input("co2eTargetPct")})`, r.co2eTargetTonnes), format: F.tonnes },
    firstYear: {
      cell: f(
        `IFERROR(INDEX(${years(YEAR_COL.year)},MATCH("${L.yes}",${years(YEAR_COL.goalMet)},0)),"${L.notMet}")`,
        r.firstYearGoalMet ?? L.notMet,
      ),
      format: "0",
    },
    inTime: {
      cell: f(
        `IF(ISNUMBER(${first}),IF(${first}<=${input("co2eTargetYear")},"${L.yes}","${L.no}"),"${L.no}")`,
        r.goalMetInTime ? L.yes : L.no,
      ),
      format: null,
    },
    todayChargePoints: {
      cell: f(`ROUNDUP(${evs}/${input("evsPerChargePoint")},0)`, r.todayChargePoints),
      format: F.integer,
    },
    cumulative: {
      cell: f(lastCumulative, r.years.at(-1)?.cumulativeSaving ?? 0),
      format: KR,
    },
  };
}

/** Scenario KPI cells each linked figure of today's and the target fleet comes from. */
const LINKED: [keyof typeof FLEET_COL, keyof typeof SCENARIO_KPI_CELLS, keyof FleetFigures][] = [
  ["fixed", "fixed", "fixedDkk"],
  ["energy", "fuel", "energyDkk"],
  ["social", "social", "socialDkk"],
  ["allowance", "allowance", "allowanceDkk"],
  ["co2e", "co2e", "co2eTonnes"],
  ["unallocated", "unallocated", "unallocatedTrips"],
];

function fleetRanges(model: TransitionPlanModel, layout: TransitionPlanLayout): PlanRange[] {
  const L = TRANSITION_PLAN_LABELS[model.language];
  const years = model.result.years;
  const start = input("startMs");
  const firstYear = yearOf(model.inputs.startMs);
  const out: PlanRange[] = [
    { row: layout.fleetsTitleRow, col: 1, values: [[L.fleetsTitle]], style: "subtitle" },
    { row: layout.fleetsHeaderRow, col: 1, values: [[...L.fleetsHeader]], style: "header" },
  ];
  // The days headers show "Days 2027": the year cell of the per-year block with a text format.
  out.push({
    row: layout.fleetsHeaderRow,
    col: DAYS_FIRST_COL,
    values: [years.map((y, j) => f(cellAddress(layout.firstYearRow + j, YEAR_COL.year), y.year))],
    columns: years.map(() => ({ format: L.daysHeaderFormat, align: "right" as const })),
    style: "header",
  });
  const scenario = quotedSheet(model.scenario.sheet);
  model.fleets.forEach((fleet, k) => {
    const row = layout.firstFleetRow + k;
    const isLast = k === model.fleets.length - 1;
    const fromMs = fleet.fromMs ?? yearStartMs(firstYear);
    const toMs = fleet.toMs ?? horizonEndMs(model.inputs.startMs, model.inputs.years);
    const from: PlanCell =
      fleet.fromMs === null
        ? f(`DATE(YEAR(${start}),1,1)`, msToExcelSerial(fromMs))
        : msToExcelSerial(fromMs);
    const to: PlanCell = isLast
      ? f(`DATE(YEAR(${start})+${input("years")},1,1)`, msToExcelSerial(toMs))
      : f(cellAddress(row + 1, FLEET_COL.from), msToExcelSerial(toMs));
    const name =
      fleet.kind === "today"
        ? L.fleetToday
        : fleet.kind === "target"
          ? L.fleetTarget
          : L.fleetBetween(formatIsoDate(fromMs));
    const fig = fleet.figures;
    const linkColumn = fleet.kind === "today" ? "current" : fleet.kind === "target" ? "simulated" : null;
    const figure = (col: keyof typeof FLEET_COL): PlanCell => {
      const [, kpi, field] = LINKED.find(([c]) => c === col) as (typeof LINKED)[number];
      const value = fig[field] as number;
      return linkColumn ? f(`${scenario}!${SCENARIO_KPI_CELLS[kpi][linkColumn]}`, value) : value;
    };
    const vehicles = TYPES.reduce((n, t) => n + fig.byType[t], 0);
    const typeRange = `${cellAddress(row, FLEET_COL.bike)}:${cellAddress(row, FLEET_COL.fossil)}`;
    const partsRange = `${cellAddress(row, FLEET_COL.fixed)}:${cellAddress(row, FLEET_COL.allowance)}`;
    const total = fig.fixedDkk + fig.energyDkk + fig.socialDkk + fig.allowanceDkk;
    const values: PlanCell[] = [
      from,
      to,
      name,
      ...TYPES.map((t) => fig.byType[t]),
      f(`SUM(${typeRange})`, vehicles),
      figure("fixed"),
      figure("energy"),
      figure("social"),
      figure("allowance"),
      f(`SUM(${partsRange})`, total),
      figure("co2e"),
      figure("unallocated"),
    ];
    const days = years.map((y, j) => {
      const yearCell = abs(layout.firstYearRow + j, YEAR_COL.year);
      const fromCell = abs(row, FLEET_COL.from);
      const toCell = abs(row, FLEET_COL.to);
      return f(
        `MAX(0,MIN(${toCell},DATE(${yearCell}+1,1,1))-MAX(${fromCell},DATE(${yearCell},1,1)))`,
        y.segmentDays[k],
      );
    });
    out.push({
      row,
      col: 1,
      values: [[...values, ...days]],
      columns: [
        { format: F.date },
        { format: F.date },
        {},
        ...TYPES.map(() => ({ format: F.integer })),
        { format: F.integer },
        { format: KR },
        { format: KR },
        { format: KR },
        { format: KR },
        { format: KR },
        { format: F.tonnes },
        { format: "#,##0.0" },
        ...years.map(() => ({ format: F.integer })),
      ],
    });
  });
  return out;
}

function yearRanges(model: TransitionPlanModel, layout: TransitionPlanLayout): PlanRange[] {
  const L = TRANSITION_PLAN_LABELS[model.language];
  const r = model.result;
  const out: PlanRange[] = [
    { row: layout.yearsTitleRow, col: 1, values: [[L.yearsTitle]], style: "subtitle" },
    { row: layout.yearsHeaderRow, col: 1, values: [[...L.yearsHeader]], style: "header" },
  ];
  const fleetsFirst = layout.firstFleetRow;
  const fleetsLast = layout.firstFleetRow + model.fleets.length - 1;
  const fleetColumn = (col: number) =>
    `$${columnLetter(col)}$${fleetsFirst}:$${columnLetter(col)}$${fleetsLast}`;
  const today = (col: number) => abs(fleetsFirst, col);
  const firstYearCell = abs(layout.firstYearRow, YEAR_COL.year);
  const columns: PlanColumnFormat[] = [
    { format: "0" },
    { format: F.integer },
    ...TYPES.map(() => ({ format: F.integer })),
    { format: F.integer },
    ...Array.from({ length: 6 }, () => ({ format: KR })),
    { format: F.tonnes },
    { format: "#,##0.0" },
    { format: F.integer },
    { format: KR },
    { format: "0.0000" },
    { format: KR },
    { format: KR },
    { format: KR },
    { align: "right" },
    { format: F.percent },
    { format: F.percent },
    { format: F.percent },
  ];
  r.years.forEach((y, j) => {
    const row = layout.firstYearRow + j;
    const c = (col: number) => cellAddress(row, col);
    const daysCol = columnLetter(DAYS_FIRST_COL + j);
    const dayShare = (col: number) =>
      `SUMPRODUCT($${daysCol}$${fleetsFirst}:$${daysCol}$${fleetsLast},${fleetColumn(col)})/${c(YEAR_COL.days)}`;
    const yearEnd = `DATE(${c(YEAR_COL.year)},12,31)`;
    const atYearEnd = (col: number) =>
      `SUMPRODUCT((${fleetColumn(FLEET_COL.from)}<=${yearEnd})*(${fleetColumn(FLEET_COL.to)}>${yearEnd})*${fleetColumn(col)})`;
    const escalated = `(1+${input("escalation")})^(${c(YEAR_COL.year)}-${firstYearCell})`;
    const previousChargePoints =
      j === 0 ? abs(RESULT_ROW.todayChargePoints, VALUE_COL) : cellAddress(row - 1, YEAR_COL.chargePoints);
    const todayCo2e = today(FLEET_COL.co2e);
    const values: PlanCell[] = [
      j === 0
        ? f(`YEAR(${input("startMs")})`, y.year)
        : f(`${cellAddress(row - 1, YEAR_COL.year)}+1`, y.year),
      f(`DATE(${c(YEAR_COL.year)}+1,1,1)-DATE(${c(YEAR_COL.year)},1,1)`, y.days),
      ...TYPES.map((t) => f(atYearEnd(FLEET_COL[t]), y.vehiclesByType[t])),
      f(`SUM(${c(YEAR_COL.bike)}:${c(YEAR_COL.fossil)})`, y.vehicles),
      f(dayShare(FLEET_COL.fixed), y.costParts.fixed),
      f(`${dayShare(FLEET_COL.energy)}*${escalated}`, y.costParts.energy),
      f(dayShare(FLEET_COL.social), y.costParts.co2e),
      f(dayShare(FLEET_COL.allowance), y.costParts.allowance),
      f(
        `${c(YEAR_COL.chargePoints)}*${input("chargePointYearlyCost")}+(${c(YEAR_COL.chargePoints)}-${previousChargePoints})*${input("chargePointInstallCost")}`,
        y.costParts.charging,
      ),
      f(
        `${c(YEAR_COL.fixed)}+${c(YEAR_COL.energy)}+${c(YEAR_COL.social)}+${c(YEAR_COL.allowance)}+${c(YEAR_COL.charging)}`,
        y.cost,
      ),
      f(dayShare(FLEET_COL.co2e), y.co2eTonnes),
      f(dayShare(FLEET_COL.unallocated), y.unallocatedTrips),
      f(
        `MAX(${previousChargePoints},ROUNDUP(${c(YEAR_COL.ev)}/${input("evsPerChargePoint")},0))`,
        y.chargePoints,
      ),
      f(
        `${today(FLEET_COL.fixed)}+${today(FLEET_COL.energy)}*${escalated}+${today(FLEET_COL.social)}+${today(FLEET_COL.allowance)}+${abs(RESULT_ROW.todayChargePoints, VALUE_COL)}*${input("chargePointYearlyCost")}`,
        y.keepTodayCost,
      ),
      f(`1/(1+${input("discountRate")})^(${c(YEAR_COL.year)}-${firstYearCell}+1)`, y.discountFactor),
      f(`${c(YEAR_COL.cost)}*${c(YEAR_COL.discount)}`, y.presentValue),
      f(`(${c(YEAR_COL.keepToday)}-${c(YEAR_COL.cost)})*${c(YEAR_COL.discount)}`, y.savingPresentValue),
      j === 0
        ? f(c(YEAR_COL.savingPv), y.cumulativeSaving)
        : f(`${cellAddress(row - 1, YEAR_COL.cumulative)}+${c(YEAR_COL.savingPv)}`, y.cumulativeSaving),
      f(
        `IF(${c(YEAR_COL.co2e)}<=${abs(RESULT_ROW.target, VALUE_COL)},"${L.yes}","${L.no}")`,
        y.goalMet ? L.yes : L.no,
      ),
      f(`${c(YEAR_COL.cost)}/${c(YEAR_COL.keepToday)}`, y.cost / y.keepTodayCost),
      f(`${c(YEAR_COL.co2e)}/${todayCo2e}`, ratio(y.co2eTonnes, model.today.co2eTonnes)),
      f(`1-${input("co2eTargetPct")}`, 1 - model.inputs.co2eTargetPct),
    ];
    out.push({ row, col: 1, values: [values], columns });
  });
  return out;
}

/** A share whose base may be zero (a fleet of bikes emits nothing): what a spreadsheet shows. */
function ratio(a: number, b: number): number | string {
  return b === 0 ? "#DIV/0!" : a / b;
}

export type { Labels as TransitionPlanLabels };
