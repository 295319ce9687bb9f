/**
 * Aggregation benchmark (product.md §7: 1,000,000 logs under 5 s, 1,000,000 GPS points under 5 s,
 * in Node). Seeded data, so every run aggregates the same rows; it prints, it never passes or fails.
 * Called from bench/run.ts; `npx tsx bench/aggregation.ts` runs it alone.
 */
import { aggregateTrips, type AggregationInput } from "../src/core/aggregation/aggregateTrips";
import { aggregationParams } from "../src/core/aggregation/aggregationParams";
import type { DriveLog, GpsFix, HomeLocation } from "../src/core/aggregation/types";
import { defaultParameters } from "../src/core/model/parameters";
import { aggregateSheets } from "../src/engine/aggregate";
import { msToExcelSerial } from "../src/core/time/naiveTime";
import type { CellValue, SheetData } from "../src/workbook/sheetData";

const SEED = 20251123;
const M_PER_DEG = (6_371_000 * Math.PI) / 180;
const T0 = Date.UTC(2025, 2, 3, 6, 0, 0);
const MIN = 60_000;

/** Mulberry32: a small seeded PRNG, so the bench data is identical on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function locations(count: number, rand: () => number): HomeLocation[] {
  return Array.from({ length: count }, (_, i) => {
    const lat = 54.8 + rand() * 2.6;
    const lon = 8.2 + rand() * 4.4;
    const spots = [{ lat, lon }];
    if (rand() < 0.3) spots.push({ lat: lat + 150 / M_PER_DEG, lon });
    return { name: `Lokation ${i + 1}`, spots };
  });
}

const move = (p: { lat: number; lon: number }, north: number, east: number) => ({
  lat: p.lat + north / M_PER_DEG,
  lon: p.lon + east / (M_PER_DEG * Math.cos((p.lat * Math.PI) / 180)),
});

/** `perVehicle` logs for each of `vehicles`: daily round trips of 1–4 logs, with a little noise. */
export function seededLogs(vehicles: number, perVehicle: number, locs: HomeLocation[], rand: () => number) {
  const logs: DriveLog[] = [];
  for (let v = 0; v < vehicles; v++) {
    const home = locs[v % locs.length].spots[0];
    let t = T0;
    let n = 0;
    while (n < perVehicle) {
      const legs = 1 + Math.floor(rand() * 4);
      let at = home;
      for (let leg = 0; leg < legs && n < perVehicle; leg++, n++) {
        const last = leg === legs - 1;
        const to = last
          ? move(home, rand() * 40 - 20, rand() * 40 - 20)
          : move(home, rand() * 20_000 - 10_000, rand() * 20_000 - 10_000);
        const minutes = 5 + rand() * 40;
        const km = 0.3 + rand() * 15;
        logs.push({
          vehicleId: String(1000 + v),
          startMs: t,
          endMs: t + minutes * MIN,
          startLat: at.lat,
          startLon: at.lon,
          endLat: to.lat,
          endLon: to.lon,
          // 1 in 200 logs is a GPS error: a day-long log or a duplicate end time.
          distanceKm: km,
          sheet: "Logninger",
          sourceRow: logs.length + 2,
        });
        if (rand() < 0.005) logs[logs.length - 1].endMs = t + 30 * 60 * MIN;
        at = to;
        t += (minutes + 10 + rand() * 60) * MIN;
      }
      t += (60 + rand() * 600) * MIN;
    }
  }
  // Exports are not always sorted: shuffle a tenth of the rows.
  for (let i = 0; i < logs.length / 10; i++) {
    const a = Math.floor(rand() * logs.length);
    const b = Math.floor(rand() * logs.length);
    [logs[a], logs[b]] = [logs[b], logs[a]];
  }
  return logs;
}

/** `perVehicle` fixes for each vehicle: drives out and back at 10 s a fix, parked 10–60 min between. */
export function seededFixes(vehicles: number, perVehicle: number, locs: HomeLocation[], rand: () => number) {
  const fixes: GpsFix[] = [];
  for (let v = 0; v < vehicles; v++) {
    const home = locs[v % locs.length].spots[0];
    let t = T0;
    let n = 0;
    while (n < perVehicle) {
      const steps = 20 + Math.floor(rand() * 200);
      const heading = rand() * 2 * Math.PI;
      for (let s = 0; s <= 2 * steps && n < perVehicle; s++, n++) {
        const d = (s <= steps ? s : 2 * steps - s) * 120; // 120 m per 10 s: 43 km/h
        const p = move(home, d * Math.cos(heading) + rand() * 8, d * Math.sin(heading) + rand() * 8);
        // 1 in 1000 fixes is corrupt: (0, 0) or a 500 km jump.
        const bad = rand();
        const q = bad < 0.0005 ? { lat: 0, lon: 0 } : bad < 0.001 ? move(p, 500_000, 0) : p;
        fixes.push({
          vehicleId: String(1000 + v),
          timeMs: t,
          lat: q.lat,
          lon: q.lon,
          ignition: null,
          odometerKm: null,
          sheet: "GPS-punkter",
          sourceRow: fixes.length + 2,
        });
        t += 10_000;
      }
      t += (10 + rand() * 50) * MIN;
    }
  }
  return fixes;
}

