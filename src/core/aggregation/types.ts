/**
 * The aggregation's data: raw GPS fixes and logs in, round trips (rundture) and a precision report
 * out. Times are naive local ms like everywhere in the engine; coordinates are WGS84 degrees.
 */

/** A home location (Lokation) with its parking spots: several rows of one name on Lokationer. */
export interface HomeLocation {
  name: string;
  spots: { lat: number; lon: number }[];
}

/** One log (logning): the vehicle from ignition on to off, as a fleet-management export has it. */
export interface DriveLog {
  vehicleId: string;
  startMs: number;
  endMs: number;
  startLat: number;
  startLon: number;
  endLat: number;
  endLon: number;
  distanceKm: number;
  /** Sheet and row it came from (for GPS-derived logs: the row of its first fix). */
  sheet: string;
  sourceRow: number;
}

/** One GPS fix (GPS-punkt). */
export interface GpsFix {
  vehicleId: string;
  timeMs: number;
  lat: number;
  lon: number;
  /** Tænding when the sheet has the column; null when unknown. */
  ignition: boolean | null;
  /** Kilometertæller in km when the sheet has it. */
  odometerKm: number | null;
  sheet: string;
  sourceRow: number;
}

/** Why a GPS fix was not used. */
export type FixDropReason = "invalidPosition" | "duplicate" | "speed";

/** Why a log did not become part of a round trip. */
export type DiscardReason =
  | "invalidPosition"
  | "duplicate"
  | "sameEndTime"
  | "tooLong"
  | "overlapping"
  | "noLocation"
  | "outsideHome"
  | "unfinished"
  | "belowMinimum";

export const DISCARD_REASONS: readonly DiscardReason[] = [
  "sameEndTime",
  "tooLong",
  "outsideHome",
  "belowMinimum",
  "unfinished",
  "overlapping",
  "duplicate",
  "invalidPosition",
  "noLocation",
];

export const FIX_DROP_REASONS: readonly FixDropReason[] = ["invalidPosition", "duplicate", "speed"];

/**
 * How a round trip came about. Only `complete` ones left home and came back within the radius;
 * the others are trips the vehicle really drove, kept so the simulation sees the driving.
 * - `complete`: starts and ends at a parking spot of the location;
 * - `returnedUnseen`: its last log ends away from home, but the next log starts at home;
 * - `split`: a piece of a trip longer than agg_split_hours, cut at a long stop;
 * - `recovered`: logs that never started at home (option agg_recover_orphans);
 * - `locationChange`: the trip on which the vehicle moved to another location (agg_location_change).
 */
export type RoundTripKind = "complete" | "returnedUnseen" | "split" | "recovered" | "locationChange";

export interface RoundTrip {
  vehicleId: string;
  /** The vehicle's location: a trip belongs to the location of the vehicle that drove it. */
  location: string;
  startMs: number;
  endMs: number;
  distanceKm: number;
  kind: RoundTripKind;
  logCount: number;
}

/** Where a vehicle's home came from. */
export type HomeSource = "sheet" | "inferred" | "none";

export interface VehicleReport {
  vehicleId: string;
  /** "" when the vehicle has no location. */
  location: string;
  homeSource: HomeSource;
  /** The radius used (the chosen one when agg_best_radius is on). */
  radiusM: number;
  logs: number;
  logsUsed: number;
  roundTrips: number;
  completeRoundTrips: number;
  /** km of every log (exact duplicate rows counted once), after the straight-line rule. */
  kmAll: number;
  kmInTrips: number;
  kmComplete: number;
  /** Logs whose distance was raised to the straight-line distance. */
  distanceCorrected: number;
  locationChanges: number;
  discarded: Record<DiscardReason, number>;
  fixes: number;
  fixesDropped: Record<FixDropReason, number>;
  /** Sheet and row of the vehicle's first log or fix, for messages. */
  firstSheet: string;
  firstRow: number;
}

export interface LocationReport {
  location: string;
  vehicles: number;
  logs: number;
  logsUsed: number;
  roundTrips: number;
  completeRoundTrips: number;
  kmAll: number;
  kmInTrips: number;
  kmComplete: number;
  /** kmComplete / kmAll; null when there are no km. */
  precision: number | null;
  discarded: Record<DiscardReason, number>;
  fixesDropped: Record<FixDropReason, number>;
}

export interface AggregationResult {
  /** Sorted by start, then Bil id. */
  roundTrips: RoundTrip[];
  vehicles: VehicleReport[];
  locations: LocationReport[];
}

export function emptyDiscards(): Record<DiscardReason, number> {
  return {
    invalidPosition: 0,
    duplicate: 0,
    sameEndTime: 0,
    tooLong: 0,
    overlapping: 0,
    noLocation: 0,
    outsideHome: 0,
    unfinished: 0,
    belowMinimum: 0,
  };
}

export function emptyFixDrops(): Record<FixDropReason, number> {
  return { invalidPosition: 0, duplicate: 0, speed: 0 };
}
