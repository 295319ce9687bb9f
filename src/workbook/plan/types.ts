/**
 * A result sheet as data. The engine turns results into plans; each host (office.js in Excel,
 * ExcelTS for the browser page and the CLI) only renders plans, so what a sheet contains is tested
 * once, without Excel.
 *
 * Dates are written as Excel serial numbers with a date number format, never as text.
 * Number formats are invariant codes (`#,##0 "kr."`, `0.0%`): Excel localises them for display.
 */

export type PlanValue = string | number | boolean | null;

export interface PlanFormula {
  /** Invariant (English) formula starting with "=", e.g. "=SUM(B2:B9)". */
  formula: string;
  /** The value computed in JavaScript, for readers that do not recalculate. */
  result: number | string;
}

export type PlanCell = PlanValue | PlanFormula;

export type PlanStyle = "title" | "subtitle" | "header" | "label" | "input" | "note" | "kpi" | "warning";

/**
 * Which way a column's cells lean. A header over numbers leans right like its numbers, so each
 * number stands under its own header; text leans left.
 */
export type PlanAlign = "left" | "right";

/** How the cells of one column show: number format and alignment. */
export interface PlanColumnFormat {
  /** Invariant number format; absent or null: General. */
  format?: string | null;
  /** Absent: right when the column has a number format or holds only numbers, else left (see planAlign). */
  align?: PlanAlign;
}

/**
 * One column of a table: its header together with how its cells show, so a header can never
 * drift from its format. Widths are not given: hosts fit them to the formatted contents
 * (fitColumnWidths), with `minWidth` for a column a user will fill in (the template's).
 */
export interface PlanColumn extends PlanColumnFormat {
  header: string;
  /** Narrowest width in characters. */
  minWidth?: number;
  /** A drop-down list Excel offers in every cell, e.g. the Type column of the template. */
  list?: string[];
}

/** A rectangle of cells at a fixed place. */
export interface PlanRange {
  /** 1-based top-left. */
  row: number;
  col: number;
  values: PlanCell[][];
  /** How each column of `values` shows (absent: General, aligned by its values). */
  columns?: PlanColumnFormat[];
  style?: PlanStyle;
  /** A rule Excel enforces on every cell of the range when a user types into it. */
  numberValidation?: PlanNumberValidation;
}

/**
 * Excel's whole-number or decimal data validation, e.g. "a decimal ≥ 0". Bounds are inclusive
 * unless `minExclusive`; give `min`, `max` or both. A typed value that breaks the rule is refused
 * with `errorMessage`.
 */
export interface PlanNumberValidation {
  kind: "whole" | "decimal";
  min?: number;
  minExclusive?: boolean;
  max?: number;
  errorMessage?: string;
}

/** Excel's operator and operands for a number validation (exceljs/ExcelTS spelling). */
export function numberValidationOperands(v: PlanNumberValidation): {
  operator: "between" | "greaterThan" | "greaterThanOrEqual" | "lessThanOrEqual";
  formulae: number[];
} {
  if (v.min !== undefined && v.max !== undefined) {
    if (v.minExclusive)
      throw new Error("A number validation cannot have an exclusive minimum and a maximum.");
    if (v.min > v.max)
      throw new Error(`A number validation's minimum ${v.min} is above its maximum ${v.max}.`);
    return { operator: "between", formulae: [v.min, v.max] };
  }
  if (v.min !== undefined)
    return { operator: v.minExclusive ? "greaterThan" : "greaterThanOrEqual", formulae: [v.min] };
  if (v.max !== undefined) return { operator: "lessThanOrEqual", formulae: [v.max] };
  throw new Error("A number validation needs a minimum, a maximum or both.");
}

/** A real Excel table (ListObject) with a header row. */
export interface PlanTable {
  /** Table name, unique in the workbook: letters, digits and _ only, starting with a letter. */
  name: string;
  row: number;
  col: number;
  columns: PlanColumn[];
  rows: PlanCell[][];
  /** For template tables: how many empty rows the validations and formats should cover. */
  validationRows?: number;
}