function logsSheet(logs: DriveLog[]): SheetData {
  const values: CellValue[][] = [
    [
      "Bil id",
      "Starttid",
      "Sluttid",
      "Start breddegrad",
      "Start længdegrad",
      "Slut breddegrad",
      "Slut længdegrad",
      "Distance",
    ],
  ];
  for (const l of logs)
    values.push([
      l.vehicleId,
      msToExcelSerial(l.startMs),
      msToExcelSerial(l.endMs),
      l.startLat,
      l.startLon,
      l.endLat,
      l.endLon,
      l.distanceKm,
    ]);
  return { name: "Logninger", originRow: 1, originCol: 1, values };
}

function pointsSheet(fixes: GpsFix[]): SheetData {
  const values: CellValue[][] = [["Bil id", "Tid", "Breddegrad", "Længdegrad"]];
  for (const f of fixes) values.push([f.vehicleId, msToExcelSerial(f.timeMs), f.lat, f.lon]);
  return { name: "GPS-punkter", originRow: 1, originCol: 1, values };
}

function locationsSheet(locs: HomeLocation[]): SheetData {
  const values: CellValue[][] = [["Lokation", "Breddegrad", "Længdegrad"]];
  for (const l of locs) for (const s of l.spots) values.push([l.name, s.lat, s.lon]);
  return { name: "Lokationer", originRow: 1, originCol: 1, values };
}

function time(runs: number, run: () => void): { medianMs: number; minMs: number } {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], minMs: times[0] };
}

const fmt = (x: number) => x.toFixed(0).padStart(8);

/** Prints the aggregation figures; `runs` timed runs after one warm-up each. */
export function benchAggregation(runs = 5, log: (line: string) => void = console.log): void {
  const rand = prng(SEED);
  const locs = locations(100, rand);
  const logs = seededLogs(1000, 1000, locs, rand);
  const fixes = seededFixes(200, 5000, locs, rand);
  const params = aggregationParams(defaultParameters());
  const homes = new Map(
    Array.from({ length: 1000 }, (_, v) => [
      String(1000 + v),
      { location: v % locs.length, name: locs[v % locs.length].name },
    ]),
  );
  const logInput: AggregationInput = { locations: locs, logs, fixes: [], vehicleHomes: homes };
  const fixInput: AggregationInput = { locations: locs, logs: [], fixes, vehicleHomes: homes };

  const r1 = aggregateTrips(logInput, params);
  const r2 = aggregateTrips(fixInput, params);
  const logsCore = time(runs, () => aggregateTrips(logInput, params));
  const fixesCore = time(runs, () => aggregateTrips(fixInput, params));
  const best = aggregationParams({
    ...defaultParameters(),
    aggBestRadius: 1,
    aggLocationChange: 1,
    aggRecoverOrphans: 1,
  });
  const logsAll = time(runs, () => aggregateTrips(logInput, best));

  const sheets = [locationsSheet(locs), logsSheet(logs), pointsSheet(fixes)];
  const request = { locations: "Lokationer", vehicles: null, parameters: null };
  const logsSheets = time(Math.min(runs, 3), () =>
    aggregateSheets(sheets, { ...request, logs: ["Logninger"], gpsPoints: [] }),
  );
  const fixesSheets = time(Math.min(runs, 3), () =>
    aggregateSheets(sheets, { ...request, logs: [], gpsPoints: ["GPS-punkter"] }),
  );

  log(`aggregation (seed ${SEED}, 100 locations), median / min of ${runs} runs after one warm-up, ms`);
  log(`  1,000,000 logs, 1,000 vehicles → ${r1.roundTrips.length} round trips`);
  log(
    `    core: logs → round trips + report         ${fmt(logsCore.medianMs)} / ${fmt(logsCore.minMs)}   target < 5000`,
  );
  log(`    core, best of 4 radii + both options      ${fmt(logsAll.medianMs)} / ${fmt(logsAll.minMs)}`);
  log(`    sheet → plan (read, aggregate, Ture plan) ${fmt(logsSheets.medianMs)} / ${fmt(logsSheets.minMs)}`);
  log(`  1,000,000 GPS points, 200 vehicles → ${r2.roundTrips.length} round trips`);
  log(
    `    core: points → logs → round trips         ${fmt(fixesCore.medianMs)} / ${fmt(fixesCore.minMs)}   target < 5000`,
  );
  log(
    `    sheet → plan (read, aggregate, Ture plan) ${fmt(fixesSheets.medianMs)} / ${fmt(fixesSheets.minMs)}`,
  );
}

// `npx tsx bench/aggregation.ts` runs this benchmark alone.
if (require.main === module) benchAggregation();
