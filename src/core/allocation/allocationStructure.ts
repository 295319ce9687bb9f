import {
  DAYS_PER_YEAR,
  KM_LIMIT_TOLERANCE,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
} from "../model/constants";
import type { FleetMember, Trip } from "../model/types";
import { minuteSlot } from "../time/naiveTime";
import { ACCEPTANCE_RULES, type RuleContext } from "../simulation/rules";
import { newVehicleState } from "../simulation/rules/ruleTypes";
import { restHours, usableRangeKm } from "../simulation/rules/withinRange";
import { bikeCanTake, dayOfMs } from "./bikeShare";

/**
 * Identical vehicles of the simulated fleet (same model, rules and cost per km). A class whose
 * vehicles need no constraint of their own in a block (no binding battery, rest, bike or km-cap
 * row) is solved as a pool: one 0/1 column per trip and "at most n at once" per clique, which
 * removes the symmetry between copies. Otherwise every copy gets its own columns and the copies
 * are ordered by km (symmetry breaking).
 */
export interface VehicleClass {
  members: number[];
  type: FleetMember["vehicle"]["type"];
  perKm: number;
  /** Per trip: the class can take it on an empty day (every rule accepts it alone). */
  eligible: Uint8Array;
  rangeKm: number;
  /** EV: minutes a vehicle may be on trips per calendar day (24 − Hviletid hours). */
  allowedMinPerDay: number;
  /** km cap in period km, Infinity when off. */
  capKm: number;
  /** EV: charging windows (trip index ranges [from, to) in start order) — see evWindows. */
  windowOfTrip: Int32Array | null;
}

export interface AllocationStructure {
  classes: VehicleClass[];
  /** Slot intervals of each trip: [start slot, end slot + changeover]. */
  lo: Float64Array;
  hi: Float64Array;
  /** Independent blocks: [from, to) ranges of trips in start order. */
  blocks: [number, number][];
}

/** Tolerance that keeps a row's rounding on the safe side of the rule it models (km, minutes). */
export const ROW_MARGIN = 1e-4;

export function allocationStructure(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  memberPerKm: Float64Array,
): AllocationStructure {
  const changeover = Math.max(0, Math.round(ctx.params.changeoverMin));
  const lo = Float64Array.from(trips, (t) => minuteSlot(t.startMs));
  const hi = Float64Array.from(trips, (t) => minuteSlot(t.endMs) + changeover);
  const classes = vehicleClasses(trips, fleet, ctx, memberPerKm);
  return { classes, lo, hi, blocks: independentBlocks(trips, hi, classes) };
}

function vehicleClasses(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  memberPerKm: Float64Array,
): VehicleClass[] {
  const byKey = new Map<string, VehicleClass>();
  const rules = ACCEPTANCE_RULES.filter((r) => r.name !== "bikeRules");
  fleet.forEach((member, i) => {
    const v = member.vehicle;
    const capped = ctx.limitKm && v.kmPerYear !== null && v.kmPerYear > 0;
    const key = JSON.stringify([
      v.type,
      v.fuel,
      v.kmPerLitre,
      v.whPerKm,
      v.capacityDecreasePct,
      v.rangeKm,
      v.type === "ev" ? restHours(v, ctx.params) : null,
      capped ? v.kmPerYear : null,
      memberPerKm[i],
    ]);
    const known = byKey.get(key);
    if (known) {
      known.members.push(i);
      return;
    }
    const ownRules = rules.filter((r) => r.appliesTo(member));
    const isBike = v.type === "bike" || v.type === "ebike";
    const eligible = Uint8Array.from(trips, (trip) =>
      ownRules.every((r) => r.accepts(trip, newVehicleState(member), ctx)) &&
      (!isBike || bikeCanTake(trip, member, ctx))
        ? 1
        : 0,
    );
    const cls: VehicleClass = {
      members: [i],
      type: v.type,
      perKm: memberPerKm[i],
      eligible,
      rangeKm: usableRangeKm(v, ctx.params),
      allowedMinPerDay: v.type === "ev" ? (24 - restHours(v, ctx.params)) * 60 : Infinity,
      capKm: capped
        ? ((v.kmPerYear as number) * KM_LIMIT_TOLERANCE * ctx.periodDays) / DAYS_PER_YEAR
        : Infinity,
      windowOfTrip: v.type === "ev" ? evWindows(trips, eligible, restHours(v, ctx.params)) : null,
    };
    byKey.set(key, cls);
  });
  return [...byKey.values()];
}

