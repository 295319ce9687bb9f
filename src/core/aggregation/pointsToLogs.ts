import type { DriveLog, FixDropReason, GpsFix } from "./types";
import { emptyFixDrops } from "./types";
import { MS_PER_MINUTE } from "../model/constants";
import { cleanFixes } from "./_lib/cleanFixes";
import { groupByVehicle } from "./_lib/groupByVehicle";
import { haversineKm, haversineM } from "./_lib/geo";

export interface PointsToLogsParams {
  /** No movement (or no fix) for this long ends a log. */
  stopMin: number;
  /** "No movement": staying within this distance of where the vehicle stopped. */
  stopRadiusM: number;
  /** Fixes that need a higher speed from the last good fix are dropped. */
  maxSpeedKmh: number;
}

export interface FixStats {
  fixes: number;
  dropped: Record<FixDropReason, number>;
  firstSheet: string;
  firstRow: number;
}

export interface PointsToLogsResult {
  logs: DriveLog[];
  /** Per Bil id. */
  fixStats: Map<string, FixStats>;
}

/**
 * Turns raw GPS points into logs (logninger), per vehicle: split on ignition changes when the
 * vehicle's fixes say on/off, otherwise on stops (no movement beyond `stopRadiusM`, or no fix at
 * all, for `stopMin`). Corrupt fixes are dropped first (see cleanFixes). A log's distance is the
 * odometer difference when both ends have one, otherwise the haversine path through its fixes.
 * @param fixes - in any order; sorted here per vehicle
 * @example pointsToLogs(fixesOfOneDrive, { stopMin: 5, stopRadiusM: 50, maxSpeedKmh: 200 }).logs.length //=> 1
 */
export function pointsToLogs(
  fixes: readonly GpsFix[],
  params: PointsToLogsParams,
  onProgress?: (fraction: number) => void,
): PointsToLogsResult {
  const logs: DriveLog[] = [];
  const fixStats = new Map<string, FixStats>();
  const groups = groupByVehicle(fixes, (f) => f.timeMs);
  let done = 0;
  for (const [vehicleId, order] of groups) {
    const first = fixes[order[0]];
    const stats: FixStats = {
      fixes: order.length,
      dropped: emptyFixDrops(),
      firstSheet: first.sheet,
      firstRow: first.sourceRow,
    };
    fixStats.set(vehicleId, stats);
    const clean = cleanFixes(fixes, order, params.maxSpeedKmh, stats.dropped);
    const hasIgnition = clean.kept.some((i) => fixes[i].ignition !== null);
    const spans = hasIgnition
      ? ignitionSpans(fixes, clean.kept)
      : stopSpans(fixes, clean.kept, clean.lastSeenMs, params);
    const path = cumulativePathKm(fixes, clean.kept);
    for (const [a, b] of spans) {
      if (b <= a) continue;
      const fa = fixes[clean.kept[a]];
      const fb = fixes[clean.kept[b]];
      const odometer =
        fa.odometerKm !== null && fb.odometerKm !== null && fb.odometerKm >= fa.odometerKm
          ? fb.odometerKm - fa.odometerKm
          : null;
      logs.push({
        vehicleId,
        startMs: clean.lastSeenMs[a],
        endMs: fb.timeMs,
        startLat: fa.lat,
        startLon: fa.lon,
        endLat: fb.lat,
        endLon: fb.lon,
        distanceKm: odometer ?? path[b] - path[a],
        sheet: fa.sheet,
        sourceRow: fa.sourceRow,
      });
    }
    done += order.length;
    onProgress?.(done / fixes.length);
  }
  return { logs, fixStats };
}

/** [first, last] kept-fix positions of each log: from ignition on to the first fix with it off. */
function ignitionSpans(fixes: readonly GpsFix[], kept: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  let on = false;
  let start = -1;
  for (let k = 0; k < kept.length; k++) {
    // A fix without a value keeps the state of the one before.
    const ignition: boolean = fixes[kept[k]].ignition ?? on;
    if (ignition && !on) start = k;
    else if (!ignition && on) spans.push([start, k]);
    on = ignition;
  }
  if (on) spans.push([start, kept.length - 1]);
  return spans;
}

/**
 * [first, last] kept-fix positions of each log, cut where the vehicle stood within `stopRadiusM`
 * of one spot, or sent no fix, for `stopMin`. One pass: the circle's centre (the anchor) moves to
 * the first fix outside it, so the vehicle's arrival fix is the anchor when a stop is found.
 */
function stopSpans(
  fixes: readonly GpsFix[],
  kept: readonly number[],
  lastSeenMs: readonly number[],
  params: PointsToLogsParams,
): [number, number][] {
  const spans: [number, number][] = [];
  if (kept.length === 0) return spans;
  const stopMs = params.stopMin * MS_PER_MINUTE;
  const at = (k: number) => fixes[kept[k]];
  let logStart = 0;
  let anchor = 0;
  for (let k = 1; k < kept.length; k++) {
    const stoodStill = lastSeenMs[k - 1] - at(anchor).timeMs >= stopMs;
    if (at(k).timeMs - lastSeenMs[k - 1] >= stopMs) {
      // The tracker was silent: parked (or out of coverage) between k − 1 and k.
      spans.push([logStart, stoodStill ? anchor : k - 1]);
      logStart = k;
      anchor = k;
      continue;
    }
    const a = at(anchor);
    const f = at(k);
    if (haversineM(a.lat, a.lon, f.lat, f.lon) > params.stopRadiusM) {
      if (stoodStill) {
        spans.push([logStart, anchor]);
        logStart = k - 1; // it leaves from the last fix inside the circle
      }
      anchor = k;
    }
  }
  const last = kept.length - 1;
  const stoodStill = lastSeenMs[last] - at(anchor).timeMs >= stopMs;
  spans.push([logStart, stoodStill ? anchor : last]);
  return spans;
}

/** path[k] = km driven from the first kept fix to the k-th, along the fixes. */
function cumulativePathKm(fixes: readonly GpsFix[], kept: readonly number[]): Float64Array {
  const path = new Float64Array(kept.length);
  for (let k = 1; k < kept.length; k++) {
    const a = fixes[kept[k - 1]];
    const b = fixes[kept[k]];
    path[k] = path[k - 1] + haversineKm(a.lat, a.lon, b.lat, b.lon);
  }
  return path;
}
