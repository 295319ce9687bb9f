import { describe, expect, it } from "vitest";
import {
  aggregateTrips,
  type AggregationInput,
  type VehicleHome,
} from "../../../src/core/aggregation/aggregateTrips";
import { aggregationParams, type AggregationParams } from "../../../src/core/aggregation/aggregationParams";
import { defaultParameters } from "../../../src/core/model/parameters";
import type { DriveLog } from "../../../src/core/aggregation/types";
import { AWAY, HOME, NORD, SYD, aLog, offset, outAndBack, t } from "./aggregationFixtures";

const DEFAULTS = aggregationParams();
const homes = (entries: [string, VehicleHome | null][] = [["1", { location: 0, name: "Nord" }]]) =>
  new Map(entries);

function run(logs: DriveLog[], over: Partial<AggregationParams> = {}, input: Partial<AggregationInput> = {}) {
  return aggregateTrips(
    { locations: [NORD, SYD], logs, fixes: [], vehicleHomes: homes(), ...input },
    { ...DEFAULTS, ...over },
  );
}

/** A plain 12 km round trip from home on `day`. */
const roundTrip = (day: number, vehicleId = "1") => [
  aLog(t("08:00", day), t("08:30", day), HOME, AWAY, 6, vehicleId),
  aLog(t("09:00", day), t("09:30", day), AWAY, HOME, 6, vehicleId),
];

