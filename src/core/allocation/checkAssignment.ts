import type { FleetMember, Trip } from "../model/types";
import { minuteSlot } from "../time/naiveTime";
import { emptyAllocation, type Allocation } from "../simulation/allocation";
import { ACCEPTANCE_RULES, type RuleContext, type UnallocatedReason } from "../simulation/rules";
import { newVehicleState } from "../simulation/rules/ruleTypes";
import { bikeCanTake, bikeDailyShareLimit, dayOfMs, qualifyingTripsByDay } from "./bikeShare";

export interface AssignmentViolation {
  /** Trip index (start order) and the member it was given to. */
  trip: number;
  member: number;
  rule: string;
  reason: UnallocatedReason;
}

const isBike = (m: FleetMember) => m.vehicle.type === "bike" || m.vehicle.type === "ebike";

/**
 * Replays a fixed assignment through the simulation's own acceptance rules, trip by trip in start
 * order on the vehicle it was given to: the vehicle must be free (one-minute slots + changeover),
 * and the EV battery and daily rest, the bikes' daily range and the km cap must accept it. The
 * bikes' share rule is checked as the exact allocation states it (bikeShare.ts). Every solution
 * of the exact allocation must pass with no violation (a test asserts it); a trip that fails is
 * not booked, so later trips are judged on the vehicle's real state.
 *
 * @param trips sorted by start
 */
export function checkAssignment(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  memberOfTrip: Int32Array,
): AssignmentViolation[] {
  const rules = ACCEPTANCE_RULES.filter((r) => r.name !== "bikeRules");
  const states = fleet.map(newVehicleState);
  const rulesOf = fleet.map((m) => rules.filter((r) => r.appliesTo(m)));
  const changeover = Math.max(0, Math.round(ctx.params.changeoverMin));
  const shareBase = fleet.map((m) => (isBike(m) ? qualifyingTripsByDay(trips, m, ctx) : null));
  const shareTaken = fleet.map(() => new Map<number, number>());
  const violations: AssignmentViolation[] = [];
  for (let t = 0; t < trips.length; t++) {
    const i = memberOfTrip[t];
    if (i < 0) continue;
    const trip = trips[t];
    const state = states[i];
    const reject = (rule: string, reason: UnallocatedReason) =>
      violations.push({ trip: t, member: i, rule, reason });
    if (state.lastBlockedSlot >= minuteSlot(trip.startMs)) {
      reject("vehicleBusy", "noVehicleFree");
      continue;
    }
    const rejectedBy = rulesOf[i].find((rule) => !rule.accepts(trip, state, ctx));
    if (rejectedBy) {
      reject(rejectedBy.name, rejectedBy.reason);
      continue;
    }
    const base = shareBase[i];
    if (base) {
      const day = dayOfMs(trip.startMs);
      const taken = shareTaken[i].get(day) ?? 0;
      if (
        !bikeCanTake(trip, fleet[i], ctx) ||
        taken + 1 > bikeDailyShareLimit(base.get(day) ?? 0, ctx.params.bikePercentOfTrips)
      ) {
        reject("bikeRules", "bikeRules");
        continue;
      }
      shareTaken[i].set(day, taken + 1);
    }
    for (const rule of rulesOf[i]) rule.onBook?.(trip, state, ctx);
    state.lastBlockedSlot = minuteSlot(trip.endMs) + changeover;
    state.lastEndMs = trip.endMs;
    state.km += trip.distanceKm;
    state.trips += 1;
  }
  return violations;
}

/**
 * The allocation of a fixed assignment (a cancelled solve's best so far, sent back by the pane):
 * trips the rules refuse on their vehicle are left unallocated with the refusing rule's reason.
 */
export function applyAssignment(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  memberOfTrip: Int32Array,
): Allocation {
  const allocation = emptyAllocation(trips.length);
  memberOfTrip.forEach((m, t) => {
    allocation.memberOfTrip[t] = m >= 0 && m < fleet.length ? m : -1;
    if (allocation.memberOfTrip[t] < 0) allocation.reasonOfTrip[t] = "noVehicleFree";
  });
  for (const v of checkAssignment(trips, fleet, ctx, allocation.memberOfTrip)) {
    allocation.memberOfTrip[v.trip] = -1;
    allocation.reasonOfTrip[v.trip] = v.reason;
  }
  return allocation;
}