/**
 * How a sheet prints. Every sheet gets one (hosts fill the gaps with printSetupOf): one page wide
 * and as many pages down as it takes, so no printout runs to a page per column.
 */
export interface PlanPrint {
  /** Absent: landscape when the columns are wider than a portrait page. */
  orientation?: "portrait" | "landscape";
  /**
   * 1-based rows printed again at the top of every page after them, e.g. the header row of a
   * long table. Absent: the header row of the sheet's longest table, if any.
   */
  repeatRows?: { first: number; last: number };
}

export interface SheetPlan {
  /** Wanted name; hosts make it unique (" (2)", " (3)") and never overwrite an existing sheet. */
  name: string;
  /** Rows frozen at the top: the sheet's title and table header stay in view while scrolling. */
  freezeRows?: number;
  /** Columns frozen at the left, e.g. the vehicle names of a wide heat map. */
  freezeCols?: number;
  ranges: PlanRange[];
  tables: PlanTable[];
  print?: PlanPrint;
  visibility?: "visible" | "hidden" | "veryHidden";
  /** Activate this sheet after writing. */
  activate?: boolean;
  /** Native charts over ranges of this sheet, drawn after its values and tables. */
  charts?: PlanChart[];
  /** Conditional formats (heat maps, threshold highlights) over ranges of this sheet. */
  conditionalFormats?: PlanConditionalFormat[];
}

/**
 * Excel conditional formatting over one A1 range of the sheet, drawn by Excel itself so it follows
 * the numbers when a user edits them:
 * - `colorScale`: a two-colour scale from the lowest to the highest value (a heat map);
 * - `threshold`: cells `below` (or `above`) a value get a fill; `value` is a number or a same-sheet
 *   cell such as "$B$4", so a user can change the threshold in the workbook.
 * Colours are "#RRGGBB".
 */
export type PlanConditionalFormat =
  | { kind: "colorScale"; range: string; lowColor: string; highColor: string }
  | {
      kind: "threshold";
      range: string;
      operator: "below" | "above";
      value: number | string;
      /** At least one of the two: a fill, or (to combine with a colour scale) only a font colour. */
      fillColor?: string;
      fontColor?: string;
    };

const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;
const CELL_REF = /^\$?[A-Za-z]{1,3}\$?\d+$/;

/** Plan mistakes in a conditional format, found before anything is written. */
export function checkPlanConditionalFormat(cf: PlanConditionalFormat, where: string): void {
  const label = `${where}, conditional format over "${cf.range}"`;
  parseChartRange(cf.range);
  const colors = cf.kind === "colorScale" ? [cf.lowColor, cf.highColor] : [cf.fillColor, cf.fontColor];
  for (const c of colors)
    if (c !== undefined && !HEX_COLOR.test(c)) throw new Error(`${label}: colour "${c}" is not #RRGGBB.`);
  if (cf.kind === "threshold" && cf.fillColor === undefined && cf.fontColor === undefined)
    throw new Error(`${label}: a threshold needs a fill colour, a font colour or both.`);
  if (cf.kind === "threshold" && typeof cf.value === "string" && !CELL_REF.test(cf.value))
    throw new Error(`${label}: threshold "${cf.value}" is neither a number nor a cell such as $B$4.`);
  if (cf.kind === "threshold" && typeof cf.value === "number" && !Number.isFinite(cf.value))
    throw new Error(`${label}: the threshold is not a finite number.`);
}

/**
 * A native Excel chart over cells of its own sheet, e.g. the cash flow:
 * `{ kind: "line", title: "Cash flow", categories: "B69:F69",
 *    series: [{ name: "Net", values: "B72:F72" }], anchor: { row: 86, col: 1, widthCols: 6, heightRows: 18 } }`.
 * Ranges are plain A1 (no sheet name, "$" allowed), one row or one column each, and every series
 * has as many cells as `categories`; hosts qualify them with the sheet's final name.
 */
