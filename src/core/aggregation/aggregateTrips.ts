import type {
  AggregationResult,
  DriveLog,
  GpsFix,
  HomeLocation,
  HomeSource,
  RoundTrip,
  VehicleReport,
} from "./types";
import { emptyDiscards, emptyFixDrops } from "./types";
import type { AggregationParams } from "./aggregationParams";
import { RADIUS_SCORE_WEIGHTS } from "../model/constants";
import { pointsToLogs, type FixStats } from "./pointsToLogs";
import { buildRoundTrips, type RoundTripRules, type VehicleRoundTrips } from "./buildRoundTrips";
import { groupByVehicle } from "./_lib/groupByVehicle";
import { sanitizeLogs } from "./_lib/sanitizeLogs";
import { SpotGrid } from "./_lib/spotGrid";
import { inferHome } from "./_lib/inferHome";
import { summarizeLocations } from "./_lib/summarizeLocations";

/** A vehicle's home from Køretøjer: the location (index into the locations) and the name its trips get. */
export interface VehicleHome {
  location: number;
  /** The Lokation text as Køretøjer has it, so the simulation matches its trips to its vehicles. */
  name: string;
}

export interface AggregationInput {
  locations: readonly HomeLocation[];
  logs: readonly DriveLog[];
  fixes: readonly GpsFix[];
  /**
   * Homes from Køretøjer. null: the vehicle's Lokation is not on Lokationer (it gets no location
   * and its logs are reported, never guessed). A vehicle not in the map has no Lokation.
   */
  vehicleHomes: ReadonlyMap<string, VehicleHome | null>;
}

export type AggregationPhase = "gpsPoints" | "roundTrips";
export type AggregationProgress = (phase: AggregationPhase, fraction: number) => void;

/**
 * Aggregation end to end (product.md §4.1): GPS points into logs, the GPS error rules, logs into
 * round trips from each vehicle's home, and the precision report per vehicle and per location.
 * A trip belongs to the location of the vehicle that drove it. Linear in the number of logs and
 * fixes apart from one sort per vehicle.
 * @example aggregateTrips({ locations, logs, fixes: [], vehicleHomes }, aggregationParams()).roundTrips.length //=> 12
 */
