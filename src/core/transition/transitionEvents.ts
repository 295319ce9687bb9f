import type { FleetCount, VehicleType } from "../model/types";

/** A vehicle of today's fleet as the plan sees it. */
export interface PlanVehicle {
  id: string;
  type: VehicleType;
  /** Vehicles with the same key are interchangeable: same model, consumption and yearly cost. */
  groupKey: string;
  /** Slut leasing (naive ms), or null for an owned vehicle. */
  leaseEndMs: number | null;
}

/** A model of the target fleet: `count` vehicles like the vehicle-sheet row `sourceId`. */
export interface TargetModel extends FleetCount {
  type: VehicleType;
  groupKey: string;
}

export type EventReason = "leaseEnds" | "owned" | "added";

/** One change of the fleet: a vehicle leaves, a new one arrives, or both on the same day. */
export interface TransitionEvent {
  dateMs: number;
  /** Bil id of the vehicle that leaves, or null. */
  out: string | null;
  /** Bil id of the model that arrives (new vehicles of one model share it), or null. */
  in: string | null;
  reason: EventReason;
}

/** An owned vehicle sorts before every lease end (the earliest date a naive ms can hold). */
const leaseEndKey = (v: PlanVehicle): number => v.leaseEndMs ?? -8.64e15;

/** Arrival order of new vehicles: bikes, e-bikes, EVs, fossil cars. */
const TYPE_ORDER: Record<VehicleType, number> = { bike: 0, ebike: 1, ev: 2, fossil: 3 };

export interface TransitionChanges {
  /** Today's vehicles the target keeps, each under the target model it counts as. */
  kept: { id: string; sourceId: string }[];
  /** Today's vehicles that leave, with their date and reason, in date order. */
  departures: { id: string; dateMs: number; reason: "leaseEnds" | "owned" }[];
  /** The target's new vehicles (model ids) in arrival order. */
  arrivals: string[];
}

/**
 * What changes between today's fleet and the target (rules 2 and 3 of issue 18). Per group of
 * interchangeable vehicles the target keeps as many of today's as it needs, those whose lease
 * ends last (owned ones last of all, as they can go on the start date); the rest leave at their
 * lease end, or on the start date when owned or when the lease has already ended. New vehicles
 * are the target's models beyond what is kept, in fleet order and then target order.
 */
export function transitionChanges(
  today: readonly PlanVehicle[],
  target: readonly TargetModel[],
  startMs: number,
): TransitionChanges {
  const byGroup = new Map<string, PlanVehicle[]>();
  today.forEach((v) => byGroup.set(v.groupKey, [...(byGroup.get(v.groupKey) ?? []), v]));
  for (const list of byGroup.values())
    // Latest lease end first; sheet order breaks ties, so the plan is reproducible.
    list.sort((a, b) => leaseEndKey(b) - leaseEndKey(a));
  const kept: TransitionChanges["kept"] = [];
  const newOnes: { sourceId: string; type: VehicleType; order: number }[] = [];
  target.forEach((m, order) => {
    const pool = byGroup.get(m.groupKey) ?? [];
    const keep = pool.splice(0, Math.min(m.count, pool.length));
    for (const v of keep) kept.push({ id: v.id, sourceId: m.sourceId });
    for (let k = keep.length; k < m.count; k++) newOnes.push({ sourceId: m.sourceId, type: m.type, order });
  });
  const keptIds = new Set(kept.map((k) => k.id));
  const departures = today
    .filter((v) => !keptIds.has(v.id))
    .map((v, sheetOrder) => {
      const owned = v.leaseEndMs === null;
      const dateMs = owned ? startMs : Math.max(v.leaseEndMs as number, startMs);
      return { id: v.id, dateMs, reason: owned ? ("owned" as const) : ("leaseEnds" as const), sheetOrder };
    })
    .sort((a, b) => a.dateMs - b.dateMs || a.sheetOrder - b.sheetOrder)
    .map(({ id, dateMs, reason }) => ({ id, dateMs, reason }));
  const arrivals = newOnes
    .sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.order - b.order)
    .map((n) => n.sourceId);
  return { kept, departures, arrivals };
}

/**
 * The events of the plan: the k-th departure is replaced on its date by the k-th new vehicle;
 * new vehicles beyond the departures arrive on the start date; departures beyond the arrivals
 * just leave. Sorted by date (ties keep this order), so the fleet never has fewer vehicles than
 * the smaller of today's and the target's.
 */
export function transitionEvents(changes: TransitionChanges, startMs: number): TransitionEvent[] {
  const { departures, arrivals } = changes;
  const events: TransitionEvent[] = departures.map((d, k) => ({
    dateMs: d.dateMs,
    out: d.id,
    in: arrivals[k] ?? null,
    reason: d.reason,
  }));
  for (let k = departures.length; k < arrivals.length; k++)
    events.push({ dateMs: startMs, out: null, in: arrivals[k], reason: "added" });
  return sortEvents(events);
}

/** Events in date order; events of one date keep their order. */
export function sortEvents(events: readonly TransitionEvent[]): TransitionEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.dateMs - b.e.dateMs || a.i - b.i)
    .map(({ e }) => e);
}

/** Identifies an event across runs: its out and in ids and which such pair it is (1st, 2nd, …). */
export function eventKeys(events: readonly TransitionEvent[]): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const pair = `${e.out ?? ""}>${e.in ?? ""}`;
    const n = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, n);
    return `${pair}#${n}`;
  });
}

/**
 * The events with the dates a user typed on the previous plan sheet (key → date), matched by
 * `eventKeys`; events the user never saw keep the rule's date. Re-sorted by date.
 */
export function withEditedDates(
  events: readonly TransitionEvent[],
  edited: ReadonlyMap<string, number>,
): TransitionEvent[] {
  const keys = eventKeys(events);
  return sortEvents(events.map((e, i) => ({ ...e, dateMs: edited.get(keys[i]) ?? e.dateMs })));
}
