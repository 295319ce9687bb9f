import type { FleetMember, Trip } from "../model/types";
import type { AllocationStructure } from "./allocationStructure";
import { rowsByTrip, type BlockModel, type RowSpec } from "./blockModel";
import type { DutyColumn } from "./dutyMaster";

/*
 * From a block model's 0/1 values to vehicles and back: pools split onto their copies, duties
 * onto a class's copies, and a rule-valid allocation as a MIP start. Shared by the block
 * relaxations (relaxBlock.ts, on any thread) and the exact phase of optimalAllocation.ts.
 */

/**
 * The block's trips on vehicles (−1: unallocated) from a 0/1 solution of its model, and the
 * model's objective of that assignment. Pools are split onto their copies (splitPool); a relaxed
 * pool whose trips do not split is repacked when `repack` is set (the best split of its own trips
 * and those the solution leaves open, which may cost a little), else the result is null.
 */
export function assignBlock(
  model: BlockModel,
  values: Float64Array,
  [from, to]: [number, number],
  structure: AllocationStructure,
  trips: readonly Trip[],
  repack: boolean,
  duties: readonly DutyColumn[] = [],
): { memberOfTrip: Int32Array; objective: number } | null {
  const out = new Int32Array(to - from).fill(-1);
  const p = model.problem;
  let objective = p.offset;
  const pooledTrips = new Map<number, number[]>();
  const taken = new Uint8Array(to - from);
  // Duty columns (after the model's own): the k-th chosen duty of a class goes to its k-th copy.
  const copiesUsed = new Int32Array(model.dutyClasses.length);
  duties.forEach((duty, k) => {
    if (!(values[p.numCols + k] >= 0.5)) return;
    const members = structure.classes[model.dutyClasses[duty.dutyClass].cls].members;
    const member = members[copiesUsed[duty.dutyClass]++];
    objective += duty.cost;
    for (const t of duty.trips) {
      out[t - from] = member;
      taken[t - from] = 1;
    }
  });
  for (let c = 0; c < p.numCols; c++) {
    if (values[c] < 0.5) continue;
    objective += p.colCost[c];
    const slot = model.slots[model.colSlot[c]];
    const t = model.colTrip[c];
    taken[t - from] = 1;
    if (slot.member >= 0) out[t - from] = slot.member;
    else {
      const list = pooledTrips.get(slot.cls);
      if (list) list.push(t);
      else pooledTrips.set(slot.cls, [t]);
    }
  }
  for (const [cls, list] of pooledTrips) {
    const members = structure.classes[cls].members;
    const specs = model.relaxedRows.get(cls) ?? [];
    list.sort((a, b) => a - b);
    let chosen = list;
    let split = splitPool(list, members.length, specs, structure, trips);
    if (!split && specs.length > 0) {
      if (!repack) return null;
      // The pool's column of each trip it could take that the solution leaves open or gives it.
      const slot = model.slots.findIndex((s) => s.cls === cls && s.member < 0);
      const colOfTrip = new Map<number, number>();
      for (let t = from; t < to; t++) {
        const c = model.colOf.get(slot * model.tripCount + (t - from));
        if (c !== undefined && (!taken[t - from] || list.includes(t))) colOfTrip.set(t, c);
      }
      const candidates = [...colOfTrip.keys()];
      const packed = bestPack(
        candidates,
        candidates.map((t) => -p.colCost[colOfTrip.get(t) as number]),
        members.length,
        specs,
        structure,
      );
      for (const t of list) objective -= p.colCost[colOfTrip.get(t) as number];
      for (const t of packed.trips) objective += p.colCost[colOfTrip.get(t) as number];
      chosen = packed.trips;
      split = packed.copyOf;
    }
    if (!split) continue; // cannot happen without own rows (interval colouring); leave them open
    const copyOf = split;
    chosen.forEach((t, k) => (out[t - from] = members[copyOf[k]]));
  }
  return { memberOfTrip: out, objective };
}

/**
 * The most valuable set of the candidate trips that splits onto the pool's copies (each copy: no
 * two trips in the same slots, its own rows hold): depth-first branch and bound, most valuable
 * trip first, with a node budget (the best found so far when it runs out).
 */
