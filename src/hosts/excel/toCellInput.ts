import { isFormula, type PlanCell } from "../../workbook/plan/types";

/** What goes into `range.values` / `range.formulas`: null leaves a cell as it is (empty on a new sheet). */
export type CellInput = string | number | boolean | null;

/**
 * Text Excel would not keep as typed: office.js parses written values like keyboard input, so a
 * leading = + - @ makes a formula (a formula-injection risk for names coming from user data), and
 * digits, dates or TRUE/FALSE become numbers, dates or booleans ("0123" → 123). A leading apostrophe
 * makes Excel store the rest as text and hide the apostrophe; an existing leading apostrophe needs
 * one too, or Excel would swallow it.
 */
const NEEDS_TEXT_MARK = /^(?:[=+\-@']|\s*[\d.,]|(?:true|false)\s*$)/i;

/**
 * The input for one plan cell: the formula text for formulas (written through `range.formulas`),
 * the value otherwise, with text protected by an apostrophe where Excel would reinterpret it.
 *
 * @example
 * toCellInput({ formula: "=SUM(B2:B9)", result: 12 })
 * //=> "=SUM(B2:B9)"
 * toCellInput("=cmd|' /C calc'!A0")
 * //=> "'=cmd|' /C calc'!A0"
 */
export function toCellInput(cell: PlanCell): CellInput {
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === "string") return NEEDS_TEXT_MARK.test(cell) ? `'${cell}` : cell;
  if (typeof cell === "number" && !Number.isFinite(cell))
    throw new Error(`A result cell holds ${cell}, which Excel cannot store.`);
  return cell;
}
