import type { Language } from "../../core/language";
import {
  computeBusinessCase,
  DEFAULT_CASH_FLOW_YEARS,
  type BusinessCaseResult,
} from "../../core/businesscase/businessCase";
import {
  BUSINESS_CASE_INPUT_KEYS,
  INPUT_RULES,
  SCENARIO_INPUT_KEYS,
  type BusinessCaseInputKey,
  type BusinessCaseInputs,
  type ScenarioInputKey,
} from "../../core/businesscase/inputs";
import type { SensitivityFactor } from "../../core/businesscase/sensitivity";
import { describeRule } from "../read/businessCaseInputErrors";
import { scenarioLinkFormulas } from "../scenarioLink";
import { cellAddress, columnLetter } from "../sheetData";
import { BUSINESS_CASE_LABELS } from "./businessCaseLabels";
import {
  businessCaseLayout,
  inputName,
  LABEL_COL,
  NOTE_COL,
  RESULT_NAMES,
  VALUE_COL,
  type BusinessCaseLayout,
  type ResultKey,
} from "./businessCaseLayout";
import {
  NUMBER_FORMATS as F,
  type PlanCell,
  type PlanChart,
  type PlanColumnFormat,
  type PlanFormula,
  type PlanName,
  type PlanRange,
  type WorkbookPlan,
} from "./types";

export interface ScenarioLinkOption {
  /** The scenario sheet's final name in the workbook. */
  sheet: string;
  /** The language it was written in (its labels differ). */
  language: Language;
  /** The scenario inputs that become formulas on it; the others stay typed values. Default: all. */
  linkedKeys?: readonly ScenarioInputKey[];
}

export interface BusinessCasePlanOptions {
  language: Language;
  /** Valid inputs (INPUT_RULES); linked scenario inputs hold the values their formulas give. */
  inputs: BusinessCaseInputs;
  scenario?: ScenarioLinkOption | null;
  years?: number;
}

const KR = F.dkk2;
const INPUT_FORMATS: Record<BusinessCaseInputKey, string> = {
  vehicles: F.integer,
  fleetManagementPerVehicle: KR,
  includeFleetManagement: "0",
  hosting: KR,
  supportAgreement: KR,
  supportHours: KR,
  maintenance: KR,
  developmentPool: KR,
  productSecretariat: KR,
  os2Contribution: KR,
  onboarding: KR,
  leasePerMonth: KR,
  kmPerYear: F.kmInt,
  kmPerLitre: '0.0 "km/l"',
  fuelPricePerLitre: '#,##0.00 "kr./l"',
  whPerKm: '#,##0 "Wh/km"',
  electricityPricePerKwh: '#,##0.00 "kr./kWh"',
  servicePerMonth: KR,
  ownerTaxPerHalfYear: KR,
  insurancePerYear: KR,
  co2PricePerTonne: '#,##0 "kr./t"',
  fuelCo2eKgPerLitre: '0.00 "kg/l"',
  electricityCo2eKgPerKwh: '0.000 "kg/kWh"',
  discountRate: F.percent,
  priceEscalation: F.percent,
  sensitivityStep: F.percent,
  vehiclesRemoved: F.integer,
  yearlySaving: KR,
  energySaving: KR,
  electricitySaving: KR,
  co2eSaving: KR,
  allowanceSaving: KR,
};

const BREAK_EVEN_FORMAT = "0.0";

/**
 * The break-even business case as a sheet (seed report, Figure 4; product.md §4.6): every input a
 * yellow input cell with a data validation and a defined name, every result a live formula
 * (invariant English names) carrying its JavaScript result for readers that do not recalculate.
 * The cash flow (years as columns) and the sensitivity table are plain blocks with a label column
 * and a header row, each drawn as a native chart below them (businessCaseCharts).
 */