function bestPack(
  candidates: readonly number[],
  value: readonly number[],
  copies: number,
  specs: readonly RowSpec[],
  structure: { lo: ArrayLike<number>; hi: ArrayLike<number> },
): { trips: number[]; copyOf: Int32Array } {
  const rowsOfTrip = rowsByTrip(specs);
  const limit = specs.map((s) => s.upper);
  const order = candidates.map((t, k) => ({ t, v: value[k] })).sort((a, b) => b.v - a.v);
  const suffix = new Float64Array(order.length + 1);
  for (let k = order.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1] + Math.max(0, order[k].v);
  const onCopy: number[][] = Array.from({ length: copies }, () => []);
  const used = Array.from({ length: copies }, () => new Float64Array(specs.length));
  const copyOfK = new Int32Array(order.length).fill(-1);
  let best = -1;
  let bestCopyOf = copyOfK.slice();
  let budget = 200000;
  const fits = (c: number, t: number) =>
    onCopy[c].every((u) => structure.hi[u] < structure.lo[t] || structure.hi[t] < structure.lo[u]) &&
    (rowsOfTrip.get(t) ?? []).every(({ row, coef }) => used[c][row] + coef <= limit[row]);
  const search = (k: number, packed: number) => {
    if (packed > best) {
      best = packed;
      bestCopyOf = copyOfK.slice();
    }
    if (k === order.length || packed + suffix[k] <= best + 1e-9 || --budget < 0) return;
    const { t, v } = order[k];
    if (v > 0) {
      let emptyTried = false;
      for (let c = 0; c < copies && budget >= 0; c++) {
        if (onCopy[c].length === 0) {
          if (emptyTried) continue;
          emptyTried = true;
        }
        if (!fits(c, t)) continue;
        onCopy[c].push(t);
        for (const { row, coef } of rowsOfTrip.get(t) ?? []) used[c][row] += coef;
        copyOfK[k] = c;
        search(k + 1, packed + v);
        copyOfK[k] = -1;
        onCopy[c].pop();
        for (const { row, coef } of rowsOfTrip.get(t) ?? []) used[c][row] -= coef;
      }
    }
    search(k + 1, packed);
  };
  search(0, 0);
  const chosen: { t: number; c: number }[] = [];
  order.forEach((o, k) => {
    if (bestCopyOf[k] >= 0) chosen.push({ t: o.t, c: bestCopyOf[k] });
  });
  chosen.sort((a, b) => a.t - b.t);
  return { trips: chosen.map((x) => x.t), copyOf: Int32Array.from(chosen, (x) => x.c) };
}

/**
 * Splits a pool's trips (start order) onto its copies: each trip to a free copy (one-minute slots
 * + changeover) whose own rows (relaxed pools: the day's km and share count) still hold. Interval
 * colouring in start order never fails without such rows (the clique rows guarantee a free copy:
 * interval graphs are perfect); with them it backtracks (least-loaded copy first, a node budget).
 * Null when no split is found.
 */
export function splitPool(
  list: readonly number[],
  copies: number,
  specs: readonly RowSpec[],
  structure: { lo: ArrayLike<number>; hi: ArrayLike<number> },
  trips: readonly Trip[],
): Int32Array | null {
  const rowsOfTrip = rowsByTrip(specs);
  const limit = specs.map((s) => s.upper);
  const freeAfter = new Float64Array(copies).fill(-Infinity);
  const km = new Float64Array(copies);
  const used = Array.from({ length: copies }, () => new Float64Array(specs.length));
  const copyOf = new Int32Array(list.length).fill(-1);
  // Depth-first in start order, least-loaded copy first; copies still unused are interchangeable,
  // so only one of them is tried. A node budget keeps a hopeless split short.
  let budget = 20000;
  const place = (k: number): boolean => {
    if (k === list.length) return true;
    if (--budget < 0) return false;
    const t = list[k];
    const own = rowsOfTrip.get(t) ?? [];
    const candidates: number[] = [];
    let emptyTried = false;
    for (let c = 0; c < copies; c++) {
      if (freeAfter[c] >= structure.lo[t]) continue;
      if (own.some(({ row, coef }) => used[c][row] + coef > limit[row])) continue;
      if (freeAfter[c] === -Infinity) {
        if (emptyTried) continue;
        emptyTried = true;
      }
      candidates.push(c);
    }
    candidates.sort((a, b) => km[a] - km[b]);
    for (const c of candidates) {
      const before = freeAfter[c];
      copyOf[k] = c;
      freeAfter[c] = structure.hi[t];
      km[c] += trips[t].distanceKm;
      for (const { row, coef } of own) used[c][row] += coef;
      if (place(k + 1)) return true;
      freeAfter[c] = before;
      km[c] -= trips[t].distanceKm;
      for (const { row, coef } of own) used[c][row] -= coef;
      if (budget < 0) return false;
    }
    return false;
  };
  return place(0) ? copyOf : null;
}

