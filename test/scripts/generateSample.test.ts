import { describe, expect, it } from "vitest";
import { createRandom } from "../../scripts/_lib/random";
import {
  generateSampleData,
  minuteSerial,
  PERIOD_START_SERIAL,
  samplePlan,
} from "../../scripts/_lib/samplePlan";
import { MIN_GAP_MIN, PERIOD_DAYS } from "../../scripts/_lib/sampleTrips";
import { MAIN_LOCATION } from "../../scripts/_lib/sampleVehicles";
import { PARAMETER_DEFINITIONS } from "../../src/core/model/parameters";
import { TRIPS_SHEET, VEHICLES_SHEET, templateHeader } from "../../src/workbook/schema/sheets";

const data = generateSampleData();
const typeOf = new Map(data.vehicles.map((v) => [v.id, v.type]));

describe("createRandom", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("the sample data", () => {
  it("is the same for the same seed and different for another", () => {
    expect(generateSampleData()).toEqual(data);
    expect(generateSampleData(1).trips).not.toEqual(data.trips);
  });

  it("has the vehicle mix of a home-care location and candidates", () => {
    const main = data.vehicles.filter((v) => v.location === MAIN_LOCATION && !v.candidate);
    const count = (pred: (v: (typeof main)[number]) => boolean) => main.filter(pred).length;
    expect(main).toHaveLength(40);
    expect(count((v) => v.fuel === "benzin")).toBe(20);
    expect(count((v) => v.fuel === "diesel")).toBe(6);
    expect(count((v) => v.type === "elbil")).toBe(8);
    expect(count((v) => v.type === "cykel")).toBe(4);
    expect(count((v) => v.type === "elcykel")).toBe(2);
    const candidates = data.vehicles.filter((v) => v.candidate);
    expect(candidates.map((v) => `${v.make} ${v.model}`)).toEqual([
      "Renault Zoe",
      "VW ID.3",
      "Winther Wave E",
    ]);
    // No location marks a candidate for the readers: never in a location's current fleet.
    expect(candidates.every((v) => v.location === null && v.plate === null)).toBe(true);
    // One location and nothing else: ids 1001–1040 for its vehicles, 1041–1043 for the candidates.
    expect(data.vehicles).toHaveLength(43);
    expect(data.vehicles.map((v) => v.id)).toEqual(Array.from({ length: 43 }, (_, i) => 1001 + i));
    expect(data.vehicles.filter((v) => v.location !== MAIN_LOCATION)).toEqual(candidates);
    expect(candidates.map((v) => v.id)).toEqual([1041, 1042, 1043]);
    expect(new Set(data.vehicles.map((v) => v.id)).size).toBe(data.vehicles.length);
    const plates = data.vehicles.flatMap((v) => (v.plate ? [v.plate] : []));
    expect(new Set(plates).size).toBe(plates.length);
    for (const p of plates) expect(p).toMatch(/^[A-Z]{2}\d{5}$/);
  });

  it("has realistic vehicle figures", () => {
    for (const v of data.vehicles) {
      if (v.type === "fossilbil") {
        expect(v.kmPerLitre).toBeGreaterThanOrEqual(15);
        expect(v.kmPerLitre).toBeLessThanOrEqual(24);
        expect(v.yearlyCostDkk).toBeGreaterThanOrEqual(38_000);
        expect(v.yearlyCostDkk).toBeLessThanOrEqual(52_000);
      }
      if (v.type === "elbil") {
        expect(v.whPerKm).toBeGreaterThanOrEqual(155);
        expect(v.capacityDecreasePct).toBeGreaterThanOrEqual(10);
        expect(v.capacityDecreasePct).toBeLessThanOrEqual(20);
        expect(v.restHours).toBe(7);
        expect(v.yearlyCostDkk).toBeGreaterThanOrEqual(42_000);
        expect(v.yearlyCostDkk).toBeLessThanOrEqual(55_000);
      }
      if (v.type === "cykel" || v.type === "elcykel") expect(v.fuel).toBe("bike");
      if (v.leaseStart !== null && v.leaseEnd !== null) {
        // Every lease runs through the whole period.
        expect(v.leaseStart).toBeLessThan(PERIOD_START_SERIAL);
        expect(v.leaseEnd).toBeGreaterThan(PERIOD_START_SERIAL + PERIOD_DAYS);
      }
    }
  });

  it("has 8,000–12,000 trips with ids T-000001…, all at the one location, none for candidates", () => {
    expect(data.trips.length).toBeGreaterThanOrEqual(8_000);
    expect(data.trips.length).toBeLessThanOrEqual(12_000);
    expect(data.trips[0].tripId).toBe("T-000001");
    expect(data.trips.at(-1)?.tripId).toBe(`T-${String(data.trips.length).padStart(6, "0")}`);
    expect(new Set(data.trips.map((t) => t.tripId)).size).toBe(data.trips.length);
    // A single location, so `fleetopt simulate` on the sample needs no --location.
    expect(new Set(data.trips.map((t) => t.location))).toEqual(new Set([MAIN_LOCATION]));
    const candidates = new Set(data.vehicles.filter((v) => v.candidate).map((v) => v.id));
    expect(data.trips.some((t) => candidates.has(t.vehicleId))).toBe(false);
  });

  it("keeps every trip within the 8 weeks, on whole minutes, at least 0.5 km", () => {
    const bad = data.trips.filter(
      (t) =>
        t.startMin < 0 ||
        t.endMin > PERIOD_DAYS * 1440 ||
        t.endMin <= t.startMin ||
        !Number.isInteger(t.startMin) ||
        !Number.isInteger(t.endMin) ||
        t.distanceKm < 0.5 ||
        t.distanceKm > 180,
    );
    expect(bad).toEqual([]);
  });

  it("never overlaps two trips of one vehicle and leaves at least 5 minutes between them", () => {
    const byVehicle = new Map<number, typeof data.trips>();
    for (const t of data.trips) byVehicle.set(t.vehicleId, [...(byVehicle.get(t.vehicleId) ?? []), t]);
    const tooClose: string[] = [];
    for (const trips of byVehicle.values()) {
      const sorted = [...trips].sort((a, b) => a.startMin - b.startMin);
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].startMin - sorted[i - 1].endMin < Math.max(5, MIN_GAP_MIN))
          tooClose.push(sorted[i].tripId);
      }
    }
    expect(tooClose).toEqual([]);
  });

  it("gives bikes only short trips inside the 07:00–15:30 bike window", () => {
    const bikeTrips = data.trips.filter((t) => ["cykel", "elcykel"].includes(typeOf.get(t.vehicleId) ?? ""));
    expect(bikeTrips.length).toBeGreaterThan(500);
    const outside = bikeTrips.filter((t) => {
      const dayStart = Math.floor(t.startMin / 1440) * 1440;
      return t.distanceKm > 15 || t.startMin - dayStart < 7 * 60 || t.endMin - dayStart > 15 * 60 + 30;
    });
    expect(outside).toEqual([]);
  });

  it("is busy at the weekday morning peak and quiet elsewhere: some long, evening and night trips", () => {
    const cars = new Set(
      data.vehicles
        .filter((v) => v.location === MAIN_LOCATION && (v.type === "elbil" || v.type === "fossilbil"))
        .map((v) => v.id),
    );
    const busyAt = (minute: number) =>
      data.trips.filter((t) => cars.has(t.vehicleId) && t.startMin <= minute && t.endMin > minute).length;
    const tuesday = 1440;
    const peak = Math.max(...[8, 9, 10].map((h) => busyAt(tuesday + h * 60)));
    expect(peak).toBeGreaterThan(0.6 * cars.size);
    expect(peak).toBeLessThan(cars.size);
    expect(busyAt(tuesday + 13 * 60)).toBeLessThan(peak);
    expect(busyAt(5 * 1440 + 9 * 60)).toBeLessThan(0.6 * peak); // Saturday morning
    const hour = (t: { startMin: number }) => Math.floor((t.startMin % 1440) / 60);
    expect(data.trips.filter((t) => t.distanceKm >= 60).length).toBeGreaterThan(5);
    expect(data.trips.filter((t) => hour(t) >= 16 && hour(t) < 22).length).toBeGreaterThan(200);
    expect(data.trips.filter((t) => hour(t) >= 22 || hour(t) < 6).length).toBeGreaterThan(20);
  });
});

describe("samplePlan", () => {
  const plan = samplePlan(data);

  it("writes Køretøjer, Ture and Parametre with the template's Danish headers", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Køretøjer", "Ture", "Parametre"]);
    expect(plan.sheets[0].tables[0].columns.map((c) => c.header)).toEqual(
      VEHICLES_SHEET.columns.map((c) => templateHeader(c, "da")),
    );
    expect(plan.sheets[1].tables[0].columns.map((c) => c.header)).toEqual(
      TRIPS_SHEET.columns.map((c) => templateHeader(c, "da")),
    );
    expect(plan.sheets[2].tables[0].rows.map((r) => r[0])).toEqual(PARAMETER_DEFINITIONS.map((d) => d.key));
  });

  it("writes trip times as Excel serials from Monday 2025-03-03", () => {
    const first = plan.sheets[1].tables[0].rows[0];
    expect(PERIOD_START_SERIAL).toBe(45719);
    expect(first[0]).toBe(minuteSerial(data.trips[0].startMin));
    expect(minuteSerial(7 * 60 + 30)).toBe(45719.3125);
    expect(plan.sheets[1].tables[0].rows).toHaveLength(data.trips.length);
  });
});
