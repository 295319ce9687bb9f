/**
 * The engine's data model. Times are "naive local" milliseconds: the wall-clock time the user
 * entered, encoded as if it were UTC (Date.UTC(y, m, d, h, min, s)). Fleet data has no time zone
 * and the reference treats it the same way, so no conversion ever happens inside the engine.
 */

/** Cykel, elcykel, elbil, fossilbil — the four vehicle types of FleetOptimiser (1–4). */
export type VehicleType = "bike" | "ebike" | "ev" | "fossil";

/** The fuel the calculations use (the reference's `refers_to`): hybrids burn petrol, and so on. */
export type EffectiveFuel = "petrol" | "diesel" | "hvo" | "electric" | "none";

export interface Vehicle {
  /** Bil id, as text (ids are compared as text: "101" and 101 are the same vehicle). */
  id: string;
  plate: string;
  make: string;
  model: string;
  type: VehicleType;
  /** Drivmiddel as the user wrote it (lower-case), for display. */
  fuelLabel: string;
  fuel: EffectiveFuel;
  /** WLTP Fossil, km per litre. */
  kmPerLitre: number | null;
  /** WLTP El, Wh per km. */
  whPerKm: number | null;
  /** Kapacitetsnedskrivning in percent (20 = 20 % less range). */
  capacityDecreasePct: number | null;
  co2GramPerKm: number | null;
  rangeKm: number | null;
  /** Årlig omkostning: yearly fixed cost (lease or ownership, excl. fuel), kr. */
  yearlyCostDkk: number | null;
  leaseStartMs: number | null;
  leaseEndMs: number | null;
  leasingType: string | null;
  /** Km pr år: contractual km per year (the optional km cap). */
  kmPerYear: number | null;
  /** Hviletid: hours an EV must rest/charge per day. */
  restHours: number | null;
  /** Lokation; "" for a candidate vehicle that belongs to no location yet. */
  location: string;
  /** Afdeling and Forvaltning (OS2's labels for grouping locations); absent when not given. */
  department?: string;
  forvaltning?: string;
  /** 1-based sheet row the vehicle came from, for error messages. */
  sourceRow: number;
}

/** A round trip (rundtur): leaves the home location and comes back to it. */
export interface Trip {
  /** Tur id when given, otherwise `<sheet row>` so every trip has a stable id. */
  id: string;
  startMs: number;
  endMs: number;
  distanceKm: number;
  /** The Bil id that drove it in reality. */
  vehicleId: string;
  location: string;
  sourceRow: number;
}

/** One vehicle in a simulated fleet: copy `copy` of the model `vehicle`. */
export interface FleetMember {
  /** "12#1" for simulated copies; the Bil id itself for the current fleet. */
  key: string;
  vehicle: Vehicle;
  copy: number;
  /**
   * Simulated members: the member's number among the fleet's members of the same make and model,
   * so "Renault Zoe 2" names one vehicle even when the copies come from several source vehicles.
   */
  ordinal?: number;
}

export interface FleetCount {
  sourceId: string;
  count: number;
}