export function businessCasePlan(options: BusinessCasePlanOptions): WorkbookPlan {
  const years = options.years ?? DEFAULT_CASH_FLOW_YEARS;
  const L = BUSINESS_CASE_LABELS[options.language];
  const layout = businessCaseLayout(years);
  const i = options.inputs;
  const result = computeBusinessCase(i, years);
  const ranges: PlanRange[] = [];
  const names: PlanName[] = [];
  const at = cellsOf(layout);

  ranges.push({ row: layout.titleRow, col: 1, values: [[L.title]], style: "title" });
  ranges.push({ row: layout.noteRow, col: 1, values: [[L.note]], style: "note" });
  const link = options.scenario ?? null;
  ranges.push({
    row: layout.linkRow,
    col: 1,
    values: [[link ? L.linked(link.sheet) : L.notLinked]],
    style: "note",
  });
  for (const [section, row] of Object.entries(layout.sectionRow)) {
    ranges.push({
      row,
      col: 1,
      values: [[L.sections[section as keyof typeof L.sections]]],
      style: "subtitle",
    });
  }

  // Inputs: label, yellow value cell with its rule, and a note where one helps.
  const linked = new Set<BusinessCaseInputKey>(link ? (link.linkedKeys ?? SCENARIO_INPUT_KEYS) : []);
  const linkFormulas = link ? scenarioLinkFormulas(link.sheet, link.language) : null;
  for (const key of BUSINESS_CASE_INPUT_KEYS) {
    const row = layout.inputRow[key];
    const rule = INPUT_RULES[key];
    const ruleText = describeRule(rule)[options.language];
    const value: PlanCell =
      linkFormulas && linked.has(key)
        ? { formula: linkFormulas[key as ScenarioInputKey], result: i[key] }
        : i[key];
    ranges.push({ row, col: LABEL_COL, values: [[L.inputs[key]]] });
    ranges.push({
      row,
      col: VALUE_COL,
      values: [[value]],
      columns: [{ format: INPUT_FORMATS[key] }],
      style: "input",
      numberValidation: {
        kind: rule.kind,
        min: rule.min,
        ...(rule.minExclusive ? { minExclusive: true } : {}),
        ...(rule.max !== undefined ? { max: rule.max } : {}),
        errorMessage: `${L.inputs[key]}: ${ruleText}.`,
      },
    });
    const note = inputNote(key, link, linked, L);
    if (note) ranges.push({ row, col: NOTE_COL, values: [[note]], style: "note" });
    names.push({ name: inputName(key), sheetIndex: 0, ref: absolute(at.input(key)) });
  }

  // Results: label and formula, each with its own number format.
  const formulas = resultFormulas(at, layout, L, result);
  for (const key of Object.keys(layout.resultRow) as ResultKey[]) {
    const row = layout.resultRow[key];
    const isKey = row < layout.sectionRow.tool;
    ranges.push({ row, col: LABEL_COL, values: [[L.results[key]]], style: isKey ? "label" : undefined });
    ranges.push({
      row,
      col: VALUE_COL,
      values: [[formulas[key]]],
      // Texts ("yes", "never") and numbers in one column: all right, one straight edge.
      columns: [{ format: resultFormat(key, L.monthsFormat), align: "right" }],
      style: isKey ? "kpi" : undefined,
    });
    names.push({ name: RESULT_NAMES[key], sheetIndex: 0, ref: absolute(at.result(key)) });
  }
  const fmRow = layout.resultRow.fleetManagementPerYear;
  ranges.push({ row: fmRow, col: NOTE_COL, values: [[L.notes.fleetManagementShown]], style: "note" });

  ranges.push(...cashFlowRanges(at, layout, L, result));
  ranges.push(...sensitivityRanges(at, layout, L, result, i));

  return {
    sheets: [
      {
        name: L.sheet,
        ranges,
        tables: [],
        charts: businessCaseCharts(layout, L),
        activate: true,
      },
    ],
    names,
  };
}

type Labels = (typeof BUSINESS_CASE_LABELS)[Language];

/** Rows of the two charts below the sensitivity table. */
const CHART_HEIGHT_ROWS = 20;

/**
 * Two charts side by side under the sensitivity table: the cash flow (net and cumulative present
 * value per year, a line chart whose cumulative line crosses zero at payback), and a tornado-style
 * clustered bar chart of the scenario's saving with each factor moved down and up.
 */
