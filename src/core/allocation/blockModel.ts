import type { FleetMember, Trip } from "../model/types";
import type { RuleContext } from "../simulation/rules";
import { minutesByDay } from "../simulation/rules/evDailyRest";
import type { AllocationStructure, VehicleClass } from "./allocationStructure";
import { bikeCanTake, bikeDailyShareLimit, dayOfMs } from "./bikeShare";
import { maximalCliques } from "./intervalCliques";
import type { MipProblem } from "./mipSolver";

/** A column group: one pooled class (member −1) or one vehicle of an individually modelled class. */
interface Slot {
  cls: number;
  member: number;
}

export interface RowSpec {
  trips: number[];
  coef: number[];
  /**
   * The rule's own limit: a vehicle's trips, summed in start order as the simulation books them,
   * may reach it (the MIP's row takes a hair less, against the solver's tolerance).
   */
  upper: number;
  /** A count of trips (upper = the limit + ½, so rounding never refuses what the rule accepts). */
  count?: boolean;
}

/** One block's MIP (see README "Allocation algorithms" for the formulation in words). */
export interface BlockModel {
  problem: MipProblem;
  slots: Slot[];
  colSlot: Int32Array;
  colTrip: Int32Array;
  /** Rows from here on order identical vehicles by km (symmetry breaking). */
  symmetryRowFrom: number;
  /** Column of (slot, trip), or undefined. */
  colOf: Map<number, number>;
  /** The block's first trip and its number of trips (column keys are slot × tripCount + t − from). */
  from: number;
  tripCount: number;
  /**
   * Classes pooled as a relaxation (relaxed: true): their per-vehicle rows, each copy's own limit.
   * The pool's rows hold them only summed over the copies, so a solution must be split onto the
   * copies (splitPool) before it counts; the relaxation's optimum is a lower bound of the exact model.
   */
  relaxedRows: Map<number, RowSpec[]>;
  /** Classes left to duty columns (bikes: "duties"); their columns come from dutyMaster.ts. */
  dutyClasses: DutyClass[];
  /** Row "at most once" of each trip (index t − from), −1 where the trip has none. */
  tripRow: Int32Array;
}

/**
 * Identical vehicles with rows of their own, as duty columns: one column per set of trips one copy
 * can drive in the block (a duty), at most `copies` of them (row `copiesRow`). This is the exact
 * model of the copies without their symmetry, and its LP bound sees each copy's own limits.
 */
export interface DutyClass {
  cls: number;
  copies: number;
  copiesRow: number;
  /** The trips the class can take, in start order. */
  own: number[];
  /** One copy's rows (the day's km and share count), each over some of `own`. */
  specs: RowSpec[];
  /** Cost of the class driving trip t: (cost per km − unallocatedPerKm) × km. */
  costOf: (t: number) => number;
}

/**
 * How identical bikes with binding rows of their own are modelled: a column set per copy (exact,
 * symmetric), pooled with their rows summed (a relaxation), or as duty columns (exact, generated).
 */
export type BikeModel = "perCopy" | "pooled" | "duties";

/** Keeps a row's rounding on the rule's safe side without refusing what the rule accepts. */
const margin = (u: number) => 1e-9 * Math.max(1, Math.abs(u));

/**
 * Builds the MIP of one independent block at one price for an unallocated km (`unallocatedPerKm`,
 * employee car's weighted social cost + allowance rate). Columns: x = 1 when the class (pool) or
 * vehicle drives the trip, cost (cost per km − unallocatedPerKm) × km, so the objective plus the
 * offset (unallocatedPerKm × all km) is the block's variable cost. Rows: each trip at most once;
 * per class and maximal clique of its trips' slot intervals at most n (pool) or 1 (vehicle); per
 * vehicle the EV daily rest, EV charging windows, bike daily range and share, km cap, each only
 * where it can bind; identical vehicles ordered by km.
 */
