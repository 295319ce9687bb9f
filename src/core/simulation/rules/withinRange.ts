import type { Parameters } from "../../model/parameters";
import type { Vehicle } from "../../model/types";
import { UNLIMITED_RANGE_KM } from "../../model/constants";
import type { AcceptanceRule } from "./ruleTypes";

/**
 * The km one charge (EV) or one day (bike) allows: Rækkevidde × (1 − Kapacitetsnedskrivning),
 * with the reference's defaults when Rækkevidde is empty (EV 500, bike 20, e-bike 50 km).
 * Fossil cars refuel on the way: unlimited.
 */
export function usableRangeKm(v: Vehicle, p: Parameters): number {
  if (v.type === "fossil") return v.rangeKm ?? UNLIMITED_RANGE_KM;
  const fallback = v.type === "ev" ? p.evDefaultRangeKm : v.type === "bike" ? p.bikeRangeKm : p.ebikeRangeKm;
  const range = v.rangeKm ?? fallback;
  return range * (1 - (v.capacityDecreasePct ?? 0) / 100);
}

/** §4.2: a trip longer than the vehicle's usable range cannot be driven by it. */
export const withinRange: AcceptanceRule = {
  name: "withinRange",
  reason: "range",
  appliesTo: (m) => m.vehicle.type !== "fossil",
  accepts: (trip, state, ctx) => trip.distanceKm <= usableRangeKm(state.member.vehicle, ctx.params),
};