export function businessCaseCharts(layout: BusinessCaseLayout, L: Labels): PlanChart[] {
  const { headerRow, rows, firstCol, years } = layout.cashFlow;
  const yearsRow = (row: number) => `${cellAddress(row, firstCol)}:${cellAddress(row, firstCol + years - 1)}`;
  const { factorRows } = layout.sensitivity;
  const factorRowNumbers = Object.values(factorRows);
  const top = Math.min(...factorRowNumbers);
  const bottom = Math.max(...factorRowNumbers);
  const column = (col: number) => `${cellAddress(top, col)}:${cellAddress(bottom, col)}`;
  const chartRow = bottom + 2;
  return [
    {
      kind: "line",
      title: L.sections.cashFlow,
      categories: yearsRow(headerRow),
      series: [
        { name: L.cashFlow.net, values: yearsRow(rows.net) },
        { name: L.cashFlow.cumulative, values: yearsRow(rows.cumulative) },
      ],
      anchor: { row: chartRow, col: LABEL_COL, widthCols: 1, heightRows: CHART_HEIGHT_ROWS },
    },
    {
      kind: "barClustered",
      title: L.sections.sensitivity,
      categories: column(LABEL_COL),
      series: [
        { name: L.sensitivityHeader[4], values: column(SAVING_DOWN_COL) },
        { name: L.sensitivityHeader[5], values: column(SAVING_DOWN_COL + 1) },
      ],
      anchor: { row: chartRow, col: VALUE_COL, widthCols: 5, heightRows: CHART_HEIGHT_ROWS },
    },
  ];
}

/** Sensitivity columns: A factor, B change, C/D break-even down/up, E/F saving down/up. */
const SAVING_DOWN_COL = 5;

interface Cells {
  input(key: BusinessCaseInputKey): string;
  result(key: ResultKey): string;
}

function cellsOf(layout: BusinessCaseLayout): Cells {
  return {
    input: (key) => cellAddress(layout.inputRow[key], VALUE_COL),
    result: (key) => cellAddress(layout.resultRow[key], VALUE_COL),
  };
}

