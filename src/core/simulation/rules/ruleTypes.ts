import type { Parameters } from "../../model/parameters";
import type { FleetMember, Trip } from "../../model/types";

/**
 * Why a trip found no vehicle. "noVehicleFree" when every vehicle was busy; otherwise the rule
 * that turned away the last free vehicle that could have taken it.
 */
export type UnallocatedReason = "noVehicleFree" | "range" | "bikeRules" | "kmCap" | "evCharging";

/** A vehicle's booking state during one simulation. */
export interface VehicleState {
  member: FleetMember;
  /** Last one-minute slot the vehicle is blocked (trip end plus changeover); -Infinity when free. */
  lastBlockedSlot: number;
  km: number;
  trips: number;
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
 * are free; `onQualified` runs when every rule but the bike share accepted, so stateful rules
 * (the bike percentage) see only trips the vehicle could really have taken.
 */
export interface AcceptanceRule {
  name: string;
  reason: UnallocatedReason;
  appliesTo(member: FleetMember): boolean;
  accepts(trip: Trip, state: VehicleState, ctx: RuleContext): boolean;
}

export function newVehicleState(member: FleetMember): VehicleState {
  return { member, lastBlockedSlot: -Infinity, km: 0, trips: 0, qualifiedTrips: 0, acceptedTrips: 0 };
}
