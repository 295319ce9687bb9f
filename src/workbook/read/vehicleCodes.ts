import type { EffectiveFuel, VehicleType } from "../../core/model/types";

/** Type column: FleetOptimiser's Danish names, its ids 1–4, or English words. */
const TYPE_WORDS: Record<string, VehicleType> = {
  cykel: "bike",
  bike: "bike",
  "1": "bike",
  elcykel: "ebike",
  "el-cykel": "ebike",
  ebike: "ebike",
  "e-bike": "ebike",
  "2": "ebike",
  elbil: "ev",
  "el-bil": "ev",
  ev: "ev",
  "electric car": "ev",
  "3": "ev",
  fossilbil: "fossil",
  fossil: "fossil",
  "fossil car": "fossil",
  car: "fossil",
  ice: "fossil",
  "4": "fossil",
};

/** Drivmiddel → the fuel the calculations use (reference fuel_types.refers_to). */
const FUEL_WORDS: Record<string, EffectiveFuel> = {
  benzin: "petrol",
  petrol: "petrol",
  hybrid: "petrol",
  "plugin hybrid benzin": "petrol",
  diesel: "diesel",
  "plugin hybrid diesel": "diesel",
  el: "electric",
  electric: "electric",
  electric3: "electric",
  hvo: "hvo",
  bike: "none",
  cykel: "none",
};

export function parseVehicleType(text: string): VehicleType | null {
  return TYPE_WORDS[text.trim().toLowerCase().replace(/\.0$/, "")] ?? null;
}

export function parseFuel(text: string): EffectiveFuel | null {
  return FUEL_WORDS[text.trim().toLowerCase().replace(/\s+/g, " ")] ?? null;
}

/** The fuels a vehicle type may have (reference §1.2): bikes ride, EVs charge, cars burn. */
export function fuelAllowedForType(type: VehicleType, fuel: EffectiveFuel): boolean {
  if (type === "bike" || type === "ebike") return fuel === "none";
  if (type === "ev") return fuel === "electric";
  return fuel === "petrol" || fuel === "diesel" || fuel === "hvo";
}