/** "B14" → "$B$14". */
function absolute(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

function inputNote(
  key: BusinessCaseInputKey,
  link: ScenarioLinkOption | null,
  linked: Set<BusinessCaseInputKey>,
  L: Labels,
): string | null {
  if (linked.has(key) && link) return L.notes.linked(link.sheet);
  if (!link && key === "vehiclesRemoved") return L.notes.scenarioExample;
  return null;
}

function resultFormat(key: ResultKey, monthsFormat: string): string | null {
  switch (key) {
    case "breakEvenFirstYear":
    case "breakEvenLaterYears":
      return BREAK_EVEN_FORMAT;
    case "breakEvenShareOfFleet":
      return F.percent;
    case "paybackMonths":
      return monthsFormat;
    case "netPresentValue":
      return F.dkk;
    case "coversBreakEven":
      return null;
    default:
      return KR;
  }
}

/**
 * Every result formula with the number the core model computes for it. The formulas follow the
 * model's arithmetic step for step (same order of operations), so Excel's and JavaScript's
 * numbers agree to floating-point noise.
 */
function resultFormulas(
  at: Cells,
  layout: BusinessCaseLayout,
  L: Labels,
  r: BusinessCaseResult,
): Record<ResultKey, PlanFormula> {
  const I = at.input;
  const R = at.result;
  const f = (formula: string, result: number | string): PlanFormula => ({ formula, result });
  const pvRow = layout.cashFlow.rows.presentValue;
  const lastYearCol = columnLetter(layout.cashFlow.firstCol + layout.cashFlow.years - 1);
  const firstYearCol = columnLetter(layout.cashFlow.firstCol);
  return {
    breakEvenFirstYear: f(`=${R("firstYearCost")}/${R("carCostPerYear")}`, r.breakEvenFirstYear),
    breakEvenLaterYears: f(`=${R("laterYearsCost")}/${R("carCostPerYear")}`, r.breakEvenLaterYears),
    breakEvenShareOfFleet: f(`=${R("breakEvenFirstYear")}/${I("vehicles")}`, r.breakEvenShareOfFleet),
    paybackMonths: f(
      `=IF(${R("netYearlySaving")}>0,12*${I("onboarding")}/${R("netYearlySaving")},"${L.never}")`,
      r.scenario.paybackMonths ?? L.never,
    ),
    netPresentValue: f(`=SUM(${firstYearCol}${pvRow}:${lastYearCol}${pvRow})`, r.scenario.netPresentValue),
    coversBreakEven: f(
      `=IF(${I("vehiclesRemoved")}>=${R("breakEvenFirstYear")},"${L.yes}","${L.no}")`,
      r.scenario.coversBreakEvenFirstYear ? L.yes : L.no,
    ),
    operationPerYear: f(`=SUM(${I("hosting")}:${I("os2Contribution")})`, r.operationPerYear),
    fleetManagementPerYear: f(
      `=${I("fleetManagementPerVehicle")}*${I("vehicles")}`,
      r.fleetManagementPerYear,
    ),
    fleetManagementCounted: f(
      `=IF(${I("includeFleetManagement")}=1,${R("fleetManagementPerYear")},0)`,
      r.fleetManagementCounted,
    ),
    firstYearCost: f(
      `=${R("operationPerYear")}+${I("onboarding")}+${R("fleetManagementCounted")}`,
      r.firstYearCost,
    ),
    laterYearsCost: f(`=${R("operationPerYear")}+${R("fleetManagementCounted")}`, r.laterYearsCost),
    costPerVehicle: f(`=${R("firstYearCost")}/${I("vehicles")}`, r.costPerVehicle),
    leasePerYear: f(`=${I("leasePerMonth")}*12`, r.car.lease),
    servicePerYear: f(`=${I("servicePerMonth")}*12`, r.car.service),
    ownerTaxPerYear: f(`=${I("ownerTaxPerHalfYear")}*2`, r.car.ownerTax),
    insurance: f(`=${I("insurancePerYear")}`, r.car.insurance),
    fuelCost: f(`=${I("kmPerYear")}/${I("kmPerLitre")}*${I("fuelPricePerLitre")}`, r.car.fuel),
    electricityCost: f(
      `=${I("kmPerYear")}*${I("whPerKm")}/1000*${I("electricityPricePerKwh")}`,
      r.car.electricity,
    ),
    co2Tax: f(
      `=(${I("kmPerYear")}/${I("kmPerLitre")}*${I("fuelCo2eKgPerLitre")}` +
        `+${I("kmPerYear")}*${I("whPerKm")}/1000*${I("electricityCo2eKgPerKwh")})/1000*${I("co2PricePerTonne")}`,
      r.car.co2Tax,
    ),
    carCostPerYear: f(`=SUM(${R("leasePerYear")}:${R("co2Tax")})`, r.car.total),
    netYearlySaving: f(`=${I("yearlySaving")}-${R("laterYearsCost")}`, r.scenario.netYearlySaving),
  };
}

/** Years as columns: a header row of year numbers ("Year 1"…) and one row per cash-flow line. */
function cashFlowRanges(
  at: Cells,
  layout: BusinessCaseLayout,
  L: Labels,
  r: BusinessCaseResult,
): PlanRange[] {
  const { headerRow, rows, firstCol, years } = layout.cashFlow;
  const esc = absolute(at.input("priceEscalation"));
  const disc = absolute(at.input("discountRate"));
  const later = absolute(at.result("laterYearsCost"));
  const onboarding = absolute(at.input("onboarding"));
  const saving = absolute(at.input("yearlySaving"));
  const yearCells = Array.from({ length: years }, (_, k) => k + 1);
  const ranges: PlanRange[] = [
    { row: headerRow, col: 1, values: [[L.cashFlowCorner]], style: "header" },
    {
      row: headerRow,
      col: firstCol,
      values: [yearCells],
      columns: yearCells.map(() => ({ format: L.yearFormat, align: "right" as const })),
      style: "header",
    },
  ];
  const line = (key: keyof typeof rows, format: string, cell: (col: string, k: number) => PlanFormula) => {
    ranges.push({ row: rows[key], col: 1, values: [[L.cashFlow[key]]] });
    ranges.push({
      row: rows[key],
      col: firstCol,
      values: [yearCells.map((_, k) => cell(columnLetter(firstCol + k), k))],
      columns: yearCells.map(() => ({ format })),
      style: key === "cumulative" ? "kpi" : undefined,
    });
  };
  const year = (col: string) => `${col}$${headerRow}`;
  const flows = r.scenario.cashFlow;
  line("cost", F.dkk, (c, k) => ({
    formula: `=-(${later}*(1+${esc})^(${year(c)}-1)+IF(${year(c)}=1,${onboarding},0))`,
    result: flows[k].cost,
  }));
  line("saving", F.dkk, (c, k) => ({
    formula: `=${saving}*(1+${esc})^(${year(c)}-1)`,
    result: flows[k].saving,
  }));
  line("net", F.dkk, (c, k) => ({ formula: `=${c}${rows.cost}+${c}${rows.saving}`, result: flows[k].net }));
  line("discountFactor", "0.0000", (c, k) => ({
    formula: `=1/(1+${disc})^${year(c)}`,
    result: flows[k].discountFactor,
  }));
  line("presentValue", F.dkk, (c, k) => ({
    formula: `=${c}${rows.net}*${c}${rows.discountFactor}`,
    result: flows[k].presentValue,
  }));
  const firstLetter = columnLetter(firstCol);
  line("cumulative", F.dkk, (c, k) => ({
    formula: `=SUM($${firstLetter}$${rows.presentValue}:${c}${rows.presentValue})`,
    result: flows[k].cumulativePresentValue,
  }));
  return ranges;
}

/**
 * One row per factor: the change, then break-even (year 1) and the scenario's saving with the
 * factor moved down and up. Label column plus four value columns: the shape a tornado chart needs.
 */
function sensitivityRanges(
  at: Cells,
  layout: BusinessCaseLayout,
  L: Labels,
  r: BusinessCaseResult,
  i: BusinessCaseInputs,
): PlanRange[] {
  const { headerRow, baseRow, factorRows } = layout.sensitivity;
  const a = (address: string) => absolute(address);
  const step = a(at.input("sensitivityStep"));
  const first = a(at.result("firstYearCost"));
  const car = a(at.result("carCostPerYear"));
  const saving = a(at.input("yearlySaving"));
  const res = (key: ResultKey) => a(at.result(key));
  const inp = (key: BusinessCaseInputKey) => a(at.input(key));
  const carPart: Record<SensitivityFactor, string> = {
    fuelPrice: res("fuelCost"),
    electricityPrice: res("electricityCost"),
    co2ePrice: res("co2Tax"),
    kmPerYear: `(${res("fuelCost")}+${res("electricityCost")}+${res("co2Tax")})`,
  };
  const savingPart: Record<SensitivityFactor, string> = {
    fuelPrice: `(${inp("energySaving")}-${inp("electricitySaving")})`,
    electricityPrice: inp("electricitySaving"),
    co2ePrice: inp("co2eSaving"),
    kmPerYear: `(${inp("energySaving")}+${inp("co2eSaving")}+${inp("allowanceSaving")})`,
  };
  const columns: PlanColumnFormat[] = [
    { align: "left" },
    { format: '"±"0%' },
    { format: "0.00" },
    { format: "0.00" },
    { format: F.dkk },
    { format: F.dkk },
  ];
  const ranges: PlanRange[] = [
    {
      row: headerRow,
      col: 1,
      values: [L.sensitivityHeader],
      columns: columns.map((c) => ({ align: c.align ?? "right" })),
      style: "header",
    },
    {
      row: baseRow,
      col: 1,
      values: [
        [
          L.sensitivityBase,
          0,
          { formula: `=${res("breakEvenFirstYear")}`, result: r.breakEvenFirstYear },
          { formula: `=${res("breakEvenFirstYear")}`, result: r.breakEvenFirstYear },
          { formula: `=${saving}`, result: i.yearlySaving },
          { formula: `=${saving}`, result: i.yearlySaving },
        ],
      ],
      columns,
    },
  ];
  for (const row of r.sensitivity) {
    ranges.push({
      row: factorRows[row.factor],
      col: 1,
      values: [
        [
          L.factors[row.factor],
          { formula: `=${step}`, result: i.sensitivityStep },
          {
            formula: `=${first}/(${car}-${step}*${carPart[row.factor]})`,
            result: row.breakEvenFirstYearDown,
          },
          { formula: `=${first}/(${car}+${step}*${carPart[row.factor]})`, result: row.breakEvenFirstYearUp },
          { formula: `=${saving}-${step}*${savingPart[row.factor]}`, result: row.yearlySavingDown },
          { formula: `=${saving}+${step}*${savingPart[row.factor]}`, result: row.yearlySavingUp },
        ],
      ],
      columns,
    });
  }
  return ranges;
}
