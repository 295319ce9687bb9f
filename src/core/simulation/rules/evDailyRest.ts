import { MS_PER_DAY, MS_PER_MINUTE } from "../../model/constants";
import type { Trip } from "../../model/types";
import type { AcceptanceRule } from "./ruleTypes";
import { restHours } from "./withinRange";

/** Minutes of the trip that fall on each calendar day it touches (a night trip counts on both). */
export function minutesByDay(trip: Trip): [number, number][] {
  const out: [number, number][] = [];
  for (let day = Math.floor(trip.startMs / MS_PER_DAY); day * MS_PER_DAY < trip.endMs; day++) {
    const from = Math.max(trip.startMs, day * MS_PER_DAY);
    const to = Math.min(trip.endMs, (day + 1) * MS_PER_DAY);
    out.push([day, (to - from) / MS_PER_MINUTE]);
  }
  return out;
}

/**
 * EV: every calendar day must leave Hviletid hours parked to charge (default 7 h): a trip is
 * refused when the EV's minutes on trips that day would pass 24 − Hviletid hours.
 * With Hviletid 0 the rule never refuses. (The reference's sleep rule never refuses either, but
 * by accident: reference-behaviour.md §9.1.)
 */
export const evDailyRest: AcceptanceRule = {
  name: "evDailyRest",
  reason: "evCharging",
  appliesTo: (m) => m.vehicle.type === "ev",
  accepts: (trip, state, ctx) => {
    const allowedMin = (24 - restHours(state.member.vehicle, ctx.params)) * 60;
    return minutesByDay(trip).every(([day, min]) => (state.busyMinByDay.get(day) ?? 0) + min <= allowedMin);
  },
  onBook: (trip, state) => {
    for (const [day, min] of minutesByDay(trip))
      state.busyMinByDay.set(day, (state.busyMinByDay.get(day) ?? 0) + min);
  },
};
