import type { AcceptanceRule } from "./ruleTypes";
import { withinRange } from "./withinRange";
import { bikeRules } from "./bikeRules";
import { withinYearlyKm } from "./withinYearlyKm";

/**
 * The acceptance rules in evaluation order. Stateful rules come last so that they only count
 * trips every other rule accepted. The EV charging rule plugs in here.
 */
export const ACCEPTANCE_RULES: readonly AcceptanceRule[] = [withinRange, withinYearlyKm, bikeRules];

export type { AcceptanceRule, RuleContext, VehicleState, UnallocatedReason } from "./ruleTypes";
