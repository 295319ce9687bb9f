import { defaultParameters, type Parameters } from "../../src/core/model/parameters";
import type { FleetMember, Trip, Vehicle } from "../../src/core/model/types";

/** 2025-03-03 (a Monday) at hh:mm[:ss], naive ms. */
export function at(hhmm: string, day = 3): number {
  const [h, m, s] = hhmm.split(":").map(Number);
  return Date.UTC(2025, 2, day, h, m, s ?? 0);
}

export function aVehicle(over: Partial<Vehicle> & { id: string }): Vehicle {
  return {
    plate: "",
    make: "Make",
    model: over.id,
    type: "fossil",
    fuelLabel: "benzin",
    fuel: "petrol",
    kmPerLitre: 20,
    whPerKm: null,
    capacityDecreasePct: null,
    co2GramPerKm: null,
    rangeKm: null,
    yearlyCostDkk: 40000,
    leaseStartMs: null,
    leaseEndMs: null,
    leasingType: null,
    kmPerYear: null,
    restHours: null,
    location: "Loc",
    sourceRow: 2,
    ...over,
  };
}

export const anEv = (id: string, whPerKm: number, over: Partial<Vehicle> = {}) =>
  aVehicle({
    id,
    type: "ev",
    fuel: "electric",
    fuelLabel: "el",
    kmPerLitre: null,
    whPerKm,
    rangeKm: 300,
    ...over,
  });
export const aBike = (id: string, over: Partial<Vehicle> = {}) =>
  aVehicle({
    id,
    type: "bike",
    fuel: "none",
    fuelLabel: "bike",
    kmPerLitre: null,
    yearlyCostDkk: 2000,
    ...over,
  });

let tripSeq = 0;
export function aTrip(start: string, end: string, km: number, vehicleId = "1", day = 3): Trip {
  tripSeq += 1;
  return {
    id: `T${tripSeq}`,
    startMs: at(start, day),
    endMs: at(end, day),
    distanceKm: km,
    vehicleId,
    location: "Loc",
    sourceRow: tripSeq + 1,
  };
}

export function members(...vehicles: Vehicle[]): FleetMember[] {
  return vehicles.map((vehicle) => ({ key: vehicle.id, vehicle, copy: 1 }));
}

export function copies(vehicle: Vehicle, n: number): FleetMember[] {
  return Array.from({ length: n }, (_, i) => ({ key: `${vehicle.id}#${i + 1}`, vehicle, copy: i + 1 }));
}

export function params(over: Partial<Parameters> = {}): Parameters {
  return { ...defaultParameters(), ...over };
}