describe("aggregateTrips", () => {
  it("uses the seed's rules by default: 100 m, 0.5 km, 24 h, 17 h split at 1 h stops", () => {
    expect(DEFAULTS).toMatchObject({
      radiiM: [100],
      minRoundTripKm: 0.5,
      maxLogHours: 24,
      splitAfterHours: 17,
      splitStopMin: 60,
      useStraightLine: true,
      recoverOrphans: false,
      locationChange: false,
      gpsStopMin: 5,
      gpsMaxSpeedKmh: 200,
    });
  });

  it("gives every round trip the location of the vehicle that drove it, sorted by start", () => {
    const r = run([...roundTrip(4), ...roundTrip(3)]);
    expect(r.roundTrips.map((x) => [x.startMs, x.endMs, x.distanceKm, x.location, x.kind])).toEqual([
      [t("08:00", 3), t("09:30", 3), 12, "Nord", "complete"],
      [t("08:00", 4), t("09:30", 4), 12, "Nord", "complete"],
    ]);
  });

  describe("GPS error rules (product.md §4.1)", () => {
    it("drops logs with the same end time as another log of the vehicle", () => {
      const logs = [...roundTrip(3), aLog(t("09:10"), t("09:30"), AWAY, HOME, 3)];
      const r = run(logs);
      expect(r.vehicles[0].discarded.sameEndTime).toBe(2);
      // Without its return log the trip never comes home.
      expect(r.roundTrips).toEqual([]);
      expect(r.vehicles[0].discarded.unfinished).toBe(1);
    });

    it("keeps one of two identical rows (an export pasted twice), counted as a duplicate", () => {
      const r = run([...roundTrip(3), ...roundTrip(3)]);
      expect(r.roundTrips).toHaveLength(1);
      expect(r.vehicles[0].discarded.duplicate).toBe(2);
      expect(r.vehicles[0].kmAll).toBe(12);
    });

    it("drops a log lasting three days by the 24 h rule", () => {
      const r = run([...roundTrip(3), aLog(t("10:00", 4), t("10:00", 7), HOME, HOME, 900)]);
      expect(r.vehicles[0].discarded.tooLong).toBe(1);
      expect(r.roundTrips).toHaveLength(1);
    });

    it("uses the straight-line distance when it is longer than the recorded one", () => {
      const r = run([
        aLog(t("08:00"), t("08:30"), HOME, AWAY, 1),
        aLog(t("09:00"), t("09:30"), AWAY, HOME, 6),
      ]);
      expect(r.roundTrips[0].distanceKm).toBeCloseTo(11, 6);
      expect(r.vehicles[0].distanceCorrected).toBe(1);
    });

    it("keeps the recorded distance when agg_straight_line is off", () => {
      const r = run(
        [aLog(t("08:00"), t("08:30"), HOME, AWAY, 1), aLog(t("09:00"), t("09:30"), AWAY, HOME, 6)],
        { useStraightLine: false },
      );
      expect(r.roundTrips[0].distanceKm).toBe(7);
    });

    it("drops a log that starts before the previous one ended", () => {
      const logs = [...roundTrip(3), aLog(t("09:20"), t("09:40"), HOME, AWAY, 2)];
      expect(run(logs).vehicles[0].discarded.overlapping).toBe(1);
    });

    it("drops logs at (0, 0)", () => {
      const r = run([...roundTrip(3), aLog(t("11:00"), t("11:30"), { lat: 0, lon: 0 }, HOME, 2)]);
      expect(r.vehicles[0].discarded.invalidPosition).toBe(1);
    });

    it("sorts unsorted logs before chaining them", () => {
      const [a, b] = roundTrip(3);
      expect(run([b, a]).roundTrips).toHaveLength(1);
    });
  });

  describe("homes", () => {
    it("reports a vehicle whose Lokation is not on Lokationer and uses none of its logs", () => {
      const r = run(roundTrip(3, "7"), {}, { vehicleHomes: homes([["7", null]]) });
      expect(r.roundTrips).toEqual([]);
      expect(r.vehicles[0]).toMatchObject({
        vehicleId: "7",
        location: "",
        homeSource: "none",
        firstRow: expect.any(Number),
      });
      expect(r.vehicles[0].discarded.noLocation).toBe(2);
    });

    it("gives a vehicle without Lokation the location most of its logs start at", () => {
      const syd = SYD.spots[0];
      const logs = [
        ...roundTrip(3, "9"),
        aLog(t("08:00", 4), t("08:30", 4), syd, offset(-25_000), 6, "9"),
        aLog(t("09:00", 4), t("09:30", 4), offset(-25_000), syd, 6, "9"),
        aLog(t("08:00", 5), t("08:30", 5), syd, offset(-25_000), 6, "9"),
        aLog(t("09:00", 5), t("09:30", 5), offset(-25_000), syd, 6, "9"),
      ];
      const r = run(logs, {}, { vehicleHomes: homes([]) });
      expect(r.vehicles[0]).toMatchObject({ location: "Syd", homeSource: "inferred", completeRoundTrips: 2 });
    });

    it("does not infer a home when agg_infer_home is 0", () => {
      const r = run(roundTrip(3, "9"), { inferHome: false }, { vehicleHomes: homes([]) });
      expect(r.vehicles[0].homeSource).toBe("none");
      expect(r.vehicles[0].discarded.noLocation).toBe(2);
    });

    it("writes the Lokation as Køretøjer spells it on the vehicle's trips", () => {
      const r = run(roundTrip(3), {}, { vehicleHomes: homes([["1", { location: 0, name: "nord" }]]) });
      expect(r.roundTrips[0].location).toBe("nord");
    });
  });

  describe("best radius (reference §2.3, agg_best_radius)", () => {
    it("chooses, per vehicle, the radius that makes the most complete round trips", () => {
      // The vehicle parks 150 m from the registered spot: only the 200 m and 300 m radii see it home.
      const parking = offset(150);
      const logs = [
        aLog(t("08:00"), t("08:30"), parking, AWAY, 6),
        aLog(t("09:00"), t("09:30"), AWAY, parking, 6),
      ];
      expect(run(logs).roundTrips).toEqual([]);
      const params = aggregationParams({ ...defaultParameters(), aggBestRadius: 1 });
      const r = run(logs, params);
      expect(r.vehicles[0].radiusM).toBe(300);
      expect(r.roundTrips.map((x) => x.kind)).toEqual(["complete"]);
    });
  });

  describe("precision report", () => {
    it("sums per vehicle and per location: logs used, km in complete round trips and all km", () => {
      const logs = [
        ...roundTrip(3),
        aLog(t("12:00"), t("12:30"), AWAY, offset(7000), 2), // starts away from home: not used
        ...roundTrip(3, "2"),
      ];
      const r = run(
        logs,
        {},
        {
          vehicleHomes: homes([
            ["1", { location: 0, name: "Nord" }],
            ["2", { location: 0, name: "Nord" }],
          ]),
        },
      );
      const km = (x: number) => Math.round(x * 1000) / 1000;
      expect(r.vehicles.map((v) => [v.vehicleId, v.logs, v.logsUsed, v.kmComplete, km(v.kmAll)])).toEqual([
        ["1", 3, 2, 12, 14],
        ["2", 2, 2, 12, 12],
      ]);
      expect(r.locations).toEqual([
        expect.objectContaining({
          location: "Nord",
          vehicles: 2,
          logs: 5,
          logsUsed: 4,
          roundTrips: 2,
          completeRoundTrips: 2,
          kmComplete: 24,
        }),
      ]);
      expect(r.locations[0].precision).toBeCloseTo(24 / 26, 9);
      expect(r.locations[0].discarded.outsideHome).toBe(1);
    });

    it("reports GPS fixes dropped per reason for vehicles driven from points", () => {
      const fixes = outAndBack(t("08:00"), 2000);
      fixes.push({ ...fixes[3], lat: 0, lon: 0, timeMs: fixes[3].timeMs + 1 });
      const r = run([], {}, { fixes });
      expect(r.roundTrips.map((x) => x.kind)).toEqual(["complete"]);
      expect(r.vehicles[0]).toMatchObject({
        fixes: 42,
        fixesDropped: { invalidPosition: 1, duplicate: 0, speed: 0 },
      });
    });

    it("streams progress for the GPS points and the round trips", () => {
      const phases: string[] = [];
      aggregateTrips(
        {
          locations: [NORD],
          logs: roundTrip(3),
          fixes: outAndBack(t("08:00", 5), 2000),
          vehicleHomes: homes(),
        },
        DEFAULTS,
        (phase, fraction) => phases.push(`${phase} ${fraction}`),
      );
      expect(phases[0]).toBe("gpsPoints 1");
      expect(phases[phases.length - 1]).toBe("roundTrips 1");
    });
  });
});
