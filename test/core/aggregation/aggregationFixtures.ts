import type { DriveLog, GpsFix, HomeLocation } from "../../../src/core/aggregation/types";

/** Home "Nord" at 55.68 N, 12.57 E (Copenhagen); one degree of latitude is 111.2 km. */
export const HOME = { lat: 55.68, lon: 12.57 };
export const M_PER_DEG_LAT = (6_371_000 * Math.PI) / 180; // haversine with R = 6371 km

/** A point `north` metres north and `east` metres east of home. */
export function offset(north: number, east = 0): { lat: number; lon: number } {
  return {
    lat: HOME.lat + north / M_PER_DEG_LAT,
    lon: HOME.lon + east / (M_PER_DEG_LAT * Math.cos((HOME.lat * Math.PI) / 180)),
  };
}

export const NORD: HomeLocation = { name: "Nord", spots: [HOME] };
/** Syd is 20 km south, with a second parking spot 500 m further east. */
export const SYD: HomeLocation = { name: "Syd", spots: [offset(-20_000), offset(-20_000, 500)] };

/** 2025-03-03 (Monday) hh:mm on `day` (3 = the 3rd), naive ms. */
export function t(hhmm: string, day = 3): number {
  const [h, m, s] = hhmm.split(":").map(Number);
  return Date.UTC(2025, 2, day, h, m, s ?? 0);
}

let row = 1;
/** A log from `from` to `to` (points), `km` recorded. */
export function aLog(
  start: number,
  end: number,
  from: { lat: number; lon: number },
  to: { lat: number; lon: number },
  km: number,
  vehicleId = "1",
): DriveLog {
  row++;
  return {
    vehicleId,
    startMs: start,
    endMs: end,
    startLat: from.lat,
    startLon: from.lon,
    endLat: to.lat,
    endLon: to.lon,
    distanceKm: km,
    sheet: "Logninger",
    sourceRow: row,
  };
}

export const AWAY = offset(5_000); // 5 km north: no parking spot near

export function aFix(timeMs: number, at: { lat: number; lon: number }, over: Partial<GpsFix> = {}): GpsFix {
  row++;
  return {
    vehicleId: "1",
    timeMs,
    lat: at.lat,
    lon: at.lon,
    ignition: null,
    odometerKm: null,
    sheet: "GPS-punkter",
    sourceRow: row,
    ...over,
  };
}

/** A drive at 1 fix per `stepS` seconds, north from home to `metres` and back, starting at `start`. */
export function outAndBack(
  start: number,
  metres: number,
  stepM = 100,
  stepS = 10,
  over: Partial<GpsFix> = {},
) {
  const fixes: GpsFix[] = [];
  let time = start;
  for (let m = 0; m <= metres; m += stepM) {
    fixes.push(aFix(time, offset(m), over));
    time += stepS * 1000;
  }
  for (let m = metres - stepM; m >= 0; m -= stepM) {
    fixes.push(aFix(time, offset(m), over));
    time += stepS * 1000;
  }
  return fixes;
}
