import type { HomeLocation } from "../types";
import { METRES_PER_DEGREE, RADIANS_PER_DEGREE } from "../../model/constants";
import { haversineM } from "./geo";

/** Cells stop widening near the poles; no fleet parks there. */
const MAX_GRID_LATITUDE = 89;
/** Room for two cell indices in one safe integer key. */
const KEY_OFFSET = 2 ** 25;

/**
 * Every parking spot of every location in a grid of cells at least `radiusM` wide, so "which
 * location is within r of this point" looks at 3 × 3 cells instead of every spot: a linear pass
 * over a million logs instead of the reference's scan per log.
 */
export class SpotGrid {
  private readonly latCellDeg: number;
  private readonly lonCellDeg: number;
  private readonly cells = new Map<number, { location: number; lat: number; lon: number }[]>();

  constructor(
    readonly locations: readonly HomeLocation[],
    readonly radiusM: number,
  ) {
    let maxAbsLat = 0;
    for (const l of locations) for (const s of l.spots) maxAbsLat = Math.max(maxAbsLat, Math.abs(s.lat));
    // A longitude degree shrinks with latitude; size cells for the spot furthest from the equator.
    const cosLat = Math.cos(Math.min(MAX_GRID_LATITUDE, maxAbsLat + 1) * RADIANS_PER_DEGREE);
    this.latCellDeg = Math.max(radiusM, 1) / METRES_PER_DEGREE;
    this.lonCellDeg = this.latCellDeg / cosLat;
    locations.forEach((l, location) => {
      for (const s of l.spots) {
        const key = this.key(this.cellOf(s.lat, this.latCellDeg), this.cellOf(s.lon, this.lonCellDeg));
        const list = this.cells.get(key);
        const entry = { location, lat: s.lat, lon: s.lon };
        if (list) list.push(entry);
        else this.cells.set(key, [entry]);
      }
    });
  }

  /** The index of the location with the nearest spot within the radius, or -1. */
  nearestWithin(lat: number, lon: number): number {
    const cy = this.cellOf(lat, this.latCellDeg);
    const cx = this.cellOf(lon, this.lonCellDeg);
    let best = -1;
    let bestM = this.radiusM;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const list = this.cells.get(this.key(cy + dy, cx + dx));
        if (!list) continue;
        for (const s of list) {
          const m = haversineM(lat, lon, s.lat, s.lon);
          if (m <= bestM) {
            // Equal distances go to the location listed first on Lokationer.
            if (m < bestM || best === -1 || s.location < best) best = s.location;
            bestM = m;
          }
        }
      }
    }
    return best;
  }

  private cellOf(deg: number, cellDeg: number): number {
    return Math.floor(deg / cellDeg);
  }

  private key(cy: number, cx: number): number {
    return (cy + KEY_OFFSET) * KEY_OFFSET * 2 + (cx + KEY_OFFSET);
  }
}

const METRES_PER_DEG = METRES_PER_DEGREE;

/** Is the point within `radiusM` of one of the location's spots? */
export function isNearLocation(location: HomeLocation, lat: number, lon: number, radiusM: number): boolean {
  // A latitude difference alone already rules out most points, without the trigonometry.
  const maxDeg = radiusM / METRES_PER_DEG;
  for (const s of location.spots) {
    if (Math.abs(lat - s.lat) > maxDeg) continue;
    if (haversineM(lat, lon, s.lat, s.lon) <= radiusM) return true;
  }
  return false;
}
