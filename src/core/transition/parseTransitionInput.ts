import { excelSerialToMs, parseIsoDate } from "../time/naiveTime";
import { meetsTransitionRule, TRANSITION_INPUT_RULES, type TransitionInputKey } from "./transitionInputs";

/**
 * A plan input as typed on the command line or found in a cell, checked against its rule; null
 * when it is not a valid value. Dates are ISO text (2027-01-01) or Excel serials; fractions are
 * 0.04, "4%" or "4 %" (a comma decimal is read too); whole numbers must be whole.
 * @example parseTransitionInput("discountRate", "4%") //=> 0.04
 */
export function parseTransitionInput(key: TransitionInputKey, raw: string | number): number | null {
  const rule = TRANSITION_INPUT_RULES[key];
  let value: number | null;
  if (rule.kind === "date") {
    value = typeof raw === "number" ? excelSerialToMs(Math.floor(raw)) : parseIsoDate(raw);
    return value;
  }
  if (typeof raw === "number") value = raw;
  else {
    const text = raw.trim().replace(",", ".");
    const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (percent && rule.kind === "fraction") value = Number(percent[1]) / 100;
    else value = /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : null;
  }
  return value !== null && meetsTransitionRule(value, rule) ? value : null;
}
