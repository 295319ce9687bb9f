import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from "../../model/constants";
import type { Trip } from "../../model/types";
import type { AcceptanceRule, RuleContext, VehicleState } from "./ruleTypes";

const isBike = (type: string) => type === "bike" || type === "ebike";

/** Trip speed from its duration; a zero-length trip has no speed limit to break. */
export function tripSpeedKmh(trip: Trip): number {
  const hours = (trip.endMs - trip.startMs) / MS_PER_HOUR;
  return hours > 0 ? trip.distanceKm / hours : 0;
}

/**
 * §3.6 bike steps 2–4: shorter than bike_max_km_per_trip (strict), slower than the bike's speed
 * limit (strict), and inside one allowed window by clock time, start and end on the same day.
 */
export function bikeQualifies(trip: Trip, state: VehicleState, ctx: RuleContext): boolean {
  const p = ctx.params;
  if (!(trip.distanceKm < p.bikeMaxKmPerTrip)) return false;
  const limit = state.member.vehicle.type === "bike" ? p.bikeSpeedKmh : p.ebikeSpeedKmh;
  if (!(tripSpeedKmh(trip) < limit)) return false;
  const day = Math.floor(trip.startMs / MS_PER_DAY);
  if (Math.floor(trip.endMs / MS_PER_DAY) !== day) return false;
  const startMin = (trip.startMs - day * MS_PER_DAY) / MS_PER_MINUTE;
  const endMin = (trip.endMs - day * MS_PER_DAY) / MS_PER_MINUTE;
  return p.bikeSlots.some((w) => startMin >= w.startMin && endMin <= w.endMin);
}

/**
 * §3.6 bike step 5: a bike takes only x % of the trips it qualifies for. With a accepted of c
 * qualified so far and p = x/100, it takes the next one iff |p − (a+1)/(c+1)| ≤ |p − a/(c+1)|
 * (ties take it). Unlike the reference, a trip counts only when the bike was free to take it.
 */
export function takesShare(state: VehicleState, percent: number): boolean {
  const p = percent / 100;
  const a = state.acceptedTrips;
  const c = state.qualifiedTrips;
  return Math.abs(p - (a + 1) / (c + 1)) <= Math.abs(p - a / (c + 1));
}

export const bikeRules: AcceptanceRule = {
  name: "bikeRules",
  reason: "bikeRules",
  appliesTo: (m) => isBike(m.vehicle.type),
  accepts: (trip, state, ctx) => {
    if (!bikeQualifies(trip, state, ctx)) return false;
    const take = takesShare(state, ctx.params.bikePercentOfTrips);
    state.qualifiedTrips += 1;
    if (take) state.acceptedTrips += 1;
    return take;
  },
};
