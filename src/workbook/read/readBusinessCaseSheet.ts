import {
  BUSINESS_CASE_INPUT_KEYS,
  INPUT_RULES,
  meetsRule,
  type BusinessCaseInputs,
  type InputRule,
} from "../../core/businesscase/inputs";
import { DEFAULT_CASH_FLOW_YEARS } from "../../core/businesscase/businessCase";
import type { Result } from "../../core/result";
import { BUSINESS_CASE_LABELS, BUSINESS_CASE_TITLE_PREFIXES } from "../plan/businessCaseLabels";
import { businessCaseLayout, LABEL_COL, VALUE_COL } from "../plan/businessCaseLayout";
import { cellAddress, type CellValue, type SheetData } from "../sheetData";
import { badInputError } from "./businessCaseInputErrors";
import { cellValueAt, sheetTitle } from "./cellValueAt";
import { describeCell, parseNumberCell } from "./cellParsers";
import { cellError } from "./errorFactory";
import type { CellError } from "./cellError";

export type BusinessCaseSheetResult = Result<BusinessCaseInputs, CellError>;

/** Is this sheet a business case written by FleetOptimiser (A1 holds its title)? */
export function isBusinessCaseSheet(sheet: SheetData): boolean {
  const title = sheetTitle(sheet);
  return BUSINESS_CASE_TITLE_PREFIXES.some((p) => title.startsWith(p));
}

/**
 * A number from a cell or an option, with a percentage also accepted as text ("4 %", "4,5%") for
 * percent inputs; null when it is no number.
 */
export function parseInputValue(v: CellValue, rule: InputRule): number | null {
  if (rule.percent && typeof v === "string" && /%\s*$/.test(v)) {
    const n = parseNumberCell(v.replace(/%\s*$/, ""));
    return n === null ? null : n / 100;
  }
  return parseNumberCell(v);
}

/**
 * The inputs of a business-case sheet the user may have edited: each from its cell in column B,
 * checked against its rule. Every bad cell is reported, each with its address. The labels in
 * column A must still be where FleetOptimiser wrote them; if rows were moved, reading by position
 * would pick wrong cells, so that is refused with one error.
 */
export function readBusinessCaseSheet(sheet: SheetData): BusinessCaseSheetResult {
  const layout = businessCaseLayout(DEFAULT_CASH_FLOW_YEARS);
  const inputs = {} as BusinessCaseInputs;
  const errors: CellError[] = [];
  for (const key of BUSINESS_CASE_INPUT_KEYS) {
    const row = layout.inputRow[key];
    const label = cellValueAt(sheet, row, LABEL_COL);
    const expected = [BUSINESS_CASE_LABELS.en.inputs[key], BUSINESS_CASE_LABELS.da.inputs[key]];
    if (typeof label !== "string" || !expected.includes(label.trim())) {
      return { ok: false, errors: [movedError(sheet.name, cellAddress(row, LABEL_COL), expected)] };
    }
    const cell = cellAddress(row, VALUE_COL);
    const raw = cellValueAt(sheet, row, VALUE_COL);
    const rule = INPUT_RULES[key];
    const value = parseInputValue(raw, rule);
    if (value === null || !meetsRule(value, rule)) {
      const got = describeCell(raw);
      errors.push(
        badInputError(
          key,
          { en: `the cell holds ${got.en}`, da: `cellen indeholder ${got.da}` },
          { sheet: sheet.name, cell },
        ),
      );
    } else inputs[key] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: inputs };
}

function movedError(sheet: string, cell: string, expected: string[]): CellError {
  return cellError(
    sheet,
    cell,
    {
      message: `This cell should hold the label "${expected[0]}": rows of the business case were moved or deleted, so its inputs cannot be read by position.`,
      fix: "Undo the row changes, or write a new business case and copy your inputs into it.",
    },
    {
      message: `Cellen skulle indeholde teksten "${expected[1]}": businesscasens rækker er flyttet eller slettet, så dens input ikke kan læses.`,
      fix: "Fortryd rækkeændringerne, eller skriv en ny businesscase og kopiér dine input ind i den.",
    },
  );
}