export function aggregateTrips(
  input: AggregationInput,
  params: AggregationParams,
  onProgress?: AggregationProgress,
): AggregationResult {
  const { locations } = input;
  let logs = input.logs;
  let fixStats = new Map<string, FixStats>();
  if (input.fixes.length > 0) {
    const fromPoints = pointsToLogs(
      input.fixes,
      { stopMin: params.gpsStopMin, stopRadiusM: params.gpsStopRadiusM, maxSpeedKmh: params.gpsMaxSpeedKmh },
      (f) => onProgress?.("gpsPoints", f),
    );
    logs = logs.length ? [...logs, ...fromPoints.logs] : fromPoints.logs;
    fixStats = fromPoints.fixStats;
  }

  const grids = params.radiiM.map((r) => new SpotGrid(locations, r));
  const groups = groupByVehicle(logs, (l) => l.startMs);
  // A vehicle whose every fix was dropped has no logs, but still belongs in the report.
  for (const id of fixStats.keys()) if (!groups.has(id)) groups.set(id, []);

  const roundTrips: RoundTrip[] = [];
  const vehicles: VehicleReport[] = [];
  let done = 0;
  for (const [vehicleId, order] of groups) {
    const discarded = emptyDiscards();
    const clean = sanitizeLogs(logs, order, params, discarded);
    const fromSheet = input.vehicleHomes.get(vehicleId);
    let home = -1;
    let homeName = "";
    let homeSource: HomeSource = "none";
    if (fromSheet) {
      home = fromSheet.location;
      homeName = fromSheet.name;
      homeSource = "sheet";
    } else if (fromSheet === undefined && params.inferHome) {
      home = inferHome(logs, clean.kept, grids[0]);
      if (home >= 0) {
        homeName = locations[home].name;
        homeSource = "inferred";
      }
    }

    let best: VehicleRoundTrips | null = null;
    let bestRadius = params.radiiM[0];
    if (home < 0) discarded.noLocation += clean.kept.length;
    else {
      let bestScore = -Infinity;
      const kmKept = clean.km.reduce((s, x) => s + x, 0);
      params.radiiM.forEach((radiusM, r) => {
        const result = buildRoundTrips(
          { logs, order: clean.kept, km: clean.km },
          home,
          locations,
          rulesFor(params, radiusM),
          grids[r],
        );
        const score = radiusScore(result, kmKept);
        // On a tie the first radius in the list wins, as in the reference.
        if (best === null || score > bestScore) {
          best = result;
          bestScore = score;
          bestRadius = radiusM;
        }
      });
    }

    const chosen = best as VehicleRoundTrips | null;
    let kmInTrips = 0;
    let kmComplete = 0;
    let complete = 0;
    if (chosen) {
      for (const k of Object.keys(discarded) as (keyof typeof discarded)[])
        discarded[k] += chosen.discarded[k];
      for (const t of chosen.trips) {
        const first = logs[clean.kept[t.from]];
        const last = logs[clean.kept[t.to]];
        roundTrips.push({
          vehicleId,
          location: homeName,
          startMs: first.startMs,
          endMs: last.endMs,
          distanceKm: t.distanceKm,
          kind: t.kind,
          logCount: t.to - t.from + 1,
        });
        kmInTrips += t.distanceKm;
        if (t.kind === "complete") {
          kmComplete += t.distanceKm;
          complete++;
        }
      }
    }
    const fixes = fixStats.get(vehicleId);
    const firstLog = order.length ? logs[order[0]] : null;
    vehicles.push({
      vehicleId,
      location: homeName,
      homeSource,
      radiusM: bestRadius,
      logs: order.length,
      logsUsed: chosen?.logsUsed ?? 0,
      roundTrips: chosen?.trips.length ?? 0,
      completeRoundTrips: complete,
      kmAll: clean.kmAll,
      kmInTrips,
      kmComplete,
      distanceCorrected: clean.distanceCorrected,
      locationChanges: chosen?.locationChanges ?? 0,
      discarded,
      fixes: fixes?.fixes ?? 0,
      fixesDropped: fixes?.dropped ?? emptyFixDrops(),
      firstSheet: fixes?.firstSheet ?? firstLog?.sheet ?? "",
      firstRow: fixes?.firstRow ?? firstLog?.sourceRow ?? 0,
    });
    done += Math.max(order.length, 1);
    onProgress?.("roundTrips", done / Math.max(logs.length, 1));
  }

  roundTrips.sort(
    (a, b) => a.startMs - b.startMs || a.vehicleId.localeCompare(b.vehicleId, undefined, { numeric: true }),
  );
  vehicles.sort((a, b) => a.vehicleId.localeCompare(b.vehicleId, undefined, { numeric: true }));
  return {
    roundTrips,
    vehicles,
    locations: summarizeLocations(
      vehicles,
      locations.map((l) => l.name),
    ),
  };
}

function rulesFor(params: AggregationParams, radiusM: number): RoundTripRules {
  return {
    radiusM,
    minRoundTripKm: params.minRoundTripKm,
    splitAfterHours: params.splitAfterHours,
    splitStopMin: params.splitStopMin,
    closeOnHomeStart: params.closeOnHomeStart,
    recoverOrphans: params.recoverOrphans,
    locationChange: params.locationChange,
    locationChangeDays: params.locationChangeDays,
  };
}

/**
 * The reference's score for a radius (§2.3 step 4): 0.4 × share of trip km in complete trips +
 * 0.2 × share of the logs' km used + 0.4 / mean logs per trip. No trips: never chosen first.
 */
function radiusScore(r: VehicleRoundTrips, kmKept: number): number {
  if (r.trips.length === 0) return -Infinity;
  let kmTrips = 0;
  let kmComplete = 0;
  for (const t of r.trips) {
    kmTrips += t.distanceKm;
    if (t.kind === "complete") kmComplete += t.distanceKm;
  }
  const w = RADIUS_SCORE_WEIGHTS;
  return (
    w.complete * (kmTrips > 0 ? kmComplete / kmTrips : 0) +
    w.utilised * (kmKept > 0 ? kmTrips / kmKept : 0) +
    w.logsPerTrip * (r.trips.length / r.logsUsed)
  );
}
