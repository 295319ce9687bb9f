import * as C from "../../model/constants";

// Local copies: compiled to CommonJS (the CLI, the bench), every imported binding is a getter
// call, which is a tenth of the time in these million-times-a-run functions.
const EARTH_RADIUS_KM = C.EARTH_RADIUS_KM;
const MAX_ABS_LATITUDE = C.MAX_ABS_LATITUDE;
const MAX_ABS_LONGITUDE = C.MAX_ABS_LONGITUDE;
const METRES_PER_KM = C.METRES_PER_KM;
const RAD = C.RADIANS_PER_DEGREE;

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