export function buildBlockModel(
  structure: AllocationStructure,
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  block: [number, number],
  unallocatedPerKm: number,
  bikes: BikeModel = "perCopy",
): BlockModel {
  const [from, to] = block;
  const n = to - from;
  const slots: Slot[] = [];
  const colSlot: number[] = [];
  const colTrip: number[] = [];
  const colCost: number[] = [];
  const colOf = new Map<number, number>();
  const rowStart: number[] = [0];
  const rowIndex: number[] = [];
  const rowValue: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const addRow = (cols: number[], vals: number[], lower: number, upper: number) => {
    for (let k = 0; k < cols.length; k++) {
      rowIndex.push(cols[k]);
      rowValue.push(vals[k]);
    }
    rowStart.push(rowIndex.length);
    rowLower.push(lower);
    rowUpper.push(upper);
  };
  const symmetry: [number[], number[]][] = [];
  const relaxedRows = new Map<number, RowSpec[]>();
  const dutyClasses: DutyClass[] = [];
  let offset = 0;
  for (let t = from; t < to; t++) offset += unallocatedPerKm * trips[t].distanceKm;

  structure.classes.forEach((cls, ci) => {
    if (!(cls.perKm < unallocatedPerKm)) return; // never cheaper than leaving the trip to the employee car
    const own: number[] = [];
    for (let t = from; t < to; t++) if (cls.eligible[t]) own.push(t);
    if (own.length === 0) return;
    const specs = vehicleRows(cls, own, trips, fleet, ctx, block, structure);
    // Bikes' rows (the day's km and share count) are per copy and day: as a relaxation the pool
    // takes them summed over its copies (n × the limit), which removes the copies' symmetry.
    const ownRows =
      bikes !== "perCopy" &&
      specs.length > 0 &&
      cls.members.length > 1 &&
      (cls.type === "bike" || cls.type === "ebike");
    if (ownRows && bikes === "duties") {
      const copiesRow = rowLower.length;
      addRow([], [], -Infinity, cls.members.length);
      const perKm = cls.perKm - unallocatedPerKm;
      dutyClasses.push({
        cls: ci,
        copies: cls.members.length,
        copiesRow,
        own,
        specs,
        costOf: (t) => perKm * trips[t].distanceKm,
      });
      return;
    }
    const relax = ownRows;
    const pooled = specs.length === 0 || relax;
    if (relax) relaxedRows.set(ci, specs);
    const members = pooled ? [-1] : cls.members;
    const cliques = maximalCliques(own, structure.lo, structure.hi);
    const capacity = pooled ? cls.members.length : 1;
    const slotCols: number[][] = [];
    for (const member of members) {
      const s = slots.length;
      slots.push({ cls: ci, member });
      const cols: number[] = [];
      for (const t of own) {
        const c = colCost.length;
        colSlot.push(s);
        colTrip.push(t);
        colCost.push((cls.perKm - unallocatedPerKm) * trips[t].distanceKm);
        colOf.set(s * n + (t - from), c);
        cols.push(c);
      }
      slotCols.push(cols);
      const col = (t: number) => colOf.get(s * n + (t - from)) as number;
      for (const k of cliques)
        if (k.length > capacity)
          addRow(
            k.map(col),
            k.map(() => 1),
            -Infinity,
            capacity,
          );
      for (const spec of specs) {
        const upper = !relax
          ? spec.upper
          : spec.count
            ? (spec.upper - 0.5) * capacity + 0.5
            : spec.upper * capacity;
        addRow(spec.trips.map(col), spec.coef, -Infinity, upper - margin(upper));
      }
    }
    // Identical vehicles: copy k drives at least as many km as copy k + 1.
    if (!pooled) for (let k = 0; k + 1 < slotCols.length; k++) symmetry.push([slotCols[k], slotCols[k + 1]]);
  });

  // Each trip at most once (only needed where two or more columns, or any duties, compete for it).
  const colsOfTrip: number[][] = Array.from({ length: n }, () => []);
  colTrip.forEach((t, c) => colsOfTrip[t - from].push(c));
  const inDuty = new Uint8Array(n);
  for (const d of dutyClasses) for (const t of d.own) inDuty[t - from] = 1;
  const tripRow = new Int32Array(n).fill(-1);
  colsOfTrip.forEach((cols, k) => {
    if (cols.length + 2 * inDuty[k] < 2) return;
    tripRow[k] = rowLower.length;
    addRow(
      cols,
      cols.map(() => 1),
      -Infinity,
      1,
    );
  });

  const symmetryRowFrom = rowLower.length;
  for (const [a, b] of symmetry) {
    addRow(
      [...a, ...b],
      [...a.map((c) => trips[colTrip[c]].distanceKm), ...b.map((c) => -trips[colTrip[c]].distanceKm)],
      0,
      Infinity,
    );
  }

  const numCols = colCost.length;
  return {
    problem: {
      numCols,
      numRows: rowLower.length,
      offset,
      colCost: Float64Array.from(colCost),
      colLower: new Float64Array(numCols),
      colUpper: new Float64Array(numCols).fill(1),
      rowLower: Float64Array.from(rowLower),
      rowUpper: Float64Array.from(rowUpper),
      rowStart: Int32Array.from(rowStart),
      rowIndex: Int32Array.from(rowIndex),
      rowValue: Float64Array.from(rowValue),
    },
    slots,
    colSlot: Int32Array.from(colSlot),
    colTrip: Int32Array.from(colTrip),
    symmetryRowFrom,
    colOf,
    from,
    tripCount: n,
    relaxedRows,
    dutyClasses,
    tripRow,
  };
}

