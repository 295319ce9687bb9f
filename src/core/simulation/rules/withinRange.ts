import type { Parameters } from "../../model/parameters";
import type { Vehicle } from "../../model/types";
import { MS_PER_DAY, MS_PER_HOUR, UNLIMITED_RANGE_KM } from "../../model/constants";
import type { AcceptanceRule, VehicleState } from "./ruleTypes";

/**
 * The km one charge (EV) or one day (bike) allows: Rækkevidde × (1 − Kapacitetsnedskrivning).
 * Bikes without Rækkevidde get the reference's daily defaults (bike 20 km, e-bike 50 km); an EV
 * must have one (the reader refuses an EV without it). Fossil cars refuel on the way: unlimited.
 */
export function usableRangeKm(v: Vehicle, p: Parameters): number {
  if (v.type === "fossil") return v.rangeKm ?? UNLIMITED_RANGE_KM;
  const fallback = v.type === "bike" ? p.bikeRangeKm : v.type === "ebike" ? p.ebikeRangeKm : 0;
  return (v.rangeKm ?? fallback) * (1 - (v.capacityDecreasePct ?? 0) / 100);
}

/** Hviletid of an EV, or the default when the cell is empty. */
export function restHours(v: Vehicle, p: Parameters): number {
  return v.restHours ?? p.evDefaultRestHours;
}

/**
 * The EV's charge when a trip starts: full before its first trip and after it has stood still for
 * at least Hviletid hours (long enough to charge); otherwise what the last trip left.
 */
export function batteryAtStart(startMs: number, state: VehicleState, p: Parameters): number {
  const full = usableRangeKm(state.member.vehicle, p);
  if (state.lastEndMs === null) return full;
  return startMs - state.lastEndMs >= restHours(state.member.vehicle, p) * MS_PER_HOUR
    ? full
    : state.batteryKm;
}

/** EV: the trip must fit the charge left; the battery refills only while parked Hviletid hours. */
export const evBatteryRange: AcceptanceRule = {
  name: "evBatteryRange",
  reason: "range",
  appliesTo: (m) => m.vehicle.type === "ev",
  accepts: (trip, state, ctx) => trip.distanceKm <= batteryAtStart(trip.startMs, state, ctx.params),
  onBook: (trip, state, ctx) => {
    state.batteryKm = batteryAtStart(trip.startMs, state, ctx.params) - trip.distanceKm;
  },
};

const dayOf = (ms: number) => Math.floor(ms / MS_PER_DAY);

/** Bikes and e-bikes: the km of the day the trip starts must stay within the daily range. */
export const bikeDailyRange: AcceptanceRule = {
  name: "bikeDailyRange",
  reason: "range",
  appliesTo: (m) => m.vehicle.type === "bike" || m.vehicle.type === "ebike",
  accepts: (trip, state, ctx) =>
    (state.kmByDay.get(dayOf(trip.startMs)) ?? 0) + trip.distanceKm <=
    usableRangeKm(state.member.vehicle, ctx.params),
  onBook: (trip, state) => {
    const day = dayOf(trip.startMs);
    state.kmByDay.set(day, (state.kmByDay.get(day) ?? 0) + trip.distanceKm);
  },
};
