import type { Parameters } from "../model/parameters";
import type { FleetCount, FleetMember, Trip, Vehicle } from "../model/types";
import { MS_PER_DAY } from "../model/constants";
import { fleetConsequences, type FleetConsequences } from "../consequences/fleetConsequences";
import type { Allocation } from "../simulation/allocation";
import { currentFleet, simulatedFleet } from "../simulation/buildFleet";
import { replayCurrentFleet } from "../simulation/replayCurrentFleet";
import { sortTrips } from "../simulation/simulateSimple";
import {
  allocateFleet,
  type AllocationComparisonRow,
  type AllocationHooks,
} from "../allocation/allocateFleet";
import type { AllocationReport } from "../allocation/allocationReport";
import { formatIsoDate, parseIsoDate, startOfDay } from "../time/naiveTime";
import type { ScenarioRequest } from "./scenarioRequest";
import { ScenarioError } from "./scenarioError";
import type { LocationShifts, Shift } from "../shifts/shiftTypes";
import { mergeTripsByShift, shiftsFor } from "../shifts/mergeTripsByShift";

export interface FleetRun {
  fleet: FleetMember[];
  allocation: Allocation;
  consequences: FleetConsequences;
}

export interface ScenarioResult {
  location: string;
  /** Naive ms of the first and last selected date (00:00). */
  fromMs: number;
  toMs: number;
  /** Days from the first to the last selected date, inclusive: the base of every yearly figure. */
  periodDays: number;
  currentIds: string[];
  fleetCounts: FleetCount[];
  allocationMethod: ScenarioRequest["allocation"];
  /** The exact allocation's objective, bound, gap, proof and time; null for simple and greedy. */
  allocationReport: AllocationReport | null;
  /** Simple, greedy and optimal side by side, when the request asked for a comparison. */
  allocationComparison: AllocationComparisonRow[] | null;
  limitKm: boolean;
  /** The simulated trips in start order. */
  trips: Trip[];
  /** The shifts whose trips were merged (Vagtlag), or null when the location has none. */
  shifts: Shift[] | null;
  current: FleetRun;
  simulated: FleetRun;
  params: Parameters;
}

export interface ScenarioData {
  vehicles: readonly Vehicle[];
  trips: readonly Trip[];
  params: Parameters;
  shifts?: readonly LocationShifts[];
}

/** A scenario's steps: replaying today's fleet, simulating the new one, pricing both. */
export type ScenarioPhase = "current" | "simulated" | "consequences";

export interface ScenarioHooks extends Omit<AllocationHooks, "onProgress"> {
  onProgress?: (phase: ScenarioPhase, fraction: number) => void;
}

/** What a scenario simulates, before any fleet drives: the location, period, trips and today's fleet. */
export interface ScenarioScope {
  location: string;
  fromMs: number;
  toMs: number;
  periodDays: number;
  currentIds: string[];
  /** The trips in the period, in start order (merged per shift where the location has shifts). */
  trips: Trip[];
  shifts: Shift[] | null;
  byId: ReadonlyMap<string, Vehicle>;
}

/** Today's fleet as it drove the scope's trips, and what that costs per year. */
export interface CurrentFleetDriven {
  scope: ScenarioScope;
  current: FleetRun;
  params: Parameters;
}

/**
 * The request's location, period and trips, checked against the data: every fault a user can fix
 * (unknown location, vehicle or date, an empty period) is a ScenarioError naming it.
 */
export function scenarioScope(data: ScenarioData, request: ScenarioRequest): ScenarioScope {
  const byId = new Map(data.vehicles.map((v) => [v.id, v]));
  const location = resolveLocation(data, request.location);
  const currentIds =
    request.currentIds ?? data.vehicles.filter((v) => v.location === location).map((v) => v.id);
  for (const id of currentIds) {
    if (!byId.has(id)) throw new ScenarioError("currentVehicleUnknown", { id });
  }
  if (currentIds.length === 0) throw new ScenarioError("locationWithoutVehicles", { location });
  const current = new Set(currentIds);
  const candidateTrips = data.trips.filter((t) => current.has(t.vehicleId) && t.location === location);

  const days = tripDays(candidateTrips);
  const fromMs = request.fromDate !== null ? parseDate(request.fromDate, "from") : (days?.firstMs ?? null);
  const toMs = request.toDate !== null ? parseDate(request.toDate, "to") : (days?.lastMs ?? null);
  if (fromMs === null || toMs === null) throw new ScenarioError("currentFleetWithoutTrips", { location });
  if (toMs < fromMs)
    throw new ScenarioError("periodEndsBeforeStart", {
      from: formatIsoDate(fromMs),
      to: formatIsoDate(toMs),
    });
  const periodDays = Math.round((toMs - fromMs) / MS_PER_DAY) + 1;
  // A trip belongs to the day it starts: trips starting in the period count, wherever they end.
  const inPeriod = candidateTrips.filter((t) => t.startMs >= fromMs && t.startMs < toMs + MS_PER_DAY);
  const shifts = shiftsFor(location, data.shifts ?? []);
  const trips = sortTrips(shifts ? mergeTripsByShift(inPeriod, shifts) : inPeriod);
  return { location, fromMs, toMs, periodDays, currentIds, trips, shifts, byId };
}

