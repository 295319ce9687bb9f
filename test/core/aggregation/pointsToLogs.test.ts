import { describe, expect, it } from "vitest";
import { pointsToLogs, type PointsToLogsParams } from "../../../src/core/aggregation/pointsToLogs";
import type { GpsFix } from "../../../src/core/aggregation/types";
import { HOME, M_PER_DEG_LAT, aFix, offset, outAndBack, t } from "./aggregationFixtures";

const P: PointsToLogsParams = { stopMin: 5, stopRadiusM: 50, maxSpeedKmh: 200 };
const S = 1000;

/** Fixes standing at `at` every 10 s for `minutes`. */
function parked(start: number, minutes: number, at = HOME, over: Partial<GpsFix> = {}): GpsFix[] {
  return Array.from({ length: (minutes * 60) / 10 }, (_, i) => aFix(start + i * 10 * S, at, over));
}

describe("pointsToLogs (product.md §4.1, GPS points → logs)", () => {
  it("makes one log of a drive out and back, with the haversine path as distance", () => {
    const { logs } = pointsToLogs(outAndBack(t("08:00"), 2000), P);
    expect(logs).toHaveLength(1);
    expect(logs[0].distanceKm).toBeCloseTo(4, 4);
    expect(logs[0].startMs).toBe(t("08:00"));
    expect(logs[0].endMs).toBe(t("08:00") + 40 * 10 * S);
  });

  it("splits on a stop: 5 min without moving more than 50 m", () => {
    const first = outAndBack(t("08:00"), 1000);
    const jitter = Array.from({ length: 36 }, (_, i) =>
      aFix(t("08:04") + i * 10 * S, offset(i % 2 ? 20 : 0)),
    );
    const second = outAndBack(t("08:10"), 1000);
    const { logs } = pointsToLogs([...first, ...jitter, ...second], P);
    expect(logs.map((l) => Math.round(l.distanceKm * 1000))).toEqual([2000, 2000]);
    // The first log ends where the vehicle arrived; the second leaves when it last stood there.
    expect(logs[0].endMs).toBe(first[first.length - 1].timeMs);
    expect(logs[1].startMs).toBe(t("08:10"));
  });

  it("does not split on a stop of 4 minutes", () => {
    const fixes = [
      ...outAndBack(t("08:00"), 1000),
      ...parked(t("08:04"), 4),
      ...outAndBack(t("08:08"), 1000),
    ];
    expect(pointsToLogs(fixes, P).logs).toHaveLength(1);
  });

  it("splits where the tracker sent nothing for 5 minutes", () => {
    const fixes = [...outAndBack(t("08:00"), 1000), ...outAndBack(t("08:10"), 1000)];
    expect(pointsToLogs(fixes, P).logs).toHaveLength(2);
  });

  it("splits on ignition changes when the fixes carry ignition, not on stops", () => {
    const on = { ignition: true };
    const fixes = [
      ...outAndBack(t("08:00"), 1000, 100, 10, on),
      ...parked(t("08:04"), 10, HOME, on), // idling 10 min with the engine on: still one log
      aFix(t("08:14"), HOME, { ignition: false }),
      aFix(t("09:00"), HOME, { ignition: false }),
      ...outAndBack(t("09:01"), 500, 100, 10, on),
      aFix(t("09:03"), HOME, { ignition: false }),
    ];
    const { logs } = pointsToLogs(fixes, P);
    expect(logs.map((l) => [l.startMs, l.endMs])).toEqual([
      [t("08:00"), t("08:14")],
      [t("09:01"), t("09:03")],
    ]);
  });

  it("takes the distance from the odometer when both ends have one", () => {
    const fixes = outAndBack(t("08:00"), 1000).map((f, i) => ({ ...f, odometerKm: 1000 + i * 0.11 }));
    const { logs } = pointsToLogs(fixes, P);
    expect(logs[0].distanceKm).toBeCloseTo(20 * 0.11, 6);
  });

  describe("corrupt input", () => {
    it("sorts unsorted fixes", () => {
      const fixes = outAndBack(t("08:00"), 2000);
      const { logs } = pointsToLogs([...fixes].reverse(), P);
      expect(logs).toHaveLength(1);
      expect(logs[0].distanceKm).toBeCloseTo(4, 4);
    });

    it("drops a second fix at the same time, and counts it", () => {
      const fixes = outAndBack(t("08:00"), 1000);
      const dup = { ...fixes[5], lat: fixes[5].lat + 0.01 }; // same instant, 1 km off
      const r = pointsToLogs([...fixes, dup], P);
      expect(r.logs[0].distanceKm).toBeCloseTo(2, 4);
      expect(r.fixStats.get("1")?.dropped.duplicate).toBe(1);
    });

    it("drops (0, 0) and impossible coordinates", () => {
      const fixes = outAndBack(t("08:00"), 1000);
      fixes[3] = { ...fixes[3], lat: 0, lon: 0 };
      fixes[6] = { ...fixes[6], lon: 1555.6 }; // as in the Twizy data
      const r = pointsToLogs(fixes, P);
      expect(r.fixStats.get("1")?.dropped.invalidPosition).toBe(2);
      expect(r.logs[0].distanceKm).toBeCloseTo(2, 4);
    });

    it("drops a GPS jump of 500 km by the speed rule", () => {
      const fixes = outAndBack(t("08:00"), 2000);
      fixes[10] = { ...fixes[10], lat: fixes[10].lat + 500 / (M_PER_DEG_LAT / 1000) };
      const r = pointsToLogs(fixes, P);
      expect(r.fixStats.get("1")?.dropped.speed).toBe(1);
      expect(r.logs[0].distanceKm).toBeCloseTo(4, 4);
    });

    it("drops a stale outlier repeated over several fixes, counting it once", () => {
      const fixes = outAndBack(t("08:00"), 2000);
      for (const i of [10, 11, 12]) fixes[i] = { ...fixes[i], lat: 0.0001, lon: HOME.lon };
      const r = pointsToLogs(fixes, P);
      expect(r.fixStats.get("1")?.dropped.speed).toBe(1);
      expect(r.logs[0].distanceKm).toBeCloseTo(4, 4);
    });

    it("recovers when the first fix is the outlier: later fixes that agree win", () => {
      const fixes = outAndBack(t("08:00"), 2000);
      fixes[0] = { ...fixes[0], lat: fixes[0].lat + 500 / (M_PER_DEG_LAT / 1000) };
      const r = pointsToLogs(fixes, P);
      expect(r.fixStats.get("1")?.dropped.speed).toBe(1);
      expect(r.logs).toHaveLength(1);
      expect(r.logs[0].distanceKm).toBeCloseTo(3.9, 4); // the drive without its first 100 m
    });

    it("keeps vehicles apart", () => {
      const a = outAndBack(t("08:00"), 1000);
      const b = outAndBack(t("08:00"), 3000).map((f) => ({ ...f, vehicleId: "2" }));
      const { logs } = pointsToLogs([...a, ...b], P);
      expect(logs.map((l) => [l.vehicleId, Math.round(l.distanceKm)])).toEqual([
        ["1", 2],
        ["2", 6],
      ]);
    });
  });
});
