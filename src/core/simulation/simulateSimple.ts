import type { FleetMember, Trip } from "../model/types";
import { minuteSlot } from "../time/naiveTime";
import { emptyAllocation, type Allocation } from "./allocation";
import { orderFleet } from "./fleetOrder";
import { numpyQuicksortArgsort } from "./fleetOptimiserTripOrder";
import { ACCEPTANCE_RULES, type AcceptanceRule, type RuleContext, type UnallocatedReason } from "./rules";
import { newVehicleState, type VehicleState } from "./rules/ruleTypes";

export interface SimulationHooks {
  /** Called now and then with the share of trips done. */
  onProgress?: (fraction: number) => void;
  rules?: readonly AcceptanceRule[];
}

const PROGRESS_EVERY_TRIPS = 2000;

/**
 * The rule-based simulation (product.md §4.2): trips in start order, each to the first vehicle in
 * fleet order that is free and accepts it. Time is booked in one-minute slots: a vehicle is
 * blocked from the slot its trip starts in through the slot it ends in plus the changeover time,
 * so a trip ending 12:15:16 blocks a trip starting 12:15:30. Copies of a car model share load:
 * the least-used copy (fewest km so far) is tried first.
 *
 * @param trips sorted by start (see sortTrips)
 * @example simulateSimple(trips, fleet, { params, periodDays: 28, limitKm: false }).memberOfTrip //=> Int32Array [0, 2, -1, …]
 */
export function simulateSimple(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  hooks: SimulationHooks = {},
): Allocation {
  const rules = hooks.rules ?? ACCEPTANCE_RULES;
  const states = fleet.map(newVehicleState);
  const rulesOf = fleet.map((m) => rules.filter((r) => r.appliesTo(m)));
  const groups = orderFleet(fleet, ctx.params);
  const changeover = Math.max(0, Math.round(ctx.params.changeoverMin));
  const allocation = emptyAllocation(trips.length);

  for (let t = 0; t < trips.length; t++) {
    const trip = trips[t];
    const startSlot = minuteSlot(trip.startMs);
    let booked = -1;
    let reason: UnallocatedReason = "noVehicleFree";
    for (const group of groups) {
      for (const i of group.memberIndices) {
        const state = states[i];
        if (state.lastBlockedSlot >= startSlot) continue;
        const rejectedBy = firstRejecting(rulesOf[i], trip, state, ctx);
        if (rejectedBy) {
          reason = rejectedBy.reason;
          continue;
        }
        booked = i;
        break;
      }
      if (booked >= 0) {
        // Rules update their state first: they compare with the vehicle's previous trip.
        for (const rule of rulesOf[booked]) rule.onBook?.(trip, states[booked], ctx);
        book(states[booked], trip, changeover);
        if (group.shareLoad) sortByKm(group.memberIndices, states);
        break;
      }
    }
    allocation.memberOfTrip[t] = booked;
    if (booked < 0) allocation.reasonOfTrip[t] = reason;
    if (hooks.onProgress && t % PROGRESS_EVERY_TRIPS === 0) hooks.onProgress(t / trips.length);
  }
  hooks.onProgress?.(1);
  return allocation;
}

function firstRejecting(
  rules: readonly AcceptanceRule[],
  trip: Trip,
  state: VehicleState,
  ctx: RuleContext,
): AcceptanceRule | null {
  for (const rule of rules) if (!rule.accepts(trip, state, ctx)) return rule;
  return null;
}

function book(state: VehicleState, trip: Trip, changeoverMin: number): void {
  state.lastBlockedSlot = minuteSlot(trip.endMs) + changeoverMin;
  state.lastEndMs = trip.endMs;
  state.km += trip.distanceKm;
  state.trips += 1;
}

/** Least-used copy first; equal km keep their order (a stable insertion sort on a few copies). */
function sortByKm(indices: number[], states: readonly VehicleState[]): void {
  for (let i = 1; i < indices.length; i++) {
    const x = indices[i];
    let j = i - 1;
    while (j >= 0 && states[indices[j]].km > states[x].km) {
      indices[j + 1] = indices[j];
      j--;
    }
    indices[j + 1] = x;
  }
}

/**
 * Start order, as OS2 FleetOptimiser takes trips: trips starting at the same moment come in
 * numpy's quicksort order of the sheet's rows (see fleetOptimiserTripOrder), so the allocation
 * equals FleetOptimiser's trip for trip.
 */
export function sortTrips(trips: readonly Trip[]): Trip[] {
  return Array.from(numpyQuicksortArgsort(trips.map((t) => t.startMs)), (i) => trips[i]);
}
