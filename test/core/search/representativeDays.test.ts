import { describe, expect, it } from "vitest";
import { averageDay, clipToDay, kmPerDay, peakDay } from "../../../src/core/search/representativeDays";
import { aTrip, at } from "../../helpers/builders";
import type { Trip } from "../../../src/core/model/types";

const day = (d: number) => Date.UTC(2025, 2, d);

describe("representative days", () => {
  const trips: Trip[] = [
    aTrip("08:00", "10:00", 30, "1", 3),
    aTrip("09:00", "11:00", 20, "1", 3), // day 3: 50 km
    aTrip("08:00", "09:00", 10, "1", 4), // day 4: 10 km + 30 of the night trip
    // 20:00 on the 4th to 08:00 on the 5th: 4 h on the 4th, 8 h on the 5th → 40 km split 1/3, 2/3.
    { ...aTrip("20:00", "23:59", 40, "1", 4), endMs: at("08:00", 5) },
    aTrip("10:00", "11:00", 12, "1", 6), // day 6: 12 km
  ];

  it("spreads a trip crossing midnight over both days by its time on each", () => {
    const km = kmPerDay(trips);
    expect(km.get(day(3))).toBeCloseTo(50, 9);
    expect(km.get(day(4))).toBeCloseTo(10 + 40 / 3, 9);
    expect(km.get(day(5))).toBeCloseTo((40 * 2) / 3, 9);
    expect(km.get(day(6))).toBeCloseTo(12, 9);
  });

  it("takes the day with the most km as the peak day, its trips clipped to it", () => {
    const peak = peakDay(trips);
    expect(peak?.dayMs).toBe(day(3));
    expect(peak?.km).toBeCloseTo(50, 9);
    expect(peak?.trips.map((t) => t.distanceKm)).toEqual([30, 20]);
  });

  it("takes the real day closest to the mean as the average day", () => {
    // Mean over the 4 days with driving: (50 + 23.33 + 26.67 + 12) / 4 = 28; day 5 (26.67) is closest.
    expect(averageDay(trips)?.dayMs).toBe(day(5));
  });

  it("clips a trip crossing both midnights on both sides (OS2 trims only the start)", () => {
    // 12:00 on the 3rd to 12:00 on the 5th: 48 h, of which 24 h on the 4th → half the km.
    const long = { ...aTrip("12:00", "13:00", 96, "1", 3), endMs: at("12:00", 5) };
    const [clipped] = clipToDay([long], day(4));
    expect(clipped.startMs).toBe(day(4));
    expect(clipped.endMs).toBe(at("23:59:59", 4));
    expect(clipped.distanceKm).toBeCloseTo(48, 9);
  });

  it("has no day without trips", () => {
    expect(peakDay([])).toBeNull();
    expect(averageDay([])).toBeNull();
  });
});
