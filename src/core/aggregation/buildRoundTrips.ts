import type { DiscardReason, DriveLog, HomeLocation, RoundTripKind } from "./types";
import { emptyDiscards } from "./types";
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from "../model/constants";
import { isNearLocation, type SpotGrid } from "./_lib/spotGrid";

export interface RoundTripRules {
  radiusM: number;
  minRoundTripKm: number;
  splitAfterHours: number;
  splitStopMin: number;
  closeOnHomeStart: boolean;
  recoverOrphans: boolean;
  locationChange: boolean;
  locationChangeDays: number;
}

/** One vehicle's logs after the GPS error rules: time order, no overlaps, km per log. */
export interface VehicleLogs {
  logs: readonly DriveLog[];
  /** Indices into `logs`, in time order. */
  order: readonly number[];
  /** km of each entry of `order`. */
  km: ArrayLike<number>;
}

/** A round trip as positions `from..to` (inclusive) in `order`: its logs are always consecutive. */
export interface TripGroup {
  from: number;
  to: number;
  kind: RoundTripKind;
  distanceKm: number;
}

export interface VehicleRoundTrips {
  trips: TripGroup[];
  discarded: Record<DiscardReason, number>;
  logsUsed: number;
  locationChanges: number;
}

/**
 * Chains one vehicle's logs into round trips (rundture) from its home location (product.md §4.1):
 * a trip starts with a log that starts within `radiusM` of a parking spot of home and ends with
 * the first log that ends within it. Trips longer than `splitAfterHours` are split at every stop of
 * `splitStopMin` or more; trips under `minRoundTripKm` are dropped. Every log not used is counted
 * under its reason. One linear pass; the location-change lookahead is a binary search.
 * @param home - index into `locations`
 * @param grid - every location's spots at `radiusM`; needed only for `locationChange`
 * @example buildRoundTrips(vehicleLogs, 0, [nord], rules).trips.map((t) => t.kind) //=> ["complete"]
 */
export function buildRoundTrips(
  v: VehicleLogs,
  home: number,
  locations: readonly HomeLocation[],
  rules: RoundTripRules,
  grid?: SpotGrid,
): VehicleRoundTrips {
  const { logs, order, km } = v;
  const n = order.length;
  const discarded = emptyDiscards();
  const trips: TripGroup[] = [];
  const splitMs = rules.splitAfterHours * MS_PER_HOUR;
  const splitStopMs = rules.splitStopMin * MS_PER_MINUTE;
  const changeMs = rules.locationChangeDays * MS_PER_DAY;
  const log = (k: number) => logs[order[k]];
  const kmOf = (a: number, b: number) => {
    let s = 0;
    for (let k = a; k <= b; k++) s += km[k];
    return s;
  };
  const near = (loc: number, lat: number, lon: number) =>
    isNearLocation(locations[loc], lat, lon, rules.radiusM);

  /** Emits a..b as one trip, or as pieces at long stops; too-short ones are discarded. */
  const emit = (a: number, b: number, kind: RoundTripKind) => {
    const distanceKm = kmOf(a, b);
    if (distanceKm >= rules.minRoundTripKm) trips.push({ from: a, to: b, kind, distanceKm });
    else discarded.belowMinimum += b - a + 1;
  };
  const splitAtStops = (a: number, b: number, kind: RoundTripKind) => {
    let start = a;
    for (let k = a; k < b; k++) {
      if (log(k + 1).startMs - log(k).endMs >= splitStopMs) {
        emit(start, k, kind);
        start = k + 1;
      }
    }
    emit(start, b, kind);
  };
  const close = (a: number, b: number, kind: RoundTripKind) => {
    if (log(b).endMs - log(a).startMs > splitMs) splitAtStops(a, b, "split");
    else emit(a, b, kind);
  };

  // Location change: positions of the logs touching each location, built when first asked.
  const touching = new Map<number, number[]>();
  const returnsTo = (loc: number, k: number, limitMs: number): boolean => {
    let list = touching.get(loc);
    if (!list) {
      list = [];
      for (let j = 0; j < n; j++) {
        const l = log(j);
        if (near(loc, l.startLat, l.startLon) || near(loc, l.endLat, l.endLon)) list.push(j);
      }
      touching.set(loc, list);
    }
    // First touching log from k on (log k itself may end at home); ends grow with starts (no
    // overlaps), so it is the earliest time back.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && log(list[lo]).endMs <= limitMs;
  };
  const movedTo = (k: number, since: number): number => {
    if (!rules.locationChange || !grid) return -1;
    const l = log(k);
    const other = grid.nearestWithin(l.startLat, l.startLon);
    if (other < 0 || other === current) return -1;
    return returnsTo(current, k, since + changeMs) ? -1 : other;
  };

  let current = home;
  let open = -1; // first position of the open trip
  let orphanStart = -1;
  let locationChanges = 0;
  const flushOrphans = (to: number) => {
    if (orphanStart < 0) return;
    if (rules.recoverOrphans) splitAtStops(orphanStart, to, "recovered");
    else discarded.outsideHome += to - orphanStart + 1;
    orphanStart = -1;
  };

  for (let k = 0; k < n; k++) {
    const l = log(k);
    let startsHome = near(current, l.startLat, l.startLon);
    if (open >= 0) {
      if (startsHome && rules.closeOnHomeStart) {
        // Back home unseen: the last log ended outside the radius, but the vehicle starts from home.
        close(open, k - 1, "returnedUnseen");
        open = -1;
      } else {
        const other = startsHome ? -1 : movedTo(k, log(open).startMs);
        if (other >= 0) {
          close(open, k - 1, "locationChange");
          open = -1;
          current = other;
          locationChanges++;
          startsHome = true;
        } else {
          if (near(current, l.endLat, l.endLon)) {
            close(open, k, "complete");
            open = -1;
          }
          continue;
        }
      }
    }
    if (!startsHome) {
      const other = movedTo(k, l.startMs);
      if (other >= 0) {
        current = other;
        locationChanges++;
        startsHome = true;
      }
    }
    if (!startsHome) {
      if (orphanStart < 0) orphanStart = k;
      continue;
    }
    flushOrphans(k - 1);
    if (near(current, l.endLat, l.endLon)) close(k, k, "complete");
    else open = k;
  }
  flushOrphans(n - 1);
  if (open >= 0) {
    // The data ends before the vehicle is back: only an over-long tail is worth its pieces.
    if (log(n - 1).endMs - log(open).startMs > splitMs) splitAtStops(open, n - 1, "split");
    else discarded.unfinished += n - open;
  }
  const logsUsed = trips.reduce((s, t) => s + t.to - t.from + 1, 0);
  return { trips, discarded, logsUsed, locationChanges };
}
