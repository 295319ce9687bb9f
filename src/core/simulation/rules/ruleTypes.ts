import type { Parameters } from "../../model/parameters";
import type { FleetMember, Trip } from "../../model/types";

/**
 * Why a trip found no vehicle. "noVehicleFree" when every vehicle was busy; otherwise the rule
 * that turned away the most capable free vehicle (the last free one in fleet order).
 */
export type UnallocatedReason = "noVehicleFree" | "range" | "bikeRules" | "kmCap" | "evCharging";

export const UNALLOCATED_REASONS: readonly UnallocatedReason[] = [
  "noVehicleFree",
  "range",
  "bikeRules",
  "kmCap",
  "evCharging",
];

/** A vehicle's booking state during one simulation. */
export interface VehicleState {
  member: FleetMember;
  /** Last one-minute slot the vehicle is blocked (trip end plus changeover); -Infinity when free. */
  lastBlockedSlot: number;
  km: number;
  trips: number;
  /** End of the vehicle's last trip (naive ms); null before its first. */
  lastEndMs: number | null;
  /** EV: km left on the battery after the last trip. */
  batteryKm: number;
  /** km driven per calendar day (day index = floor(ms / day)), for the bikes' daily range. */
  kmByDay: Map<number, number>;
  /** Minutes on trips per calendar day, for the EV's daily rest. */
  busyMinByDay: Map<number, number>;
  /** Bike percentage rule: trips this bike qualified for, and how many it took. */
  qualifiedTrips: number;
  acceptedTrips: number;
}

export interface RuleContext {
  params: Parameters;
  /** Days in the selected period (pro rata for the km cap). */
  periodDays: number;
  limitKm: boolean;
}

/**
 * One acceptance rule of the simulation (product.md §4.2). Rules are asked only for vehicles that
 * are free, in evaluation order, and stop at the first that rejects; `onBook` updates the state a
 * rule keeps once the vehicle really takes the trip.
 */
export interface AcceptanceRule {
  name: string;
  reason: UnallocatedReason;
  appliesTo(member: FleetMember): boolean;
  accepts(trip: Trip, state: VehicleState, ctx: RuleContext): boolean;
  onBook?(trip: Trip, state: VehicleState, ctx: RuleContext): void;
}

export function newVehicleState(member: FleetMember): VehicleState {
  return {
    member,
    lastBlockedSlot: -Infinity,
    km: 0,
    trips: 0,
    lastEndMs: null,
    batteryKm: 0,
    kmByDay: new Map(),
    busyMinByDay: new Map(),
    qualifiedTrips: 0,
    acceptedTrips: 0,
  };
}
