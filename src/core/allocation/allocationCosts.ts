import type { FleetMember, Trip } from "../model/types";
import { DAYS_PER_YEAR } from "../model/constants";
import {
  employeeCarModel,
  fleetConsequences,
  type FleetConsequences,
} from "../consequences/fleetConsequences";
import { vehicleYearlyCost } from "../consequences/vehicleYearlyCost";
import type { Allocation } from "../simulation/allocation";
import type { RuleContext } from "../simulation/rules";

/**
 * The allocation's cost model, taken from the consequence model (product.md §4.3) so the optimiser
 * and the result sheet can never disagree. Every figure is kr per year for one km driven in the
 * selected period (× 365 / period days). The CO2e weight scales the social cost of CO2e (the seed's
 * trade-off between cost and CO2e); weight 1 is exactly the consequence model's total.
 */
export interface AllocationCosts {
  /** Fuel + weight × social cost of one period-km on each fleet member. */
  memberPerKm: Float64Array;
  /** Weight × social cost of one period-km in the employee's own car. */
  employeeSocialPerKm: number;
  /** Allowance for one period-km below and above the yearly threshold. */
  allowanceLowPerKm: number;
  allowanceHighPerKm: number;
  /** The allowance threshold in period km (yearly threshold × period days / 365). */
  thresholdPeriodKm: number;
  co2eWeight: number;
}

export function allocationCosts(fleet: readonly FleetMember[], ctx: RuleContext): AllocationCosts {
  const p = ctx.params;
  const yearly = DAYS_PER_YEAR / ctx.periodDays;
  const weight = p.allocationCo2eWeight;
  // vehicleYearlyCost is linear in km, so the cost of one yearly km is the cost per km.
  const perKm = (c: { fuelCostDkk: number; socialCostDkk: number }) =>
    (c.fuelCostDkk + weight * c.socialCostDkk) * yearly;
  const memberPerKm = Float64Array.from(fleet, (m) => perKm(vehicleYearlyCost(m.vehicle, 1, p)));
  const employee = vehicleYearlyCost(employeeCarModel(p), 1, p);
  return {
    memberPerKm,
    employeeSocialPerKm: weight * employee.socialCostDkk * yearly,
    allowanceLowPerKm: p.allowanceLowDkkPerKm * yearly,
    allowanceHighPerKm: p.allowanceHighDkkPerKm * yearly,
    thresholdPeriodKm: p.allowanceThresholdKm / yearly,
    co2eWeight: weight,
  };
}

/**
 * What an unallocated period-km costs at the margin above the allowance threshold. The greedy
 * benchmark leaves a trip to the employee's car when every free vehicle costs more per km, as the
 * reference's greedy puts the employee car into its vehicle order (reference-behaviour.md §5.4).
 */
export function employeeMarginalPerKm(c: AllocationCosts): number {
  return c.employeeSocialPerKm + c.allowanceHighPerKm;
}

/** The consequence model's total with the social cost of CO2e weighted: the allocation objective. */
export function weightedCost(consequences: FleetConsequences, co2eWeight: number): number {
  return consequences.totalDkk + (co2eWeight - 1) * consequences.socialCostDkk;
}

/** The weighted yearly cost of an allocation, priced by the real consequence model. */
export function allocationCost(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  allocation: Allocation,
  ctx: RuleContext,
): number {
  const consequences = fleetConsequences(trips, fleet, allocation, ctx.periodDays, ctx.params);
  return weightedCost(consequences, ctx.params.allocationCo2eWeight);
}

/** Weighted yearly fixed cost of the fleet (counted whether a vehicle is used or not). */
export function fleetFixedCost(fleet: readonly FleetMember[]): number {
  return fleet.reduce((s, m) => s + (m.vehicle.yearlyCostDkk ?? 0), 0);
}
