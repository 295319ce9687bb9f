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

/** A rectangle of cells at a fixed place. */
export interface PlanRange {
  /** 1-based top-left. */
  row: number;
  col: number;
  values: PlanCell[][];
  /** One number format per column of `values` (null: General). */
  numberFormats?: (string | null)[];
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
  header: string[];
  rows: PlanCell[][];
  numberFormats?: (string | null)[];
  /** A list validation per column (null: none), e.g. the Type drop-down of the template. */
  listValidations?: (string[] | null)[];
  /** For template tables: how many empty rows the validations should cover. */
  validationRows?: number;
}

export interface SheetPlan {
  /** Wanted name; hosts make it unique (" (2)", " (3)") and never overwrite an existing sheet. */
  name: string;
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** Rows frozen at the top. */
  freezeRows?: number;
  ranges: PlanRange[];
  tables: PlanTable[];
  visibility?: "visible" | "hidden" | "veryHidden";
  /** Activate this sheet after writing. */
  activate?: boolean;
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
  kg: '#,##0.0 "kg"',
  kwh: '#,##0.0 "kWh"',
  litre: '#,##0.0 "l"',
  percent: "0.0%",
  decimal2: "#,##0.00",
} as const;
