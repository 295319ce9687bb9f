import { describe, expect, it } from "vitest";
import { buildRoundTrips, type RoundTripRules } from "../../../src/core/aggregation/buildRoundTrips";
import type { DriveLog, HomeLocation } from "../../../src/core/aggregation/types";
import { SpotGrid } from "../../../src/core/aggregation/_lib/spotGrid";
import { AWAY, HOME, NORD, SYD, aLog, offset, t } from "./aggregationFixtures";

const RULES: RoundTripRules = {
  radiusM: 100,
  minRoundTripKm: 0.5,
  splitAfterHours: 17,
  splitStopMin: 60,
  closeOnHomeStart: true,
  recoverOrphans: false,
  locationChange: false,
  locationChangeDays: 7,
};

function run(logs: DriveLog[], rules: Partial<RoundTripRules> = {}, locations: HomeLocation[] = [NORD]) {
  const r = { ...RULES, ...rules };
  const order = logs.map((_, i) => i);
  const grid = new SpotGrid(locations, r.radiusM);
  return buildRoundTrips({ logs, order, km: logs.map((l) => l.distanceKm) }, 0, locations, r, grid);
}

const kinds = (r: ReturnType<typeof run>) => r.trips.map((x) => [x.from, x.to, x.kind]);

describe("buildRoundTrips (product.md §4.1)", () => {
  it("closes a round trip when the vehicle is back within 100 m of its home location", () => {
    const r = run([
      aLog(t("08:00"), t("08:30"), HOME, AWAY, 6),
      aLog(t("09:00"), t("09:30"), AWAY, offset(90), 6),
    ]);
    expect(kinds(r)).toEqual([[0, 1, "complete"]]);
    expect(r.trips[0].distanceKm).toBe(12);
    expect(r.logsUsed).toBe(2);
  });

  it("does not start a round trip 101 m from home", () => {
    const r = run([
      aLog(t("08:00"), t("08:30"), offset(101), AWAY, 6),
      aLog(t("09:00"), t("09:30"), AWAY, HOME, 6),
    ]);
    expect(r.trips).toEqual([]);
    expect(r.discarded.outsideHome).toBe(2);
  });

  it("treats every parking spot of a location as home", () => {
    const spot2 = SYD.spots[1];
    const r = run(
      [aLog(t("08:00"), t("08:30"), spot2, AWAY, 6), aLog(t("09:00"), t("09:30"), AWAY, SYD.spots[0], 6)],
      {},
      [SYD],
    );
    expect(kinds(r)).toEqual([[0, 1, "complete"]]);
  });

  it("makes a single log that starts and ends at home a round trip", () => {
    expect(kinds(run([aLog(t("08:00"), t("08:30"), HOME, offset(50), 3)]))).toEqual([[0, 0, "complete"]]);
  });

  it("drops round trips under 0.5 km, counting their logs as below the minimum", () => {
    const r = run([aLog(t("08:00"), t("08:05"), HOME, offset(40), 0.4)]);
    expect(r.trips).toEqual([]);
    expect(r.discarded.belowMinimum).toBe(1);
  });

  it("keeps a round trip of exactly the minimum", () => {
    expect(run([aLog(t("08:00"), t("08:05"), HOME, offset(40), 0.5)]).trips).toHaveLength(1);
  });

  it("splits a round trip longer than 17 h at every stop of 1 h or more", () => {
    // Out on day 3 at 08:00, back on day 4 at 10:00 (26 h); stops of 2 h, 30 min and 14 h.
    const r = run([
      aLog(t("08:00"), t("09:00"), HOME, AWAY, 10),
      aLog(t("11:00"), t("12:00"), AWAY, offset(3000), 10),
      aLog(t("12:30"), t("13:00"), offset(3000), AWAY, 10),
      aLog(t("03:00", 4), t("10:00", 4), AWAY, HOME, 10),
    ]);
    expect(kinds(r)).toEqual([
      [0, 0, "split"],
      [1, 2, "split"],
      [3, 3, "split"],
    ]);
  });

  it("does not split a 17 h round trip", () => {
    const r = run([
      aLog(t("06:00"), t("07:00"), HOME, AWAY, 10),
      aLog(t("22:00"), t("23:00"), AWAY, HOME, 10),
    ]);
    expect(kinds(r)).toEqual([[0, 1, "complete"]]);
  });

  it("discards the logs of a trip the data ends before it is back home", () => {
    const r = run([
      aLog(t("08:00"), t("09:00"), HOME, AWAY, 10),
      aLog(t("10:00"), t("11:00"), AWAY, offset(7000), 2),
    ]);
    expect(r.trips).toEqual([]);
    expect(r.discarded.unfinished).toBe(2);
  });

  it("closes an open trip when the next log starts at home, as not complete", () => {
    const r = run([
      aLog(t("08:00"), t("09:00"), HOME, offset(300), 10), // parked 300 m away (GPS drift or lost log)
      aLog(t("12:00"), t("12:30"), HOME, offset(20), 4),
    ]);
    expect(kinds(r)).toEqual([
      [0, 0, "returnedUnseen"],
      [1, 1, "complete"],
    ]);
  });

  it("keeps the trip open over a home start when agg_close_on_home_start is 0", () => {
    const r = run(
      [
        aLog(t("08:00"), t("09:00"), HOME, offset(300), 10),
        aLog(t("12:00"), t("12:30"), HOME, offset(20), 4),
      ],
      { closeOnHomeStart: false },
    );
    expect(kinds(r)).toEqual([[0, 1, "complete"]]);
  });

  describe("orphan recovery (reference §2.5, agg_recover_orphans)", () => {
    const orphans = () => [
      aLog(t("07:00"), t("07:30"), AWAY, offset(8000), 3),
      aLog(t("07:40"), t("08:00"), offset(8000), offset(9000), 1),
      aLog(t("10:00"), t("10:10"), offset(9000), offset(9500), 0.4),
      aLog(t("12:00"), t("12:30"), HOME, AWAY, 6),
      aLog(t("13:00"), t("13:30"), AWAY, HOME, 6),
    ];

    it("discards logs that never start at home by default", () => {
      const r = run(orphans());
      expect(kinds(r)).toEqual([[3, 4, "complete"]]);
      expect(r.discarded.outsideHome).toBe(3);
    });

    it("turns them into trips split at long stops when switched on", () => {
      const r = run(orphans(), { recoverOrphans: true });
      expect(kinds(r)).toEqual([
        [0, 1, "recovered"],
        [3, 4, "complete"],
      ]);
      expect(r.discarded.belowMinimum).toBe(1); // the 0.4 km piece after a 2 h stop
    });
  });

  describe("location change (reference §2.4, agg_location_change)", () => {
    const SYD_SPOT = SYD.spots[0];
    // Day 3 at home, then from day 4 the vehicle works from Syd for two weeks.
    const lent = () => [
      aLog(t("08:00"), t("09:00"), HOME, AWAY, 10),
      aLog(t("10:00"), t("11:00"), AWAY, HOME, 10),
      aLog(t("08:00", 4), t("09:00", 4), HOME, SYD_SPOT, 21),
      aLog(t("10:00", 5), t("11:00", 5), SYD_SPOT, offset(-25_000), 5),
      aLog(t("11:30", 5), t("13:00", 5), offset(-25_000), SYD_SPOT, 5),
      aLog(t("10:00", 12), t("11:00", 12), SYD_SPOT, offset(-22_000), 3),
      aLog(t("11:30", 12), t("13:00", 12), offset(-22_000), SYD_SPOT, 3),
    ];

    it("by default leaves the vehicle's trips from elsewhere unfinished", () => {
      const r = run(lent(), {}, [NORD, SYD]);
      expect(kinds(r)).toEqual([
        [0, 1, "complete"],
        [2, 2, "split"],
        [3, 4, "split"],
        [5, 6, "split"],
      ]);
    });

    it("follows the vehicle to its new location, where its trips are complete again", () => {
      const r = run(lent(), { locationChange: true }, [NORD, SYD]);
      expect(kinds(r)).toEqual([
        [0, 1, "complete"],
        [2, 2, "locationChange"],
        [3, 4, "complete"],
        [5, 6, "complete"],
      ]);
      expect(r.locationChanges).toBe(1);
    });

    it("does not change location when the vehicle is back home within the window", () => {
      const back = [...lent().slice(0, 5), aLog(t("08:00", 6), t("09:00", 6), SYD_SPOT, HOME, 21)];
      const r = run(back, { locationChange: true }, [NORD, SYD]);
      expect(r.locationChanges).toBe(0);
      // Two days away from home: over 17 h, so split at its stops of a day and more.
      expect(kinds(r)).toEqual([
        [0, 1, "complete"],
        [2, 2, "split"],
        [3, 4, "split"],
        [5, 5, "split"],
      ]);
    });
  });
});
