import {
  INPUT_RULES,
  REPORT_EXAMPLE_INPUTS,
  type BusinessCaseInputKey,
  type InputRule,
} from "../../core/businesscase/inputs";
import { BUSINESS_CASE_LABELS } from "../plan/businessCaseLabels";
import { cellError } from "./errorFactory";
import type { CellError } from "./cellError";

/** "a whole number of at least 1", "a number greater than 0", "0 or 1"… in both languages. */
export function describeRule(rule: InputRule): { en: string; da: string } {
  const pct = (x: number) => (rule.percent ? `${round(x * 100)} %` : String(x));
  if (rule.kind === "whole" && rule.min === 0 && rule.max === 1) return { en: "0 or 1", da: "0 eller 1" };
  const what =
    rule.kind === "whole"
      ? { en: "a whole number", da: "et helt tal" }
      : rule.percent
        ? { en: "a percentage", da: "en procentsats" }
        : { en: "a number", da: "et tal" };
  if (rule.max !== undefined)
    return {
      en: `${what.en} from ${pct(rule.min)} to ${pct(rule.max)}`,
      da: `${what.da} fra ${pct(rule.min)} til ${pct(rule.max)}`,
    };
  if (rule.minExclusive)
    return { en: `${what.en} greater than ${pct(rule.min)}`, da: `${what.da} større end ${pct(rule.min)}` };
  return { en: `${what.en} of at least ${pct(rule.min)}`, da: `${what.da} på mindst ${pct(rule.min)}` };
}

/** The report's value as the fix suggests it ("18", "4 %"). */
function exampleOf(key: BusinessCaseInputKey): string {
  const value = REPORT_EXAMPLE_INPUTS[key];
  return INPUT_RULES[key].percent ? `${round(value * 100)} %` : String(value);
}

/**
 * A bad business-case input. `where` places it: a cell of a business-case sheet, or (sheet "")
 * an option whose text names the input, its cell and its defined name.
 */
export function badInputError(
  key: BusinessCaseInputKey,
  got: { en: string; da: string },
  where: { sheet: string; cell: string; prefix?: string },
): CellError {
  const rule = describeRule(INPUT_RULES[key]);
  const en = BUSINESS_CASE_LABELS.en.inputs[key];
  const da = BUSINESS_CASE_LABELS.da.inputs[key];
  const prefix = where.prefix ?? "";
  return cellError(
    where.sheet,
    where.cell,
    {
      message: `${prefix}"${en}" must be ${rule.en}, but ${got.en}.`,
      fix: `Enter ${rule.en}; the report's example is ${exampleOf(key)}.`,
    },
    {
      message: `${prefix}"${da}" skal være ${rule.da}, men ${got.da}.`,
      fix: `Skriv ${rule.da}; rapportens eksempel er ${exampleOf(key)}.`,
    },
  );
}

/** The car costs nothing: a break-even would divide by zero. */
export function freeCarError(where: { sheet: string; cell: string }): CellError {
  return cellError(
    where.sheet,
    where.cell,
    {
      message: "One car costs 0 kr a year, so no number of cars phased out can pay for FleetOptimiser.",
      fix: "Enter the car's lease, service, tax, insurance and fuel or electricity costs.",
    },
    {
      message: "Én bil koster 0 kr. om året, så intet antal udfasede biler kan betale for FleetOptimiser.",
      fix: "Skriv bilens leasing, service, afgift, forsikring og udgifter til brændstof eller strøm.",
    },
  );
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
