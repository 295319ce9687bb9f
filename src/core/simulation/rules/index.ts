import type { AcceptanceRule } from "./ruleTypes";
import { bikeDailyRange, evBatteryRange } from "./withinRange";
import { evDailyRest } from "./evDailyRest";
import { bikeRules } from "./bikeRules";
import { withinYearlyKm } from "./withinYearlyKm";

/**
 * The acceptance rules in evaluation order. The bike share rule comes last because it counts the
 * trips a free bike qualified for, which is only known once every other rule has accepted.
 */
export const ACCEPTANCE_RULES: readonly AcceptanceRule[] = [
  evBatteryRange,
  evDailyRest,
  bikeDailyRange,
  withinYearlyKm,
  bikeRules,
];

export type { AcceptanceRule, RuleContext, VehicleState, UnallocatedReason } from "./ruleTypes";
