import { describe, expect, it } from "vitest";
import {
  transitionChanges,
  transitionEvents,
  withEditedDates,
  eventKeys,
  type PlanVehicle,
  type TargetModel,
} from "../../../src/core/transition/transitionEvents";
import { fleetTimeline } from "../../../src/core/transition/fleetTimeline";
import { defaultYears } from "../../../src/core/transition/horizon";

const d = (y: number, m: number, day: number) => Date.UTC(y, m - 1, day);
const START = d(2026, 1, 1);
const car = (id: string, leaseEndMs: number | null, groupKey = "yaris"): PlanVehicle => ({
  id,
  type: "fossil",
  groupKey,
  leaseEndMs,
});

// Today: four petrol cars; two leases end in 2027 and 2028, one ended in 2025, one is owned.
const today = [car("1", d(2028, 3, 31)), car("2", d(2027, 6, 30)), car("3", d(2025, 5, 1)), car("4", null)];
const zoe: TargetModel = { sourceId: "Z", count: 2, type: "ev", groupKey: "zoe" };
const bike: TargetModel = { sourceId: "B", count: 1, type: "ebike", groupKey: "ebike" };

describe("transition events", () => {
  it("keeps the cars whose lease ends last and lets the others go at their lease end", () => {
    const changes = transitionChanges(
      today,
      [{ sourceId: "1", count: 1, type: "fossil", groupKey: "yaris" }, zoe],
      START,
    );
    expect(changes.kept).toEqual([{ id: "1", sourceId: "1" }]);
    expect(changes.departures).toEqual([
      { id: "3", dateMs: START, reason: "leaseEnds" }, // ended before the start
      { id: "4", dateMs: START, reason: "owned" },
      { id: "2", dateMs: d(2027, 6, 30), reason: "leaseEnds" },
    ]);
    expect(changes.arrivals).toEqual(["Z", "Z"]);
  });

  it("replaces the k-th departure by the k-th new vehicle in fleet order; extra departures just leave", () => {
    const changes = transitionChanges(today, [zoe, bike], START);
    // Fleet order: the e-bike arrives before the EVs although the target lists it after them.
    expect(changes.arrivals).toEqual(["B", "Z", "Z"]);
    expect(transitionEvents(changes, START)).toEqual([
      { dateMs: START, out: "3", in: "B", reason: "leaseEnds" },
      { dateMs: START, out: "4", in: "Z", reason: "owned" },
      { dateMs: d(2027, 6, 30), out: "2", in: "Z", reason: "leaseEnds" },
      { dateMs: d(2028, 3, 31), out: "1", in: null, reason: "leaseEnds" },
    ]);
  });

  it("new vehicles beyond the departures arrive on the start date, and the fleet never shrinks below the smaller size", () => {
    const two = [car("1", d(2027, 2, 28)), car("2", d(2029, 9, 30))];
    const target: TargetModel[] = [{ sourceId: "Z", count: 3, type: "ev", groupKey: "zoe" }];
    const changes = transitionChanges(two, target, START);
    const events = transitionEvents(changes, START);
    expect(events).toEqual([
      { dateMs: START, out: null, in: "Z", reason: "added" },
      { dateMs: d(2027, 2, 28), out: "1", in: "Z", reason: "leaseEnds" },
      { dateMs: d(2029, 9, 30), out: "2", in: "Z", reason: "leaseEnds" },
    ]);
    const sizes = fleetTimeline(["1", "2"], changes, events).map((s) =>
      s.fleet.reduce((n, f) => n + f.count, 0),
    );
    expect(sizes).toEqual([2, 3, 3, 3]);
    expect(
      defaultYears(
        START,
        events.map((e) => e.dateMs),
      ),
    ).toBe(5); // 2026–2030: the year after 2029
  });

  it("cuts today's fleet at every event date, the last segment being the target", () => {
    const changes = transitionChanges(today, [zoe, bike], START);
    const segments = fleetTimeline(["1", "2", "3", "4"], changes, transitionEvents(changes, START));
    expect(segments.map((s) => [s.fromMs, s.toMs, s.kind, s.key])).toEqual([
      [null, START, "today", "1:1,2:1,3:1,4:1"],
      [START, d(2027, 6, 30), "between", "1:1,2:1,B:1,Z:1"],
      [d(2027, 6, 30), d(2028, 3, 31), "between", "1:1,B:1,Z:2"],
      [d(2028, 3, 31), null, "target", "B:1,Z:2"],
    ]);
    const sizes = segments.map((s) => s.fleet.reduce((n, f) => n + f.count, 0));
    expect(Math.min(...sizes)).toBe(3); // the smaller of today's 4 and the target's 3
  });

  it("takes a user's edited date for the same event next time", () => {
    const changes = transitionChanges(today, [zoe, bike], START);
    const events = transitionEvents(changes, START);
    const keys = eventKeys(events);
    expect(keys[2]).toBe("2>Z#1");
    const edited = withEditedDates(events, new Map([[keys[2], d(2026, 3, 1)]]));
    expect(edited.map((e) => e.out)).toEqual(["3", "4", "2", "1"]);
    expect(edited[2].dateMs).toBe(d(2026, 3, 1));
    expect(withEditedDates(events, new Map([[keys[0], d(2029, 1, 1)]])).map((e) => e.out)).toEqual([
      "4",
      "2",
      "1",
      "3",
    ]);
  });
});
