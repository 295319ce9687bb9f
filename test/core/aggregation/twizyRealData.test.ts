import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { aggregateTrips } from "../../../src/core/aggregation/aggregateTrips";
import { aggregationParams } from "../../../src/core/aggregation/aggregationParams";
import type { GpsFix, RoundTrip } from "../../../src/core/aggregation/types";
import { naiveMs } from "../../../src/core/time/naiveTime";

/**
 * Real 1 Hz drives of one Renault Twizy around Rabat (shared/data/twizy_rsk_ev, CC BY 4.0; see its
 * SOURCE.md): 17 CSV files, most leaving from and returning to one base. The test turns every row
 * into a GPS point of vehicle "twizy", sets the base as the only location, aggregates, and compares
 * the round trips with the drives' own odometry, sum(Speed)/3600 km (CAN speed at 1 Hz).
 */
const DATA = resolve(__dirname, "../../../../shared/data/twizy_rsk_ev");
const BASE = { lat: 33.9861, lon: -6.7249 };

interface Drive {
  file: string;
  startMs: number;
  endMs: number;
  /** sum(Speed)/3600: km from the vehicle's own speed, the dataset's recommended distance. */
  canKm: number;
  fixes: GpsFix[];
  /** Rows whose date is impossible ("02/00/2090", "90/02/2032"): the readers would report them. */
  badDates: number;
}

/** One CSV drive. Its Date column is US month-first (M/D/Y), unlike anything a Danish export has. */
function readDrive(path: string, file: string): Drive {
  const [header, ...lines] = readFileSync(path, "utf8").trim().split(/\r?\n/);
  const col = Object.fromEntries(header.split(",").map((h, i) => [h.trim(), i]));
  const fixes: GpsFix[] = [];
  let speedSum = 0;
  let badDates = 0;
  lines.forEach((line, i) => {
    const c = line.split(",");
    const [month, day, year] = c[col.Date].split("/").map(Number);
    const [h, m, s] = c[col.Time].split(":").map(Number);
    speedSum += Number(c[col.Speed]) || 0;
    const timeMs = naiveMs(year, month, day, h, m, s);
    if (timeMs === null) {
      badDates++;
      return;
    }
    fixes.push({
      vehicleId: "twizy",
      timeMs,
      lat: Number(c[col.LAT]),
      lon: Number(c[col.LON]),
      ignition: null,
      odometerKm: null,
      sheet: file,
      sourceRow: i + 2,
    });
  });
  const times = fixes.map((f) => f.timeMs);
  return {
    file,
    startMs: Math.min(...times),
    endMs: Math.max(...times),
    canKm: speedSum / 3600,
    fixes,
    badDates,
  };
}

const present = existsSync(DATA);
if (!present)
  console.warn(`Skipping the Twizy real-data test: ${DATA} is absent (it lives in ../shared/data).`);

describe.skipIf(!present)("aggregation on real GPS drives (Renault Twizy, 1 Hz)", () => {
  const drives: Drive[] = present
    ? ["T1", "T2", "T3"].flatMap((dir) =>
        readdirSync(join(DATA, dir))
          .filter((f) => f.endsWith(".csv"))
          .map((f) => readDrive(join(DATA, dir, f), f)),
      )
    : [];
  const result = present
    ? aggregateTrips(
        {
          locations: [{ name: "Base", spots: [BASE] }],
          logs: [],
          // Shuffled by file: the engine must not depend on the files' order.
          fixes: [...drives].reverse().flatMap((d) => d.fixes),
          vehicleHomes: new Map([["twizy", { location: 0, name: "Base" }]]),
        },
        aggregationParams(),
      )
    : null;
  const tripOf = (file: string): RoundTrip | undefined => {
    const d = drives.find((x) => x.file === file);
    return result?.roundTrips.find(
      (t) => d && t.startMs <= d.startMs + 600_000 && t.endMs >= d.endMs - 600_000,
    );
  };

  it("reads 17 drives with 55,645 rows, 170 of them with an impossible date", () => {
    expect(drives).toHaveLength(17);
    expect(drives.reduce((s, d) => s + d.fixes.length + d.badDates, 0)).toBe(55_645);
    expect(drives.reduce((s, d) => s + d.badDates, 0)).toBe(170);
  });

  // A 1 Hz GPS path is a little longer than the CAN odometry: position noise adds zig-zag, which
  // the drives without outliers show as +1 % to +6 % (T1_03_29: 51.4 km path vs 49.6 km CAN). The
  // stop rule trims the standing still at both ends, so the trip km lie within −3 %…+7 % of CAN.
  const TOLERANCE = { below: 0.03, above: 0.07 };

  it.each([
    ["T1_03_29_2021.csv"],
    ["T1_06_30_2021_1.csv"],
    ["T1_06_30_2021_2.csv"], // has a fix at latitude 0.0 (3,780 km away): dropped by the speed rule
    ["T2_03_29_2021.csv"],
  ])("makes the ≈ 48 km loop %s one complete round trip with km close to sum(Speed)/3600", (file) => {
    const drive = drives.find((d) => d.file === file) as Drive;
    const trip = tripOf(file);
    expect(trip?.kind).toBe("complete");
    expect(trip?.distanceKm).toBeGreaterThan(drive.canKm * (1 - TOLERANCE.below));
    expect(trip?.distanceKm).toBeLessThan(drive.canKm * (1 + TOLERANCE.above));
  });

  it("joins an out-and-back pair of T3 legs into one round trip of both legs' km", () => {
    const out = drives.find((d) => d.file === "T3_04_22_2021_1.csv") as Drive;
    const back = drives.find((d) => d.file === "T3_04_22_2021_2.csv") as Drive;
    const trip = result?.roundTrips.find(
      (t) => t.startMs <= out.startMs + 600_000 && t.endMs >= back.endMs - 600_000,
    );
    expect(trip?.kind).toBe("complete");
    expect(trip?.distanceKm).toBeGreaterThan((out.canKm + back.canKm) * (1 - TOLERANCE.below));
    expect(trip?.distanceKm).toBeLessThan((out.canKm + back.canKm) * (1 + TOLERANCE.above));
  });

  it("never produces a trip with an impossible distance from the outlier fixes", () => {
    const longest = Math.max(...(result?.roundTrips ?? []).map((t) => t.distanceKm));
    expect(longest).toBeLessThan(70);
    const dropped = result?.vehicles[0].fixesDropped;
    expect(dropped?.speed).toBeGreaterThan(0);
    expect(dropped?.invalidPosition).toBeGreaterThan(0); // longitude 1555.6 in T3_06_07
  });

  it("does not count a drive that ends 3.5 km from base (the last one) as a round trip", () => {
    expect(tripOf("T1_07_01_2021.csv")).toBeUndefined();
    expect(result?.vehicles[0].discarded.unfinished).toBeGreaterThan(0);
  });

  it("reports the precision: most of the km are in complete round trips", () => {
    const [base] = result?.locations ?? [];
    expect(base.location).toBe("Base");
    // 8 complete round trips; the drives that start away from base (T2_03_30, T3_05_31, T3_06_07),
    // the one that ends away (T1_07_01) and T2_04_26 (ends 1 km out, next drive starts at base) are
    // not complete: about 340 of 520 km.
    expect(base.completeRoundTrips).toBe(8);
    expect(base.precision).toBeGreaterThan(0.6);
    expect(base.precision).toBeLessThan(0.7);
    expect(base.discarded.outsideHome).toBe(3);
  });
});
