import type { Parameters } from "../model/parameters";
import type { Vehicle } from "../model/types";
import { KG_PER_TONNE } from "../model/constants";
import { emissionFactorKg, energyForKm, fuelPricePerUnit } from "./energy";

export interface YearlyCost {
  /** Litres (fossil) or kWh (EV) per year. */
  energy: number;
  fuelCostDkk: number;
  co2eTonnes: number;
  socialCostDkk: number;
}

/**
 * POGI/TCO for one vehicle over one year (reference §4.1): fuel cost and the social cost of its
 * CO2e, both discounted one year at the discount rate (4 %: divided by 1.04).
 * @example vehicleYearlyCost(zoe165, 16993, params) //=> { energy: 2803.8, fuelCostDkk: 5742.4, … }
 */
export function vehicleYearlyCost(
  v: Pick<Vehicle, "type" | "fuel" | "kmPerLitre" | "whPerKm">,
  yearlyKm: number,
  p: Parameters,
): YearlyCost {
  const discount = 1 + p.discountRatePct / 100;
  const energy = energyForKm(v, yearlyKm);
  const fuelCostDkk = (energy * fuelPricePerUnit(v.fuel, p)) / discount;
  const co2eTonnes = (energy * emissionFactorKg(v.fuel, p)) / KG_PER_TONNE;
  const socialCostDkk = (co2eTonnes * p.socialCostDkkPerTonneCo2e) / discount;
  return { energy, fuelCostDkk, co2eTonnes, socialCostDkk };
}
