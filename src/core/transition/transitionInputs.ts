/**
 * The rules of the transition plan (issue 18) as inputs: each is a yellow cell on the plan sheet
 * and a `fleetopt plan --set` key. Shared by the sheet's validations, the reader of an edited plan
 * sheet and the command line, so the three cannot disagree on what a valid value is.
 */

export interface TransitionInputs {
  /** The plan's first day (naive ms at 00:00); the horizon is the calendar years from its year. */
  startMs: number;
  /** Calendar years in the plan, the start's year included. */
  years: number;
  /** Yearly price escalation on fuel and electricity, as a fraction (0.02 = 2 %). */
  escalation: number;
  /** The TCO method's discount rate for present values, as a fraction. */
  discountRate: number;
  /** The climate goal: CO2e this fraction below today's … */
  co2eTargetPct: number;
  /** … by this year. */
  co2eTargetYear: number;
  /** Electric cars sharing one charge point. */
  evsPerChargePoint: number;
  /** Running cost of one charge point, kr per year. */
  chargePointYearlyCost: number;
  /** One-off installation of one charge point, kr, in the year it is added. */
  chargePointInstallCost: number;
}

export type TransitionInputKey = keyof TransitionInputs;

/** Every key in sheet order: the horizon, money over time, the climate goal, charging. */
export const TRANSITION_INPUT_KEYS: readonly TransitionInputKey[] = [
  "startMs",
  "years",
  "escalation",
  "discountRate",
  "co2eTargetPct",
  "co2eTargetYear",
  "evsPerChargePoint",
  "chargePointYearlyCost",
  "chargePointInstallCost",
];

/** The `--set` spelling of each key ("start" rather than the internal "startMs"). */
export const SET_KEY: Record<TransitionInputKey, string> = {
  startMs: "start",
  years: "years",
  escalation: "escalation",
  discountRate: "discountRate",
  co2eTargetPct: "co2eTargetPct",
  co2eTargetYear: "co2eTargetYear",
  evsPerChargePoint: "evsPerChargePoint",
  chargePointYearlyCost: "chargePointYearlyCost",
  chargePointInstallCost: "chargePointInstallCost",
};

export interface TransitionInputRule {
  kind: "date" | "whole" | "decimal" | "fraction";
  min?: number;
  max?: number;
}

export const TRANSITION_INPUT_RULES: Record<TransitionInputKey, TransitionInputRule> = {
  startMs: { kind: "date" },
  years: { kind: "whole", min: 1, max: 50 },
  escalation: { kind: "fraction", min: -0.5, max: 1 },
  discountRate: { kind: "fraction", min: 0, max: 1 },
  co2eTargetPct: { kind: "fraction", min: 0, max: 1 },
  co2eTargetYear: { kind: "whole", min: 1900, max: 9999 },
  evsPerChargePoint: { kind: "whole", min: 1, max: 1000 },
  chargePointYearlyCost: { kind: "decimal", min: 0 },
  chargePointInstallCost: { kind: "decimal", min: 0 },
};

/**
 * Defaults besides the horizon (which depends on the data and the events): the business case's
 * 2 % price escalation, the TCO method's 4 % discount rate, the common municipal goal of 70 % less
 * CO2e by 2030, and one charge point per EV at no cost until the user types real figures.
 */
export const TRANSITION_DEFAULTS: Omit<TransitionInputs, "startMs" | "years"> = {
  escalation: 0.02,
  discountRate: 0.04,
  co2eTargetPct: 0.7,
  co2eTargetYear: 2030,
  evsPerChargePoint: 1,
  chargePointYearlyCost: 0,
  chargePointInstallCost: 0,
};

/** The smallest default horizon in years. */
export const MIN_DEFAULT_YEARS = 5;

export function meetsTransitionRule(value: number, rule: TransitionInputRule): boolean {
  if (!Number.isFinite(value)) return false;
  if ((rule.kind === "whole" || rule.kind === "date") && !Number.isInteger(value)) return false;
  if (rule.min !== undefined && value < rule.min) return false;
  if (rule.max !== undefined && value > rule.max) return false;
  return true;
}
