import { MS_PER_DAY, MS_PER_MINUTE } from "../model/constants";
import type { Trip } from "../model/types";
import { BREAK_WINDOW_MIN, shiftLength, type LocationShifts, type Shift } from "./shiftTypes";

interface ShiftInstance {
  /** Which shift on which day: equal keys mean the same shift instance. */
  key: string;
  breakFromMs: number | null;
  breakToMs: number | null;
}

/** The shifts that apply at a location: its own, else those without a location; null when none. */
export function shiftsFor(location: string, all: readonly LocationShifts[]): Shift[] | null {
  return (all.find((l) => l.location === location) ?? all.find((l) => l.location === ""))?.shifts ?? null;
}

/**
 * The shift instance a trip belongs to: the one it overlaps most, in absolute time, so a night
 * shift and a trip crossing midnight are handled (the reference compared clock times only, §3.3).
 */
export function shiftInstanceOf(trip: Trip, shifts: readonly Shift[]): ShiftInstance {
  const tripEnd = Math.max(trip.endMs, trip.startMs + 1);
  let best: { overlap: number; instance: ShiftInstance } | null = null;
  const firstDay = Math.floor(trip.startMs / MS_PER_DAY) - 1;
  for (let day = firstDay; day * MS_PER_DAY < tripEnd; day++) {
    shifts.forEach((s, i) => {
      const from = day * MS_PER_DAY + s.startMin * MS_PER_MINUTE;
      const to = from + shiftLength(s) * MS_PER_MINUTE;
      const overlap = Math.min(tripEnd, to) - Math.max(trip.startMs, from);
      if (overlap <= 0 || (best && overlap <= best.overlap)) return;
      const breakMs =
        s.breakMin === null ? null : from + ((s.breakMin - s.startMin + 1440) % 1440) * MS_PER_MINUTE;
      best = {
        overlap,
        instance: {
          key: `${day}:${i}`,
          breakFromMs: breakMs === null ? null : breakMs - BREAK_WINDOW_MIN * MS_PER_MINUTE,
          breakToMs: breakMs === null ? null : breakMs + BREAK_WINDOW_MIN * MS_PER_MINUTE,
        },
      };
    });
  }
  // Shifts cover the whole day (the reader checks), so every trip overlaps one.
  return (
    (best as { instance: ShiftInstance } | null)?.instance ?? {
      key: `none:${trip.id}`,
      breakFromMs: null,
      breakToMs: null,
    }
  );
}

/**
 * Shift aggregation (reference §3.3): the trips one vehicle drives within one shift become one
 * trip from the first start to the last end, so the vehicle is held for the whole shift. A trip
 * ending within 30 minutes of the shift's break closes the merged trip (the vehicle is back for
 * the break); a trip of 24 hours or more stays alone.
 */
export function mergeTripsByShift(trips: readonly Trip[], shifts: readonly Shift[]): Trip[] {
  const byVehicle = new Map<string, Trip[]>();
  for (const t of trips) {
    const list = byVehicle.get(t.vehicleId);
    if (list) list.push(t);
    else byVehicle.set(t.vehicleId, [t]);
  }
  const out: Trip[] = [];
  for (const vehicleTrips of byVehicle.values()) {
    vehicleTrips.sort((a, b) => a.startMs - b.startMs);
    let group: Trip[] = [];
    let groupKey: string | null = null;
    const flush = () => {
      if (group.length) out.push(mergeGroup(group));
      group = [];
      groupKey = null;
    };
    for (const trip of vehicleTrips) {
      if (trip.endMs - trip.startMs >= MS_PER_DAY) {
        flush();
        out.push(trip);
        continue;
      }
      const instance = shiftInstanceOf(trip, shifts);
      if (groupKey !== instance.key) flush();
      group.push(trip);
      groupKey = instance.key;
      const endsInBreak =
        instance.breakFromMs !== null &&
        trip.endMs >= instance.breakFromMs &&
        trip.endMs <= (instance.breakToMs as number);
      if (endsInBreak) flush();
    }
    flush();
  }
  return out.sort((a, b) => a.startMs - b.startMs || a.sourceRow - b.sourceRow);
}

function mergeGroup(group: Trip[]): Trip {
  if (group.length === 1) return group[0];
  return {
    id: group.map((t) => t.id).join("+"),
    startMs: group[0].startMs,
    endMs: Math.max(...group.map((t) => t.endMs)),
    distanceKm: group.reduce((s, t) => s + t.distanceKm, 0),
    vehicleId: group[0].vehicleId,
    location: group[0].location,
    sourceRow: group[0].sourceRow,
  };
}