/** The rows one vehicle of the class needs in this block, leaving out every row that cannot bind. */
function vehicleRows(
  cls: VehicleClass,
  own: readonly number[],
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  [from, to]: [number, number],
  structure: AllocationStructure,
): RowSpec[] {
  const specs: RowSpec[] = [];
  // A row binds only if one vehicle could exceed it with trips that do not overlap (clique rows).
  const binds = (list: number[], coef: number[], upper: number) =>
    maxOnOneVehicle(list, coef, structure.lo, structure.hi) > upper;
  const kmRow = (list: number[], upper: number) => {
    const coef = list.map((t) => trips[t].distanceKm);
    if (binds(list, coef, upper)) specs.push({ trips: list, coef, upper });
  };
  const group = (key: (t: number) => number) => {
    const m = new Map<number, number[]>();
    for (const t of own) {
      const k = key(t);
      if (k < 0) continue;
      const list = m.get(k);
      if (list) list.push(t);
      else m.set(k, [t]);
    }
    return m;
  };
  if (Number.isFinite(cls.capKm)) kmRow([...own], cls.capKm);
  if (cls.type === "ev") {
    for (const list of group((t) => (cls.windowOfTrip as Int32Array)[t]).values()) kmRow(list, cls.rangeKm);
    const byDay = new Map<number, { trips: number[]; coef: number[] }>();
    for (const t of own)
      for (const [day, min] of minutesByDay(trips[t])) {
        const entry = byDay.get(day) ?? { trips: [], coef: [] };
        entry.trips.push(t);
        entry.coef.push(min);
        byDay.set(day, entry);
      }
    for (const e of byDay.values())
      if (binds(e.trips, e.coef, cls.allowedMinPerDay))
        specs.push({ trips: e.trips, coef: e.coef, upper: cls.allowedMinPerDay });
  }
  if (cls.type === "bike" || cls.type === "ebike") {
    const member = fleet[cls.members[0]];
    for (const [day, list] of group((t) => dayOfMs(trips[t].startMs))) {
      kmRow(list, cls.rangeKm);
      let qualifying = 0;
      // Blocks are whole days, so the day's trips are all in this block.
      for (let t = from; t < to; t++)
        if (dayOfMs(trips[t].startMs) === day && bikeCanTake(trips[t], member, ctx)) qualifying++;
      const limit = bikeDailyShareLimit(qualifying, ctx.params.bikePercentOfTrips);
      const ones = list.map(() => 1);
      if (binds(list, ones, limit)) specs.push({ trips: list, coef: ones, upper: limit + 0.5, count: true });
    }
  }
  return specs;
}

/**
 * The most one vehicle could collect of `weight` from these trips: a heaviest set of trips whose
 * slot intervals do not overlap (weighted interval scheduling, by end slot).
 */
export function maxOnOneVehicle(
  list: readonly number[],
  weight: readonly number[],
  lo: ArrayLike<number>,
  hi: ArrayLike<number>,
): number {
  const order = list.map((t, k) => ({ t, w: weight[k] })).sort((a, b) => hi[a.t] - hi[b.t]);
  const ends = order.map((o) => hi[o.t]);
  const best = new Float64Array(order.length + 1);
  order.forEach((o, k) => {
    // Trips ending before this one starts: binary search over the end slots.
    let a = 0;
    let b = k;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (ends[mid] < lo[o.t]) a = mid + 1;
      else b = mid;
    }
    best[k + 1] = Math.max(best[k], o.w + best[a]);
  });
  return best[order.length];
}

/** Each trip's rows among `specs` (index into specs) with its coefficient there. */
export function rowsByTrip(specs: readonly RowSpec[]): Map<number, { row: number; coef: number }[]> {
  const rowsOfTrip = new Map<number, { row: number; coef: number }[]>();
  specs.forEach((spec, row) =>
    spec.trips.forEach((t, k) => {
      const entry = { row, coef: spec.coef[k] };
      const known = rowsOfTrip.get(t);
      if (known) known.push(entry);
      else rowsOfTrip.set(t, [entry]);
    }),
  );
  return rowsOfTrip;
}