/**
 * The MIP start from a rule-valid allocation (greedy, or the previous pass): its trips on the
 * columns of their vehicle, then repaired to the model — a trip the model cannot place there (a
 * vehicle dearer than the employee car, a charging window the model's battery rule is stricter
 * about) is left out, which keeps every ≤ row feasible — and identical vehicles relabelled by km
 * so the symmetry rows hold.
 */
export function warmStartVector(
  model: BlockModel,
  memberOfTrip: Int32Array,
  [from, to]: [number, number],
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  classes: AllocationStructure["classes"],
): Float64Array {
  const n = model.tripCount;
  const slotOfMember = new Map<number, number>();
  const poolOfClass = new Map<number, number>();
  model.slots.forEach((s, i) => (s.member >= 0 ? slotOfMember.set(s.member, i) : poolOfClass.set(s.cls, i)));
  const classOfMember = new Map<number, number>();
  classes.forEach((c, ci) => c.members.forEach((m) => classOfMember.set(m, ci)));
  const x = new Float64Array(model.problem.numCols);
  for (let t = from; t < to; t++) {
    const m = memberOfTrip[t];
    if (m < 0 || m >= fleet.length) continue;
    const slot = slotOfMember.get(m) ?? poolOfClass.get(classOfMember.get(m) ?? -1);
    if (slot === undefined) continue;
    const c = model.colOf.get(slot * n + (t - from));
    if (c !== undefined) x[c] = 1;
  }
  const p = model.problem;
  for (let r = 0; r < model.symmetryRowFrom; r++) {
    let activity = 0;
    for (let k = p.rowStart[r]; k < p.rowStart[r + 1]; k++) activity += p.rowValue[k] * x[p.rowIndex[k]];
    for (let k = p.rowStart[r + 1] - 1; k >= p.rowStart[r] && activity > p.rowUpper[r]; k--) {
      if (x[p.rowIndex[k]] === 0) continue;
      x[p.rowIndex[k]] = 0;
      activity -= p.rowValue[k];
    }
  }
  return relabelBySymmetry(model, x, trips);
}

/** Copies of one class in descending km, as the symmetry rows demand. */
function relabelBySymmetry(model: BlockModel, x: Float64Array, trips: readonly Trip[]): Float64Array {
  const n = model.tripCount;
  const slotsOfClass = new Map<number, number[]>();
  model.slots.forEach((s, i) => {
    if (s.member < 0) return;
    const list = slotsOfClass.get(s.cls);
    if (list) list.push(i);
    else slotsOfClass.set(s.cls, [i]);
  });
  const colsOfSlot = new Map<number, number[]>();
  model.colSlot.forEach((s, c) => {
    const list = colsOfSlot.get(s);
    if (list) list.push(c);
    else colsOfSlot.set(s, [c]);
  });
  const out = x.slice();
  for (const slots of slotsOfClass.values()) {
    if (slots.length < 2) continue;
    const km = (s: number) =>
      (colsOfSlot.get(s) ?? []).reduce((sum, c) => sum + x[c] * trips[model.colTrip[c]].distanceKm, 0);
    const order = [...slots].sort((a, b) => km(b) - km(a));
    for (const s of slots) for (const c of colsOfSlot.get(s) ?? []) out[c] = 0;
    slots.forEach((target, k) => {
      for (const c of colsOfSlot.get(order[k]) ?? []) {
        if (x[c] === 0) continue;
        const moved = model.colOf.get(target * n + (model.colTrip[c] - model.from));
        if (moved !== undefined) out[moved] = 1;
      }
    });
  }
  return out;
}