/**
 * The EV battery as a linear rule (product.md §4.2: usable range = range × (1 − decrease), refilled
 * after Hviletid hours parked). The exact rule depends on the vehicle's own gaps, which depend on
 * the allocation; the model uses the gaps that every vehicle of the class is sure to have: a span
 * of at least Hviletid hours in which none of the trips the class could take is under way. Between
 * two such spans (a charging window) each EV may drive at most its usable range. Any allocation
 * that keeps this is accepted by the simulation's battery rule (it charges at least at every
 * such span); the model may miss allocations that charge in a vehicle's private long gap.
 * Windows are numbered per trip; −1 for trips the class cannot take.
 */
function evWindows(trips: readonly Trip[], eligible: Uint8Array, restH: number): Int32Array {
  const windowOf = new Int32Array(trips.length).fill(-1);
  let window = -1;
  let maxEnd = -Infinity;
  trips.forEach((trip, t) => {
    if (!eligible[t]) return;
    if (trip.startMs - maxEnd >= restH * MS_PER_HOUR) window++;
    windowOf[t] = window;
    maxEnd = Math.max(maxEnd, trip.endMs);
  });
  return windowOf;
}

/**
 * Independent blocks of whole calendar days: the period is cut at a midnight when no trip's
 * blocked slots (incl. changeover) reach across it and no EV charging window spans it. Rest,
 * bike and share rows are per calendar day, so they never cross a cut. A km cap that can bind
 * couples the whole period: then there is one block.
 */
function independentBlocks(
  trips: readonly Trip[],
  hi: Float64Array,
  classes: readonly VehicleClass[],
): [number, number][] {
  if (trips.length === 0) return [];
  const capBinds = classes.some((c) => {
    if (!Number.isFinite(c.capKm)) return false;
    let km = 0;
    trips.forEach((trip, t) => {
      if (c.eligible[t]) km += trip.distanceKm;
    });
    return km > c.capKm - ROW_MARGIN;
  });
  if (capBinds) return [[0, trips.length]];
  // Last trip index of each EV window: a cut may not fall before it while the window is open.
  const windowLast = classes
    .filter((c) => c.windowOfTrip)
    .map((c) => {
      const last = new Map<number, number>();
      (c.windowOfTrip as Int32Array).forEach((w, t) => {
        if (w >= 0) last.set(w, t);
      });
      return { windowOfTrip: c.windowOfTrip as Int32Array, last };
    });
  const blocks: [number, number][] = [];
  let from = 0;
  let blockedUntilSlot = -Infinity;
  let openUntilTrip = -1;
  for (let t = 0; t < trips.length; t++) {
    if (t > from && dayOfMs(trips[t].startMs) !== dayOfMs(trips[t - 1].startMs)) {
      const midnightSlot = (dayOfMs(trips[t].startMs) * MS_PER_DAY) / MS_PER_MINUTE;
      if (blockedUntilSlot < midnightSlot && openUntilTrip < t) {
        blocks.push([from, t]);
        from = t;
      }
    }
    blockedUntilSlot = Math.max(blockedUntilSlot, hi[t]);
    for (const w of windowLast) {
      const win = w.windowOfTrip[t];
      if (win >= 0) openUntilTrip = Math.max(openUntilTrip, w.last.get(win) as number);
    }
  }
  blocks.push([from, trips.length]);
  return blocks;
}