export interface PlanChart {
  kind: PlanChartKind;
  title: string;
  /** The category (x-axis) labels. */
  categories: string;
  series: PlanChartSeries[];
  anchor: PlanChartAnchor;
  /**
   * Where the value axis starts. Amounts compared side by side (cost today vs simulated) must start
   * at 0: left to itself, a spreadsheet may start the axis near the smallest value, and a 5 %
   * saving then looks like a halving. Unset: the spreadsheet chooses (a tornado needs that).
   */
  valueAxisMin?: number;
}

/**
 * Line, vertical bars (side by side, or stacked into one column per category: parts of a whole),
 * horizontal bars (a tornado when two series straddle a base), or an XY
 * scatter of markers, where `categories` holds the x values (numbers) and each series the y values.
 */
export type PlanChartKind = "line" | "columnClustered" | "columnStacked" | "barClustered" | "xyScatter";

export interface PlanChartSeries {
  /** Legend text. */
  name: string;
  /** The values, one per category. */
  values: string;
}

/** Where the chart sits: its 1-based top-left cell and its size in columns and rows. */
export interface PlanChartAnchor {
  row: number;
  col: number;
  widthCols: number;
  heightRows: number;
}

/** A 1-based block of cells parsed from a plan chart's A1 range. */
export interface PlanChartRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const CHART_RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** Parses "B69:F69" (or "$B$69:$F$69", or one cell) to a rectangle; throws on anything else. */
export function parseChartRange(address: string): PlanChartRect {
  const m = CHART_RANGE.exec(address.trim());
  if (!m) throw new Error(`Chart range "${address}" is not a plain A1 range on the chart's sheet.`);
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  if (r1 < 1 || r2 < 1) throw new Error(`Chart range "${address}" has a row below 1.`);
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Plan mistakes in a chart, found before anything is written: a range that is not one row or
 * column, a series whose length differs from the categories, no series, or a bad anchor.
 */
export function checkPlanChart(chart: PlanChart, where: string): void {
  const label = `${where}, chart "${chart.title}"`;
  const line = (address: string): number => {
    const rect = parseChartRange(address);
    if (rect.rows !== 1 && rect.cols !== 1)
      throw new Error(`${label}: range "${address}" must be a single row or column.`);
    return rect.rows * rect.cols;
  };
  if (chart.series.length === 0) throw new Error(`${label} has no series.`);
  const count = line(chart.categories);
  for (const s of chart.series) {
    const n = line(s.values);
    if (n !== count)
      throw new Error(`${label}: series "${s.name}" has ${n} values but there are ${count} categories.`);
  }
  const a = chart.anchor;
  const positive = [a.row, a.col, a.widthCols, a.heightRows].every((v) => Number.isInteger(v) && v >= 1);
  if (!positive) throw new Error(`${label}: the anchor needs whole numbers of at least 1.`);
}

export interface PlanName {
  name: string;
  /** Sheet-relative reference resolved after the sheet name is final, e.g. { sheet: 0, ref: "$B$4" }. */
  sheetIndex: number;
  ref: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names?: PlanName[];
}

export function isFormula(cell: PlanCell): cell is PlanFormula {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** The value a non-recalculating reader sees. */
export function cellResult(cell: PlanCell): PlanValue {
  return isFormula(cell) ? cell.result : cell;
}

/** Invariant number formats shared by every plan. */
export const NUMBER_FORMATS = {
  dateTime: "yyyy-mm-dd hh:mm",
  date: "yyyy-mm-dd",
  integer: "#,##0",
  km: '#,##0.0 "km"',
  kmInt: '#,##0 "km"',
  dkk: '#,##0 "kr."',
  dkk2: '#,##0.00 "kr."',
  tonnes: '#,##0.000 "t"',
  /** Tonnes of CO2e where the unit must be spelled out (comparison, dashboards). */
  tCo2e: '#,##0.00 "t CO2e"',
  kg: '#,##0.0 "kg"',
  kwh: '#,##0.0 "kWh"',
  litre: '#,##0.0 "l"',
  percent: "0.0%",
  decimal2: "#,##0.00",
} as const;
