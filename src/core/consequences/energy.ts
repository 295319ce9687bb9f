import type { Parameters } from "../model/parameters";
import type { EffectiveFuel, Vehicle } from "../model/types";
import { WH_PER_KWH } from "../model/constants";

/** Energy for a distance: litres for fossil cars (km ÷ km/l), kWh for EVs (km × Wh/km ÷ 1000). */
export function energyForKm(v: Pick<Vehicle, "type" | "kmPerLitre" | "whPerKm">, km: number): number {
  if (v.type === "ev") return (km * (v.whPerKm ?? 0)) / WH_PER_KWH;
  if (v.type === "fossil") return v.kmPerLitre && v.kmPerLitre > 0 ? km / v.kmPerLitre : 0;
  return 0;
}

export function energyUnit(type: Vehicle["type"]): "kWh" | "l" | "" {
  return type === "ev" ? "kWh" : type === "fossil" ? "l" : "";
}

/** Price per litre or kWh of the fuel the calculations use; bikes cost nothing to ride. */
export function fuelPricePerUnit(fuel: EffectiveFuel, p: Parameters): number {
  switch (fuel) {
    case "petrol":
      return p.priceDkkPerLitrePetrol;
    case "diesel":
      return p.priceDkkPerLitreDiesel;
    case "hvo":
      return p.priceDkkPerLitreHvo;
    case "electric":
      return p.priceDkkPerKwh;
    default:
      return 0;
  }
}

/** kg CO2e per litre or kWh, the electricity factor used exactly as entered. */
export function emissionFactorKg(fuel: EffectiveFuel, p: Parameters): number {
  switch (fuel) {
    case "petrol":
      return p.co2eKgPerLitrePetrol;
    case "diesel":
      return p.co2eKgPerLitreDiesel;
    case "hvo":
      return p.co2eKgPerLitreHvo;
    case "electric":
      return p.co2eKgPerKwh;
    default:
      return 0;
  }
}
