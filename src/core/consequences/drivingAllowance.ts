import type { Parameters } from "../model/parameters";

/**
 * Kørepenge for the yearly km driven in employees' own cars: the low rate up to the threshold,
 * the high rate beyond (seed: 3.44 kr/km for the first 840 km, 1.90 kr/km after).
 * @example drivingAllowance(1000, params) //=> 840 × 3.44 + 160 × 1.90 = 3193.6
 */
export function drivingAllowance(yearlyKm: number, p: Parameters): number {
  if (yearlyKm <= p.allowanceThresholdKm) return yearlyKm * p.allowanceLowDkkPerKm;
  return (
    p.allowanceThresholdKm * p.allowanceLowDkkPerKm +
    (yearlyKm - p.allowanceThresholdKm) * p.allowanceHighDkkPerKm
  );
}
