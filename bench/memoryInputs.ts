/**
 * Seeded input files for the memory benchmark (issue 15): 1,000,000 logs as CSV and as .xlsx, and a
 * workbook with about 100,000 trips for `simulate`. Same seed, same files, so the figures in
 * docs/benchmarks.md can be repeated. Written to disk because the benchmark measures the CLI as a
 * user runs it, in a child process.
 */
import { createWriteStream, writeFileSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { WorkbookWriter } from "@cj-tech-master/excelts";
import { writeResultFile } from "../src/hosts/file/writeWorkbookFile";
import { msToExcelSerial } from "../src/core/time/naiveTime";
import type { DriveLog, HomeLocation } from "../src/core/aggregation/types";
import { locations, prng, seededLogs } from "./aggregation";
import { generateSampleData, samplePlan } from "../scripts/_lib/samplePlan";
import { PERIOD_DAYS } from "../scripts/_lib/sampleTrips";

export const MEMORY_SEED = 20251204;

const LOG_HEADER = [
  "Bil id",
  "Starttid",
  "Sluttid",
  "Start breddegrad",
  "Start længdegrad",
  "Slut breddegrad",
  "Slut længdegrad",
  "Distance",
];
const LOCATION_HEADER = ["Lokation", "Breddegrad", "Længdegrad"];

function seededAggregationData(logCount: number): { locs: HomeLocation[]; logs: DriveLog[] } {
  const rand = prng(MEMORY_SEED);
  const locs = locations(100, rand);
  const vehicles = Math.max(1, Math.round(logCount / 1000));
  return { locs, logs: seededLogs(vehicles, Math.ceil(logCount / vehicles), locs, rand).slice(0, logCount) };
}

/** "2025-03-03 06:12:00": how fleet exports write a time in CSV. */
function csvTime(ms: number): string {
  return new Date(Math.round(ms / 1000) * 1000).toISOString().slice(0, 19).replace("T", " ");
}

/** Lokationer.csv and Logninger.csv in `dir`, comma-separated with decimal points. */
export async function writeLogsCsv(dir: string, logCount: number): Promise<string[]> {
  const { locs, logs } = seededAggregationData(logCount);
  const locPath = join(dir, "Lokationer.csv");
  const locRows = [LOCATION_HEADER, ...locs.flatMap((l) => l.spots.map((s) => [l.name, s.lat, s.lon]))];
  writeFileSync(locPath, locRows.map((r) => r.join(",")).join("\n") + "\n");
  const logPath = join(dir, "Logninger.csv");
  const out = createWriteStream(logPath);
  let chunk = `${LOG_HEADER.join(",")}\n`;
  for (const l of logs) {
    chunk += `${l.vehicleId},${csvTime(l.startMs)},${csvTime(l.endMs)},${l.startLat},${l.startLon},${l.endLat},${l.endLon},${l.distanceKm.toFixed(2)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
  return [locPath, logPath];
}

/** logs.xlsx in `dir`: Lokationer and Logninger sheets, times as dates, written by a streaming writer. */
export async function writeLogsXlsx(dir: string, logCount: number): Promise<string> {
  const { locs, logs } = seededAggregationData(logCount);
  const path = join(dir, "logs.xlsx");
  const workbook = new WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const locSheet = workbook.addWorksheet("Lokationer");
  locSheet.addRow(LOCATION_HEADER).commit();
  for (const l of locs) for (const s of l.spots) locSheet.addRow([l.name, s.lat, s.lon]).commit();
  locSheet.commit();
  const logSheet = workbook.addWorksheet("Logninger");
  logSheet.addRow(LOG_HEADER).commit();
  for (const l of logs) {
    const row = logSheet.addRow([
      l.vehicleId,
      msToExcelSerial(l.startMs),
      msToExcelSerial(l.endMs),
      l.startLat,
      l.startLon,
      l.endLat,
      l.endLon,
      Math.round(l.distanceKm * 100) / 100,
    ]);
    row.getCell(2).numFmt = "yyyy-mm-dd hh:mm";
    row.getCell(3).numFmt = "yyyy-mm-dd hh:mm";
    row.commit();
  }
  logSheet.commit();
  await workbook.commit();
  return path;
}

/**
 * simulate.xlsx in `dir`: the sample's vehicles and parameters with its eight weeks of trips
 * repeated `copies` times, one period after another (10 copies: 101,550 trips).
 */
export async function writeSimulateXlsx(dir: string, copies: number): Promise<string> {
  const sample = generateSampleData();
  const trips = Array.from({ length: copies }, (_, k) =>
    sample.trips.map((t) => ({
      ...t,
      tripId: `${t.tripId}-${k + 1}`,
      startMin: t.startMin + k * PERIOD_DAYS * 1440,
      endMin: t.endMin + k * PERIOD_DAYS * 1440,
    })),
  ).flat();
  const path = join(dir, "simulate.xlsx");
  writeFileSync(path, await writeResultFile(null, samplePlan({ vehicles: sample.vehicles, trips })));
  return path;
}
