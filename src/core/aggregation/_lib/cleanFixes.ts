import type { FixDropReason, GpsFix } from "../types";
import { GPS_TRUST_FIXES, GPS_TRUST_SPAN_MS, MS_PER_HOUR } from "../../model/constants";
import { haversineKm, isValidPosition } from "./geo";

export interface CleanFixes {
  /** Indices into the fixes, in time order. */
  kept: number[];
  /** Per kept fix: the last time the vehicle was seen at exactly that position (a tracker repeats a stale fix). */
  lastSeenMs: number[];
  dropped: Record<FixDropReason, number>;
}

/**
 * One vehicle's fixes, sorted by time, without (0, 0) and impossible positions, without a second
 * fix at the same instant, and without fixes that would need more than `maxSpeedKmh` from the last
 * good one (a 500 km jump). A fix at exactly the last position is folded into it (`lastSeenMs`):
 * trackers repeat a stale position, and the speed to the next real fix must count from the first.
 */
export function cleanFixes(
  fixes: readonly GpsFix[],
  order: readonly number[],
  maxSpeedKmh: number,
  dropped: Record<FixDropReason, number>,
): CleanFixes {
  const kept: number[] = [];
  const lastSeenMs: number[] = [];
  // Rejected fixes that agree with each other: if enough of them do, the last kept fix was wrong.
  let chain: number[] = [];
  let previousTime = Number.NaN;
  const speedKmh = (a: GpsFix, b: GpsFix) =>
    haversineKm(a.lat, a.lon, b.lat, b.lon) / ((b.timeMs - a.timeMs) / MS_PER_HOUR);
  const samePlace = (a: GpsFix, b: GpsFix) =>
    a.lat === b.lat && a.lon === b.lon && a.ignition === b.ignition && a.odometerKm === b.odometerKm;

  for (const i of order) {
    const f = fixes[i];
    if (!isValidPosition(f.lat, f.lon)) {
      dropped.invalidPosition++;
      continue;
    }
    if (f.timeMs === previousTime) {
      dropped.duplicate++;
      continue;
    }
    previousTime = f.timeMs;
    if (kept.length === 0) {
      kept.push(i);
      lastSeenMs.push(f.timeMs);
      continue;
    }
    const last = fixes[kept[kept.length - 1]];
    if (samePlace(last, f) && chain.length === 0) {
      lastSeenMs[kept.length - 1] = f.timeMs;
      continue;
    }
    if (speedKmh(last, f) <= maxSpeedKmh) {
      kept.push(i);
      lastSeenMs.push(f.timeMs);
      chain = [];
      continue;
    }
    const chainLast = chain.length ? fixes[chain[chain.length - 1]] : null;
    if (chainLast && samePlace(chainLast, f)) continue; // a stale repeat of a rejected fix
    dropped.speed++;
    if (chainLast && speedKmh(chainLast, f) <= maxSpeedKmh) chain.push(i);
    else chain = [i];
    const first = fixes[chain[0]];
    if (chain.length >= GPS_TRUST_FIXES && f.timeMs - first.timeMs >= GPS_TRUST_SPAN_MS) {
      // The vehicle really is here: the fix they all disagree with was the outlier.
      kept.pop();
      lastSeenMs.pop();
      dropped.speed += 1 - chain.length;
      for (const c of chain) {
        kept.push(c);
        lastSeenMs.push(fixes[c].timeMs);
      }
      chain = [];
    }
  }
  return { kept, lastSeenMs, dropped };
}
