import {
  EARTH_RADIUS_KM,
  MAX_ABS_LATITUDE,
  MAX_ABS_LONGITUDE,
  METRES_PER_KM,
  RADIANS_PER_DEGREE as RAD,
} from "../../model/constants";

/** Great-circle distance in km (haversine, R = 6371 km, as the reference). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const p1 = lat1 * RAD;
  const p2 = lat2 * RAD;
  const dp = p2 - p1;
  const dl = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dp / 2);
  const s2 = Math.sin(dl / 2);
  const a = s1 * s1 + Math.cos(p1) * Math.cos(p2) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return haversineKm(lat1, lon1, lat2, lon2) * METRES_PER_KM;
}

/** A fix a receiver can really give: finite, inside WGS84, and not the (0, 0) of "no fix". */
export function isValidPosition(lat: number, lon: number): boolean {
  return (
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= MAX_ABS_LATITUDE &&
    Math.abs(lon) <= MAX_ABS_LONGITUDE &&
    !(lat === 0 && lon === 0)
  );
}
