import { MS_PER_DAY } from "../model/constants";
import type { VehicleType } from "../model/types";
import { daysInYear, yearOf, yearStartMs } from "./horizon";
import type { TransitionInputs } from "./transitionInputs";

/** One fleet's yearly figures by the consequence model (product.md §4.3), kr and tonnes a year. */
export interface FleetFigures {
  fixedDkk: number;
  /** Fuel and electricity. */
  energyDkk: number;
  /** The social cost of CO2e. */
  socialDkk: number;
  allowanceDkk: number;
  co2eTonnes: number;
  /** Trips no vehicle took in the data period. */
  unallocatedTrips: number;
  byType: Record<VehicleType, number>;
}

/** A fleet and the days it runs: from (inclusive) to (exclusive); null for open ends. */
export interface PricedSegment {
  fromMs: number | null;
  toMs: number | null;
  figures: FleetFigures;
}

export interface CostParts {
  fixed: number;
  energy: number;
  co2e: number;
  allowance: number;
  charging: number;
}

export interface TransitionYear {
  year: number;
  days: number;
  /** Days each segment runs in the year, in segment order. */
  segmentDays: number[];
  /** On the year's last day. */
  vehiclesByType: Record<VehicleType, number>;
  vehicles: number;
  costParts: CostParts;
  cost: number;
  co2eTonnes: number;
  unallocatedTrips: number;
  chargePoints: number;
  /** Charge points installed this year. */
  chargePointsAdded: number;
  /** Keeping today's fleet, renewed like for like at today's yearly cost (escalated alike). */
  keepTodayCost: number;
  discountFactor: number;
  presentValue: number;
  /** Present value of this year's saving against keeping today's fleet. */
  savingPresentValue: number;
  cumulativeSaving: number;
  goalMet: boolean;
}

export interface TransitionYearsResult {
  years: TransitionYear[];
  /** Charge points today's EVs need. */
  todayChargePoints: number;
  /** Today's CO2e × (1 − the target percentage). */
  co2eTargetTonnes: number;
  /** The first plan year at or below the target; null when none is. */
  firstYearGoalMet: number | null;
  /** Whether that year is no later than the target year. */
  goalMetInTime: boolean;
}

const TYPES: readonly VehicleType[] = ["bike", "ebike", "ev", "fossil"];

/**
 * The per-year figures of the plan (rules 4–7 of issue 18), in the order the sheet's formulas
 * compute them so the cached results equal what a spreadsheet recalculates:
 * - each fleet counts by the days it runs in the year ÷ the year's days (fixed cost, fuel and
 *   electricity, social cost, allowance, CO2e and unallocated trips alike);
 * - fuel and electricity grow by the escalation from the first plan year (year index 0);
 * - charge points = ⌈EVs on the year's last day ÷ EVs per charge point⌉, never fewer than the year
 *   before (they stay once installed), each at its yearly cost plus the installation when added;
 * - present value = cost ÷ (1 + discount rate)^n, n = 1 for the first year (the business case's
 *   convention); the cumulative saving sums the present values of keep-today minus the plan.
 */
export function transitionYears(
  inputs: TransitionInputs,
  today: FleetFigures,
  segments: readonly PricedSegment[],
): TransitionYearsResult {
  const firstYear = yearOf(inputs.startMs);
  const todayChargePoints = Math.ceil(today.byType.ev / inputs.evsPerChargePoint);
  const co2eTargetTonnes = today.co2eTonnes * (1 - inputs.co2eTargetPct);
  const years: TransitionYear[] = [];
  let chargePointsBefore = todayChargePoints;
  let cumulative = 0;
  for (let i = 0; i < inputs.years; i++) {
    const year = firstYear + i;
    const from = yearStartMs(year);
    const to = yearStartMs(year + 1);
    const days = daysInYear(year);
    const segmentDays = segments.map((s) =>
      Math.max(0, (Math.min(s.toMs ?? Infinity, to) - Math.max(s.fromMs ?? -Infinity, from)) / MS_PER_DAY),
    );
    const share = (f: (x: FleetFigures) => number) =>
      segments.reduce((sum, s, k) => sum + segmentDays[k] * f(s.figures), 0) / days;
    const lastDay = to - MS_PER_DAY;
    const atYearEnd = segments.find(
      (s) => (s.fromMs ?? -Infinity) <= lastDay && (s.toMs ?? Infinity) > lastDay,
    ) as PricedSegment;
    const vehiclesByType = { ...atYearEnd.figures.byType };
    const vehicles = TYPES.reduce((sum, t) => sum + vehiclesByType[t], 0);
    const escalated = (1 + inputs.escalation) ** i;
    const chargePoints = Math.max(
      chargePointsBefore,
      Math.ceil(vehiclesByType.ev / inputs.evsPerChargePoint),
    );
    const chargePointsAdded = chargePoints - chargePointsBefore;
    const costParts: CostParts = {
      fixed: share((x) => x.fixedDkk),
      energy: share((x) => x.energyDkk) * escalated,
      co2e: share((x) => x.socialDkk),
      allowance: share((x) => x.allowanceDkk),
      charging:
        chargePoints * inputs.chargePointYearlyCost + chargePointsAdded * inputs.chargePointInstallCost,
    };
    const cost =
      costParts.fixed + costParts.energy + costParts.co2e + costParts.allowance + costParts.charging;
    const keepTodayCost =
      today.fixedDkk +
      today.energyDkk * escalated +
      today.socialDkk +
      today.allowanceDkk +
      todayChargePoints * inputs.chargePointYearlyCost;
    const discountFactor = 1 / (1 + inputs.discountRate) ** (i + 1);
    const savingPresentValue = (keepTodayCost - cost) * discountFactor;
    cumulative += savingPresentValue;
    const co2eTonnes = share((x) => x.co2eTonnes);
    years.push({
      year,
      days,
      segmentDays,
      vehiclesByType,
      vehicles,
      costParts,
      cost,
      co2eTonnes,
      unallocatedTrips: share((x) => x.unallocatedTrips),
      chargePoints,
      chargePointsAdded,
      keepTodayCost,
      discountFactor,
      presentValue: cost * discountFactor,
      savingPresentValue,
      cumulativeSaving: cumulative,
      goalMet: co2eTonnes <= co2eTargetTonnes,
    });
    chargePointsBefore = chargePoints;
  }
  const firstYearGoalMet = years.find((y) => y.goalMet)?.year ?? null;
  return {
    years,
    todayChargePoints,
    co2eTargetTonnes,
    firstYearGoalMet,
    goalMetInTime: firstYearGoalMet !== null && firstYearGoalMet <= inputs.co2eTargetYear,
  };
}
