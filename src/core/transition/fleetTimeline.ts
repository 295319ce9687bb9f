import type { FleetCount, VehicleType } from "../model/types";
import type { TransitionChanges, TransitionEvent } from "./transitionEvents";

/** One stretch of time with one fleet: from an event date up to the next. */
export interface FleetSegment {
  /** Naive ms of its first day; null for today's fleet, which has run since before the plan. */
  fromMs: number | null;
  /** Naive ms of the first day after it; null for the last fleet, which runs on. */
  toMs: number | null;
  /** The fleet as the simulation takes it: model id → count, in a fixed order. */
  fleet: FleetCount[];
  /** Identical for identical fleets: the cache key of its simulation. */
  key: string;
  /** Today's fleet (the replay), the target fleet, or a fleet on the way. */
  kind: "today" | "between" | "target";
}

/**
 * Today's fleet cut at every event date (rule 4). Kept vehicles count as the target model they
 * stand for, so the last segment is exactly the target fleet; vehicles still waiting for their
 * lease to end count as themselves. Events of one date make one change.
 */
export function fleetTimeline(
  todayIds: readonly string[],
  changes: Pick<TransitionChanges, "kept">,
  events: readonly TransitionEvent[],
): FleetSegment[] {
  const keptAs = new Map(changes.kept.map((k) => [k.id, k.sourceId]));
  const counts = new Map<string, number>();
  const add = (id: string, n: number) => counts.set(id, (counts.get(id) ?? 0) + n);
  for (const id of todayIds) add(keptAs.get(id) ?? id, 1);
  const segments: FleetSegment[] = [segment(null, counts, "today")];
  for (let i = 0; i < events.length;) {
    const dateMs = events[i].dateMs;
    for (; i < events.length && events[i].dateMs === dateMs; i++) {
      const e = events[i];
      if (e.out !== null) add(e.out, -1);
      if (e.in !== null) add(e.in, 1);
    }
    segments[segments.length - 1].toMs = dateMs;
    segments.push(segment(dateMs, counts, "between"));
  }
  if (segments.length > 1) segments[segments.length - 1].kind = "target";
  return segments;
}

function segment(
  fromMs: number | null,
  counts: Map<string, number>,
  kind: FleetSegment["kind"],
): FleetSegment {
  const fleet = [...counts]
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sourceId, count]) => ({ sourceId, count }));
  return { fromMs, toMs: null, fleet, key: fleet.map((f) => `${f.sourceId}:${f.count}`).join(","), kind };
}

/** Vehicles of each type in a fleet. */
export function countByType(
  fleet: readonly FleetCount[],
  typeOf: (sourceId: string) => VehicleType,
): Record<VehicleType, number> {
  const out: Record<VehicleType, number> = { bike: 0, ebike: 0, ev: 0, fossil: 0 };
  for (const f of fleet) out[typeOf(f.sourceId)] += f.count;
  return out;
}
