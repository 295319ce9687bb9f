import type { DiscardReason, DriveLog } from "../types";
import { MS_PER_HOUR, STRAIGHT_LINE_TOLERANCE_KM } from "../../model/constants";

/** A local copy: read once per log (an imported binding is a getter call under CommonJS). */
const TOLERANCE_KM = STRAIGHT_LINE_TOLERANCE_KM;
import { haversineKm, isValidPosition } from "./geo";

export interface SanitizeParams {
  maxLogHours: number;
  useStraightLine: boolean;
}

export interface SanitizedLogs {
  /** Indices into the logs that survive, in time order. */
  kept: number[];
  /** km of each kept log (parallel to `kept`), after the straight-line rule. */
  km: Float64Array;
  /** km of every log, exact duplicates counted once. */
  kmAll: number;
  distanceCorrected: number;
}

/**
 * The GPS error rules of product.md §4.1 on one vehicle's logs (already sorted by start): drop
 * (0, 0) positions, exact duplicate rows (kept once), logs with the same end time as another log,
 * logs longer than `maxLogHours`, and logs starting before the previous one ended (the reference's
 * overlap rule, §2.2); raise a distance to the straight line between its ends when that is longer.
 * Linear: one pass with a count of end times instead of the reference's pairwise scans.
 */
export function sanitizeLogs(
  logs: readonly DriveLog[],
  order: readonly number[],
  params: SanitizeParams,
  discarded: Record<DiscardReason, number>,
): SanitizedLogs {
  const kmOf = (log: DriveLog, valid: boolean) => {
    if (!params.useStraightLine || !valid) return log.distanceKm;
    const straightKm = haversineKm(log.startLat, log.startLon, log.endLat, log.endLon);
    return straightKm > log.distanceKm + TOLERANCE_KM ? straightKm : log.distanceKm;
  };
  let kmAll = 0;
  let distanceCorrected = 0;
  const candidates: number[] = [];
  const candidateKm: number[] = [];
  const endCounts = new Map<number, number>();
  let runStart = 0; // first candidate with the current start time: duplicates sit inside that run
  for (const i of order) {
    const log = logs[i];
    const valid = isValidPosition(log.startLat, log.startLon) && isValidPosition(log.endLat, log.endLon);
    const previousStart = candidates.length ? logs[candidates[candidates.length - 1]].startMs : Number.NaN;
    if (log.startMs !== previousStart) runStart = candidates.length;
    let duplicate = false;
    for (let c = runStart; c < candidates.length && !duplicate; c++) {
      const other = logs[candidates[c]];
      duplicate = other.endMs === log.endMs && other.distanceKm === log.distanceKm;
    }
    if (duplicate) {
      discarded.duplicate++;
      continue;
    }
    const km = kmOf(log, valid);
    kmAll += km;
    if (!valid) {
      discarded.invalidPosition++;
      continue;
    }
    if (km > log.distanceKm) distanceCorrected++;
    candidates.push(i);
    candidateKm.push(km);
    endCounts.set(log.endMs, (endCounts.get(log.endMs) ?? 0) + 1);
  }

  const kept: number[] = [];
  const km: number[] = [];
  const maxMs = params.maxLogHours * MS_PER_HOUR;
  let lastEnd = -Infinity;
  candidates.forEach((i, c) => {
    const log = logs[i];
    if ((endCounts.get(log.endMs) ?? 0) > 1) discarded.sameEndTime++;
    else if (log.endMs - log.startMs > maxMs) discarded.tooLong++;
    else if (log.startMs < lastEnd) discarded.overlapping++;
    else {
      kept.push(i);
      km.push(candidateKm[c]);
      lastEnd = log.endMs;
    }
  });
  return { kept, km: Float64Array.from(km), kmAll, distanceCorrected };
}
