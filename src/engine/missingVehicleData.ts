import type { Vehicle } from "../core/model/types";
import type { ProblemCode } from "./checkVehicles";

/** The vehicle data check's codes for metadata without which a vehicle cannot be simulated. */
export type MissingDataCode = Extract<
  ProblemCode,
  "missing-consumption" | "missing-yearly-cost" | "ev-without-range"
>;

/**
 * What keeps a vehicle out of a simulation, as OS2 keeps such vehicles out of its fleet picker:
 * the same conditions as the check's codes (src/engine/checkVehicles.ts), without the cells.
 */
export function missingVehicleData(v: Vehicle): MissingDataCode[] {
  const codes: MissingDataCode[] = [];
  const fossilWithout = v.type === "fossil" && !(v.kmPerLitre && v.kmPerLitre > 0);
  const evWithout = v.type === "ev" && !(v.whPerKm && v.whPerKm > 0);
  if (fossilWithout || evWithout) codes.push("missing-consumption");
  if (v.yearlyCostDkk === null) codes.push("missing-yearly-cost");
  if (v.type === "ev" && !(v.rangeKm && v.rangeKm > 0)) codes.push("ev-without-range");
  return codes;
}
