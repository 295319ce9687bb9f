import { formatIsoDate } from "../core/time/naiveTime";
import type { VehicleType } from "../core/model/types";
import type { EventReason, TransitionEvent } from "../core/transition/transitionEvents";
import type { TransitionInputs } from "../core/transition/transitionInputs";
import type { CostParts, TransitionYearsResult } from "../core/transition/transitionYears";

/** `fleetopt plan --json` (issue 18): the years and the events, plus what the plan was made from. */
export interface TransitionPlanSummary {
  scenarioSheet: string;
  start: string;
  firstYear: number;
  lastYear: number;
  co2eTargetTonnes: number;
  firstYearGoalMet: number | null;
  years: {
    year: number;
    vehicles: number;
    vehiclesByType: Record<VehicleType, number>;
    cost: number;
    costParts: CostParts;
    co2eTonnes: number;
    unallocatedTrips: number;
    chargePoints: number;
    presentValue: number;
    cumulativeSaving: number;
    goalMet: boolean;
  }[];
  events: { date: string; out: string | null; in: string | null; reason: string }[];
}

/** The JSON spelling of each reason, as the issue writes them. */
const REASON: Record<EventReason, string> = { leaseEnds: "lease ends", owned: "owned", added: "added" };

/** Kroner to øre, tonnes to grams, trips to a hundredth: the sheet keeps the exact values. */
export function transitionPlanSummary(
  scenarioSheet: string,
  inputs: TransitionInputs,
  events: readonly TransitionEvent[],
  result: TransitionYearsResult,
): TransitionPlanSummary {
  const kr = (x: number) => round(x, 2);
  const years = result.years;
  return {
    scenarioSheet,
    start: formatIsoDate(inputs.startMs),
    firstYear: years[0]?.year ?? 0,
    lastYear: years.at(-1)?.year ?? 0,
    co2eTargetTonnes: round(result.co2eTargetTonnes, 6),
    firstYearGoalMet: result.firstYearGoalMet,
    years: years.map((y) => ({
      year: y.year,
      vehicles: y.vehicles,
      vehiclesByType: y.vehiclesByType,
      cost: kr(y.cost),
      costParts: {
        fixed: kr(y.costParts.fixed),
        energy: kr(y.costParts.energy),
        co2e: kr(y.costParts.co2e),
        allowance: kr(y.costParts.allowance),
        charging: kr(y.costParts.charging),
      },
      co2eTonnes: round(y.co2eTonnes, 6),
      unallocatedTrips: round(y.unallocatedTrips, 2),
      chargePoints: y.chargePoints,
      presentValue: kr(y.presentValue),
      cumulativeSaving: kr(y.cumulativeSaving),
      goalMet: y.goalMet,
    })),
    events: events.map((e) => ({
      date: formatIsoDate(e.dateMs),
      out: e.out,
      in: e.in,
      reason: REASON[e.reason],
    })),
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
