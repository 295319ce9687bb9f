import { describe, expect, it } from "vitest";
import { mergeTripsByShift, shiftsFor } from "../../../src/core/shifts/mergeTripsByShift";
import type { Shift } from "../../../src/core/shifts/shiftTypes";
import { aTrip } from "../../helpers/builders";

const h = (hh: number) => hh * 60;
const DAY_EVENING_NIGHT: Shift[] = [
  { startMin: h(7), endMin: h(15), breakMin: null },
  { startMin: h(15), endMin: h(23), breakMin: null },
  { startMin: h(23), endMin: h(7), breakMin: null },
];
const summary = (trips: ReturnType<typeof mergeTripsByShift>) =>
  trips.map((t) => [
    t.id.split("+").length,
    new Date(t.startMs).toISOString().slice(11, 16),
    new Date(t.endMs).toISOString().slice(11, 16),
    t.distanceKm,
  ]);

describe("mergeTripsByShift", () => {
  it("[§3.3] merges one vehicle's trips within a shift into one trip from first start to last end", () => {
    const trips = [aTrip("08:00", "09:00", 5), aTrip("10:00", "11:00", 7), aTrip("16:00", "17:00", 3)];
    expect(summary(mergeTripsByShift(trips, DAY_EVENING_NIGHT))).toEqual([
      [2, "08:00", "11:00", 12],
      [1, "16:00", "17:00", 3],
    ]);
  });

  it("keeps different vehicles' trips apart", () => {
    const trips = [aTrip("08:00", "09:00", 5, "1"), aTrip("10:00", "11:00", 7, "2")];
    expect(mergeTripsByShift(trips, DAY_EVENING_NIGHT)).toHaveLength(2);
  });

  it("puts a trip in the shift it overlaps most, across midnight in absolute time", () => {
    // 22:30–01:30 overlaps the evening shift 30 min and the night shift 150 min: night.
    const lateTrip = { ...aTrip("22:30", "23:59", 4), endMs: Date.UTC(2025, 2, 4, 1, 30) };
    const night2 = aTrip("03:00", "04:00", 2, "1", 4); // same night shift, next calendar day
    const evening = aTrip("20:00", "21:00", 1);
    expect(summary(mergeTripsByShift([evening, lateTrip, night2], DAY_EVENING_NIGHT))).toEqual([
      [1, "20:00", "21:00", 1],
      [2, "22:30", "04:00", 6],
    ]);
  });

  it("does not merge the same shift on two different days (the reference's date rule, in absolute time)", () => {
    const trips = [aTrip("08:00", "09:00", 5, "1", 3), aTrip("08:00", "09:00", 5, "1", 4)];
    expect(mergeTripsByShift(trips, DAY_EVENING_NIGHT)).toHaveLength(2);
  });

  it("closes the merged trip with a trip ending within 30 minutes of the break", () => {
    const withBreak: Shift[] = [
      { startMin: h(7), endMin: h(19), breakMin: h(12) },
      { startMin: h(19), endMin: h(7), breakMin: null },
    ];
    const trips = [
      aTrip("08:00", "09:00", 1),
      aTrip("10:00", "11:45", 1),
      aTrip("13:00", "14:00", 1),
      aTrip("15:00", "16:00", 1),
    ];
    expect(summary(mergeTripsByShift(trips, withBreak))).toEqual([
      [2, "08:00", "11:45", 2],
      [2, "13:00", "16:00", 2],
    ]);
  });

  it("leaves a trip of 24 hours or more alone", () => {
    const long = { ...aTrip("08:00", "09:00", 300), endMs: Date.UTC(2025, 2, 4, 9, 0) };
    const trips = [aTrip("07:10", "07:50", 2), long, aTrip("10:00", "11:00", 3, "1", 4)];
    expect(mergeTripsByShift(trips, DAY_EVENING_NIGHT).map((t) => t.distanceKm)).toEqual([2, 300, 3]);
  });

  it("uses a location's own shifts, else the shifts without a location", () => {
    const all = [
      { location: "", shifts: DAY_EVENING_NIGHT },
      { location: "Nord", shifts: [{ startMin: 0, endMin: 0, breakMin: null }] },
    ];
    expect(shiftsFor("Nord", all)).toHaveLength(1);
    expect(shiftsFor("Syd", all)).toHaveLength(3);
    expect(shiftsFor("Syd", [])).toBeNull();
  });
});
