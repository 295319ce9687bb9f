import { rowsByTrip, type RowSpec } from "./blockModel";

/** One vehicle's trips in a block (start order) and their summed weight. */
export interface Duty {
  trips: number[];
  weight: number;
}

interface Label {
  weight: number;
  usage: Float64Array;
  trip: number;
  parent: Label | null;
}

/**
 * The lightest duties of one vehicle: sets of trips it can drive in the block — no two in the same
 * slots (slot intervals [lo, hi] disjoint) and every own row (RowSpec: the day's km, the share
 * count, …) within its limit — by the summed weight of their trips. This is the pricing problem of
 * the duty columns (column generation, dutyMaster.ts): weight = the trip's reduced cost, and a duty
 * lighter than the class's dual price is a column worth adding.
 *
 * Exact label setting over the trips in start order (a resource-constrained shortest path; no
 * library does this on our rows): a label is a duty so far (its weight and row usage); once its
 * last trip has ended it may be extended by any later trip, and a label no lighter and using no
 * less of any still-open row than another finished label is dropped. Only trips of negative weight
 * are considered, since the rows only limit and adding a trip of weight ≥ 0 never helps.
 *
 * @param below only duties lighter than this are wanted (the class's dual price)
 * @returns per last trip the lightest duty ending there (lighter than `below`), lightest first
 */
export function lightestDuties(
  own: readonly number[],
  weight: (t: number) => number,
  specs: readonly RowSpec[],
  lo: ArrayLike<number>,
  hi: ArrayLike<number>,
  below = 0,
): Duty[] {
  const weightOf = new Map<number, number>();
  for (const t of own) {
    const w = weight(t);
    if (w < -1e-9) weightOf.set(t, w);
  }
  const candidates = [...weightOf.keys()].sort((a, b) => lo[a] - lo[b] || a - b);
  if (candidates.length === 0) return [];
  const n = candidates.length;
  const limit = specs.map((s) => s.upper);
  const rowsOfTrip = rowsByTrip(specs);
  // A row stays open while a candidate of it has yet to start; closed rows no longer tell labels apart.
  const lastStart = new Float64Array(specs.length).fill(-Infinity);
  specs.forEach((spec, row) => spec.trips.forEach((t) => (lastStart[row] = Math.max(lastStart[row], lo[t]))));
  const firstAfter = (slot: number) => {
    let a = 0;
    let b = n;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (lo[candidates[mid]] <= slot) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  // Bounds on what a label can still add from candidate k on (a label that cannot get below
  // `below` even so is dropped): chain[k], the lightest chain of candidates k… without the rows;
  // perUnit[r][k], the lightest weight per unit of row r among them, valid only while every one
  // of them uses row r (−∞ otherwise), so the row's room left × perUnit bounds them too.
  const chain = new Float64Array(n + 1);
  for (let k = n - 1; k >= 0; k--) {
    const t = candidates[k];
    chain[k] = Math.min(chain[k + 1], (weightOf.get(t) as number) + chain[firstAfter(hi[t])]);
  }
  const perUnit = specs.map(() => new Float64Array(n + 1));
  perUnit.forEach((ratio, r) => {
    for (let k = n - 1; k >= 0; k--) {
      const t = candidates[k];
      const coef = rowsOfTrip.get(t)?.find((e) => e.row === r)?.coef ?? 0;
      ratio[k] = coef > 0 ? Math.min(ratio[k + 1], (weightOf.get(t) as number) / coef) : -Infinity;
    }
  });
  const stillToAdd = (usage: Float64Array, k: number) => {
    let most = chain[k];
    for (let r = 0; r < perUnit.length; r++)
      if (perUnit[r][k] > -Infinity) most = Math.max(most, (limit[r] - usage[r]) * perUnit[r][k]);
    return most;
  };

  const rows = specs.length;
  const open = (now: number) => {
    const list: number[] = [];
    for (let r = 0; r < rows; r++) if (lastStart[r] >= now) list.push(r);
    return list;
  };
  const root: Label = { weight: 0, usage: new Float64Array(rows), trip: -1, parent: null };
  // Finished labels, lightest first; none dominated by another on the rows still open.
  const finished: Label[] = [root];
  // Labels whose last trip is still under way.
  let running: Label[] = [];
  const bestAt = new Map<number, Label>();
  const dominates = (a: Label, b: Label, openRows: readonly number[]) => {
    for (const r of openRows) if (a.usage[r] > b.usage[r] + 1e-12) return false;
    return true;
  };
  const addFinished = (label: Label, openRows: readonly number[]) => {
    if (openRows.length === 1) return addToFront(label, openRows[0]);
    // Lighter (or as light) labels come first: only they can dominate the new one.
    let at = 0;
    while (at < finished.length && finished[at].weight <= label.weight + 1e-12) {
      if (dominates(finished[at], label, openRows)) return;
      at++;
    }
    let keep = at;
    for (let k = at; k < finished.length; k++)
      if (!dominates(label, finished[k], openRows)) finished[keep++] = finished[k];
    finished.length = keep;
    finished.splice(at, 0, label);
  };
  /**
   * One open row (the usual case, a bike's day km): the finished labels form a staircase, lighter
   * ones using more of the row, so a label is dominated iff the one just lighter uses no more, and
   * it dominates the heavier ones right after it that use no less.
   */
  const addToFront = (label: Label, row: number) => {
    let a = 0;
    let b = finished.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (finished[mid].weight <= label.weight + 1e-12) a = mid + 1;
      else b = mid;
    }
    if (a > 0 && finished[a - 1].usage[row] <= label.usage[row] + 1e-12) return;
    let end = a;
    while (end < finished.length && finished[end].usage[row] >= label.usage[row] - 1e-12) end++;
    finished.splice(a, end - a, label);
  };
  /** The staircase holds for the rows open when it was built: when a row closes, rebuild it. */
  let frontRows = "";
  const refront = (openRows: readonly number[]) => {
    const key = openRows.join(",");
    if (key === frontRows) return;
    frontRows = key;
    const all = finished.splice(0, finished.length);
    for (const label of all) addFinished(label, openRows);
  };

  for (const u of candidates) {
    const now = lo[u];
    if (running.some((label) => hi[label.trip] < now)) {
      const openRows = open(now);
      refront(openRows);
      const stillRunning: Label[] = [];
      for (const label of running) {
        if (hi[label.trip] < now) addFinished(label, openRows);
        else stillRunning.push(label);
      }
      running = stillRunning;
    }
    const own = rowsOfTrip.get(u) ?? [];
    const w = weightOf.get(u) as number;
    const next = firstAfter(hi[u]);
    const potential = w + chain[next];
    let best: Label | null = null;
    for (const from of finished) {
      if (from.weight + potential >= below) break; // finished is lightest first
      let fits = true;
      for (const { row, coef } of own)
        if (from.usage[row] + coef > limit[row]) {
          fits = false;
          break;
        }
      if (!fits) continue;
      const usage = from.usage.slice();
      for (const { row, coef } of own) usage[row] += coef;
      const label = { weight: from.weight + w, usage, trip: u, parent: from };
      if (label.weight + Math.min(0, stillToAdd(usage, next)) >= below) continue;
      running.push(label);
      if (!best) best = label; // finished is lightest first
    }
    if (best) bestAt.set(u, best);
  }

  const duties: Duty[] = [];
  for (const label of bestAt.values()) {
    const trips: number[] = [];
    for (let l: Label | null = label; l && l.trip >= 0; l = l.parent) trips.push(l.trip);
    trips.reverse();
    duties.push({ trips, weight: label.weight });
  }
  return duties.sort((a, b) => a.weight - b.weight);
}
