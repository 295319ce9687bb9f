import type { AcceptanceRule } from "./ruleTypes";
import { withinRange } from "./withinRange";
import { bikeRules } from "./bikeRules";

/**
 * The acceptance rules in evaluation order. Stateful rules come last so that they only count
 * trips every other rule accepted. The per-type EV charging and km-cap rules plug in here.
 */
export const ACCEPTANCE_RULES: readonly AcceptanceRule[] = [withinRange, bikeRules];

export type { AcceptanceRule, RuleContext, VehicleState, UnallocatedReason } from "./ruleTypes";
