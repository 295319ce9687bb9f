import type { FleetMember, Trip } from "../model/types";
import { minuteSlot } from "../time/naiveTime";
import { emptyAllocation, type Allocation } from "../simulation/allocation";
import {
  ACCEPTANCE_RULES,
  type AcceptanceRule,
  type RuleContext,
  type UnallocatedReason,
} from "../simulation/rules";
import { newVehicleState } from "../simulation/rules/ruleTypes";
import { allocationCosts, employeeMarginalPerKm } from "./allocationCosts";

/**
 * Qampo's greedy benchmark (reference-behaviour.md §5.4), under our rules: trips in start order,
 * each to the cheapest free vehicle by weighted cost per km (fuel + CO2e weight × social cost)
 * that every acceptance rule allows — the same one-minute slots and changeover, EV battery and
 * daily rest, bike rules and km cap as the simple simulation. Like the reference, the employee's
 * own car sits in the vehicle order at its marginal cost per km: a vehicle dearer than that is
 * never used. Unlike the reference it runs over the whole period (multi-day trips stay whole).
 *
 * @param trips sorted by start (see sortTrips)
 */
export function greedyAllocation(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  rules: readonly AcceptanceRule[] = ACCEPTANCE_RULES,
): Allocation {
  const costs = allocationCosts(fleet, ctx);
  const employee = employeeMarginalPerKm(costs);
  const order = fleet
    .map((_, i) => i)
    .filter((i) => costs.memberPerKm[i] < employee)
    .sort((a, b) => costs.memberPerKm[a] - costs.memberPerKm[b] || a - b);
  const states = fleet.map(newVehicleState);
  const rulesOf = fleet.map((m) => rules.filter((r) => r.appliesTo(m)));
  const changeover = Math.max(0, Math.round(ctx.params.changeoverMin));
  const allocation = emptyAllocation(trips.length);
  for (let t = 0; t < trips.length; t++) {
    const trip = trips[t];
    const startSlot = minuteSlot(trip.startMs);
    let reason: UnallocatedReason = "noVehicleFree";
    let booked = -1;
    for (const i of order) {
      const state = states[i];
      if (state.lastBlockedSlot >= startSlot) continue;
      const rejectedBy = rulesOf[i].find((rule) => !rule.accepts(trip, state, ctx));
      if (rejectedBy) {
        reason = rejectedBy.reason;
        continue;
      }
      booked = i;
      break;
    }
    allocation.memberOfTrip[t] = booked;
    if (booked < 0) {
      allocation.reasonOfTrip[t] = reason;
      continue;
    }
    const state = states[booked];
    for (const rule of rulesOf[booked]) rule.onBook?.(trip, state, ctx);
    state.lastBlockedSlot = minuteSlot(trip.endMs) + changeover;
    state.lastEndMs = trip.endMs;
    state.km += trip.distanceKm;
    state.trips += 1;
  }
  return allocation;
}
