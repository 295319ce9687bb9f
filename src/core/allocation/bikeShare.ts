import { MS_PER_DAY } from "../model/constants";
import type { FleetMember, Trip } from "../model/types";
import type { RuleContext } from "../simulation/rules";
import { bikeQualifies } from "../simulation/rules/bikeRules";
import { newVehicleState } from "../simulation/rules/ruleTypes";
import { usableRangeKm } from "../simulation/rules/withinRange";

/**
 * The bikes' "x % of the trips it qualifies for" rule (product.md §4.2) as the exact allocation
 * applies it: a count per bike and calendar day. The simple simulation decides trip by trip in
 * start order (|p − (a+1)/(c+1)| ≤ |p − a/(c+1)|, which keeps a = round(p·c)); an optimiser
 * chooses its trips, so it gets the same share as a cap instead: on each day a bike takes at most
 * round(p × the trips of that day it qualifies for), halves rounded up as the sequential rule's
 * ties are.
 * @example 50 %, 5 qualifying trips on a day → at most 3 of them
 */
export function bikeDailyShareLimit(qualifyingTrips: number, percent: number): number {
  return Math.floor((qualifyingTrips * percent) / 100 + 0.5);
}

/** A bike can take the trip at all: time window, max km, speed (bikeQualifies) and its daily range. */
export function bikeCanTake(trip: Trip, member: FleetMember, ctx: RuleContext): boolean {
  return (
    trip.distanceKm <= usableRangeKm(member.vehicle, ctx.params) &&
    bikeQualifies(trip, newVehicleState(member), ctx)
  );
}

export const dayOfMs = (ms: number) => Math.floor(ms / MS_PER_DAY);

/** Trips per start day that this bike qualifies for (the base of its daily share). */
export function qualifyingTripsByDay(
  trips: readonly Trip[],
  member: FleetMember,
  ctx: RuleContext,
): Map<number, number> {
  const byDay = new Map<number, number>();
  for (const trip of trips)
    if (bikeCanTake(trip, member, ctx))
      byDay.set(dayOfMs(trip.startMs), (byDay.get(dayOfMs(trip.startMs)) ?? 0) + 1);
  return byDay;
}