/** Today's fleet replayed on its own trips and priced: what the dashboards show, without simulating a new fleet. */
export function currentFleetDriven(data: ScenarioData, request: ScenarioRequest): CurrentFleetDriven {
  const scope = scenarioScope(data, request);
  return { scope, current: replayCurrent(scope, data.params), params: data.params };
}

function replayCurrent(scope: ScenarioScope, params: Parameters): FleetRun {
  const fleet = currentFleet(scope.currentIds.map((id) => scope.byId.get(id) as Vehicle));
  const allocation = replayCurrentFleet(scope.trips, fleet);
  return {
    fleet,
    allocation,
    consequences: fleetConsequences(scope.trips, fleet, allocation, scope.periodDays, params),
  };
}

/**
 * Runs one scenario: the current fleet replays its trips, the simulated fleet takes them by the
 * rules, and both are priced per year over the selected period.
 */
export function runScenario(
  data: ScenarioData,
  request: ScenarioRequest,
  hooks: ScenarioHooks = {},
): ScenarioResult {
  const scope = scenarioScope(data, request);
  const { location, fromMs, toMs, periodDays, currentIds, trips, shifts, byId } = scope;
  const fleetCounts = request.fleet ?? currentIds.map((id) => ({ sourceId: id, count: 1 }));
  for (const f of fleetCounts) {
    if (!byId.has(f.sourceId)) throw new ScenarioError("simulatedVehicleUnknown", { id: f.sourceId });
    if (!Number.isInteger(f.count) || f.count < 0)
      throw new ScenarioError("countNotWhole", { id: f.sourceId });
  }
  const ctx = { params: data.params, periodDays, limitKm: request.limitKm };

  hooks.onProgress?.("current", 0);
  const current = replayCurrent(scope, data.params);
  hooks.onProgress?.("simulated", 0);
  const simFleet = simulatedFleet(fleetCounts, byId);
  const allocated = allocateFleet(trips, simFleet, ctx, request, {
    ...hooks,
    onProgress: (f) => hooks.onProgress?.("simulated", f),
  });
  const simAllocation = allocated.allocation;
  hooks.onProgress?.("consequences", 0);
  return {
    location,
    fromMs,
    toMs,
    periodDays,
    currentIds,
    fleetCounts,
    allocationMethod: request.allocation,
    allocationReport: allocated.report,
    allocationComparison: allocated.comparison,
    limitKm: request.limitKm,
    trips,
    shifts,
    current,
    simulated: {
      fleet: simFleet,
      allocation: simAllocation,
      consequences: fleetConsequences(trips, simFleet, simAllocation, periodDays, data.params),
    },
    params: data.params,
  };
}

/** The locations found on vehicles and trips, in order of first appearance. */
export function locationsOf(data: Pick<ScenarioData, "vehicles" | "trips">): string[] {
  return [...new Set([...data.vehicles.map((v) => v.location), ...data.trips.map((t) => t.location)])].filter(
    (l) => l !== "",
  );
}

function resolveLocation(data: ScenarioData, wanted: string | null): string {
  const locations = locationsOf(data);
  if (wanted === null) {
    if (locations.length === 1) return locations[0];
    throw new ScenarioError("locationAmbiguous", {
      count: locations.length,
      locations: locations.join(", "),
    });
  }
  const match =
    locations.find((l) => l === wanted) ??
    locations.find((l) => l.toLowerCase() === wanted.trim().toLowerCase());
  if (!match) throw new ScenarioError("locationUnknown", { wanted, locations: locations.join(", ") });
  return match;
}

function parseDate(text: string, which: "from" | "to"): number {
  const ms = parseIsoDate(text);
  if (ms === null) throw new ScenarioError("dateInvalid", { which, text });
  return ms;
}

/** Midnight of the first and of the last day a trip starts on; null without trips. */
export function tripDays(trips: readonly Trip[]): { firstMs: number; lastMs: number } | null {
  if (trips.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const t of trips) {
    first = Math.min(first, t.startMs);
    last = Math.max(last, t.startMs);
  }
  return { firstMs: startOfDay(first), lastMs: startOfDay(last) };
}
