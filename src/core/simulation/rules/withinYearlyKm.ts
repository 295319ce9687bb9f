import { DAYS_PER_YEAR, KM_LIMIT_TOLERANCE } from "../../model/constants";
import type { AcceptanceRule } from "./ruleTypes";

/**
 * §3.6 km cap, when the user switches it on: reject when the vehicle's km so far plus this trip,
 * extrapolated over the selected period, exceed its Km pr år × 1.15. Vehicles without Km pr år
 * have no cap.
 * @example 28-day period, Km pr år 10,000: the cap is 10,000 × 1.15 × 28 / 365 ≈ 882 km
 */
export const withinYearlyKm: AcceptanceRule = {
  name: "withinYearlyKm",
  reason: "kmCap",
  appliesTo: (m) => m.vehicle.kmPerYear !== null && m.vehicle.kmPerYear > 0,
  accepts: (trip, state, ctx) => {
    if (!ctx.limitKm) return true;
    const projectedKm = ((state.km + trip.distanceKm) / ctx.periodDays) * DAYS_PER_YEAR;
    return projectedKm <= (state.member.vehicle.kmPerYear ?? Infinity) * KM_LIMIT_TOLERANCE;
  },
};
