import { TRANSITION_INPUT_KEYS, type TransitionInputKey } from "../../core/transition/transitionInputs";

/**
 * Where the plan sheet keeps what, so the writer and the reader of an edited sheet agree. The
 * inputs and the events table sit at fixed rows; the fleets and per-year blocks follow the
 * events, whose number varies.
 */

export const LABEL_COL = 1;
export const VALUE_COL = 2;
export const NOTE_COL = 3;

export const INPUTS_TITLE_ROW = 5;
export const INPUT_ROW = Object.fromEntries(
  TRANSITION_INPUT_KEYS.map((k, i) => [k, INPUTS_TITLE_ROW + 1 + i]),
) as Record<TransitionInputKey, number>;

export const RESULTS_TITLE_ROW = INPUTS_TITLE_ROW + TRANSITION_INPUT_KEYS.length + 2;
export const RESULT_KEYS = ["target", "firstYear", "inTime", "todayChargePoints", "cumulative"] as const;
export type TransitionResultKey = (typeof RESULT_KEYS)[number];
export const RESULT_ROW = Object.fromEntries(
  RESULT_KEYS.map((k, i) => [k, RESULTS_TITLE_ROW + 1 + i]),
) as Record<TransitionResultKey, number>;

export const EVENTS_TITLE_ROW = RESULTS_TITLE_ROW + RESULT_KEYS.length + 2;
export const EVENTS_HEADER_ROW = EVENTS_TITLE_ROW + 1;
/** Columns of the events table: date, out id, out name, in id, in name, reason. */
export const EVENT_COL = { date: 1, outId: 2, outName: 3, inId: 4, inName: 5, reason: 6 } as const;

/** Columns of the fleets block; the days per year follow in DAYS_FIRST_COL onwards. */
export const FLEET_COL = {
  from: 1,
  to: 2,
  name: 3,
  bike: 4,
  ebike: 5,
  ev: 6,
  fossil: 7,
  vehicles: 8,
  fixed: 9,
  energy: 10,
  social: 11,
  allowance: 12,
  total: 13,
  co2e: 14,
  unallocated: 15,
} as const;
export const DAYS_FIRST_COL = 16;

/** Columns of the per-year block. */
export const YEAR_COL = {
  year: 1,
  days: 2,
  bike: 3,
  ebike: 4,
  ev: 5,
  fossil: 6,
  vehicles: 7,
  fixed: 8,
  energy: 9,
  social: 10,
  allowance: 11,
  charging: 12,
  cost: 13,
  co2e: 14,
  unallocated: 15,
  chargePoints: 16,
  keepToday: 17,
  discount: 18,
  presentValue: 19,
  savingPv: 20,
  cumulative: 21,
  goalMet: 22,
  costPct: 23,
  co2ePct: 24,
  targetPct: 25,
} as const;

export interface TransitionPlanLayout {
  firstEventRow: number;
  fleetsTitleRow: number;
  fleetsHeaderRow: number;
  firstFleetRow: number;
  yearsTitleRow: number;
  yearsHeaderRow: number;
  firstYearRow: number;
  lastYearRow: number;
  chartRow: number;
}

/** Rows of the variable blocks for a plan of `events` events, `fleets` fleets and `years` years. */
export function transitionPlanLayout(events: number, fleets: number, years: number): TransitionPlanLayout {
  const firstEventRow = EVENTS_HEADER_ROW + 1;
  const fleetsTitleRow = firstEventRow + Math.max(1, events) + 1;
  const firstFleetRow = fleetsTitleRow + 2;
  const yearsTitleRow = firstFleetRow + fleets + 1;
  const firstYearRow = yearsTitleRow + 2;
  const lastYearRow = firstYearRow + years - 1;
  return {
    firstEventRow,
    fleetsTitleRow,
    fleetsHeaderRow: fleetsTitleRow + 1,
    firstFleetRow,
    yearsTitleRow,
    yearsHeaderRow: yearsTitleRow + 1,
    firstYearRow,
    lastYearRow,
    chartRow: lastYearRow + 2,
  };
}
