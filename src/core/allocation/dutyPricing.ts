import type { RowSpec } from "./blockModel";

/** One vehicle's trips in a block (start order) and their summed weight. */
export interface Duty {
  trips: number[];
  weight: number;
}

/** Room for labels and bucket entries at first (the arrays double when full). */
const INITIAL_LABELS = 1024;
const INITIAL_BUCKET = 64;
/** Most values a row's usage may take to sort labels into buckets by it (share counts are small). */
const MAX_BUCKETS = 64;

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
 * It runs once per duty class and round of the column generation, so it is written for speed:
 * trips are numbered by their place among the candidates and labels live in flat typed arrays
 * (weight, usage, last candidate, parent), which keeps the inner loops free of maps and objects.
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
  const { candidates, weights } = negativeInStartOrder(own, weight, lo);
  const n = candidates.length;
  if (n === 0) return [];
  const rows = specs.length;
  const limit = Float64Array.from(specs, (s) => s.upper);

  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    start[k] = lo[candidates[k]];
    end[k] = hi[candidates[k]];
  }
  // The first candidate starting after each candidate's end: where its label may go on.
  const next = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    let a = 0;
    let b = n;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (start[mid] <= end[k]) a = mid + 1;
      else b = mid;
    }
    next[k] = a;
  }

  // Each candidate's rows in spec order, then the spec's own order (as rowsByTrip lists them): the
  // order the usage is summed in, which decides its last bit and so ties in the dominance.
  const { entryStart, entryRow, entryCoef, firstCoef, firstUse } = rowEntries(specs, candidates);

  // A row stays open while a trip of it has yet to start; closed rows no longer tell labels apart.
  const lastStart = new Float64Array(rows).fill(-Infinity);
  specs.forEach((spec, row) => {
    for (const t of spec.trips) lastStart[row] = Math.max(lastStart[row], lo[t]);
  });

  // Bounds on what a label can still add from candidate k on (a label that cannot get below
  // `below` even so is dropped): chain[k], the lightest chain of candidates k… without the rows;
  // perUnit[r·(n+1) + k], the lightest weight per unit of row r among them, valid only while every
  // one of them uses row r (−∞ otherwise), so the row's room left × perUnit bounds them too.
  const chain = new Float64Array(n + 1);
  for (let k = n - 1; k >= 0; k--) chain[k] = Math.min(chain[k + 1], weights[k] + chain[next[k]]);
  const perUnit = new Float64Array(rows * (n + 1));
  for (let r = 0; r < rows; r++) {
    const base = r * (n + 1);
    for (let k = n - 1; k >= 0; k--) {
      const coef = firstCoef[k * rows + r];
      perUnit[base + k] = coef > 0 ? Math.min(perUnit[base + k + 1], weights[k] / coef) : -Infinity;
    }
  }

  // A day makes up to a few dozen labels per candidate: room for most from the start.
  const labels = new Labels(rows, Math.max(INITIAL_LABELS, 32 * n));
  // Finished labels, lightest first; none dominated by another on the rows still open.
  const front = new Front(labels, rows, bucketsOf(specs));
  // Labels whose last trip is still under way: per candidate its ids [from, to) and its end.
  const runningFrom: number[] = [];
  const runningTo: number[] = [];
  const runningEnd: number[] = [];
  const bestAt: number[] = [];
  // perUnit of each row from the current candidate's next one on.
  const ratio = new Float64Array(rows);

  for (let u = 0; u < n; u++) {
    const now = start[u];
    let ended = false;
    for (let g = 0; g < runningEnd.length; g++) if (runningEnd[g] < now) ended = true;
    if (ended) {
      // An open row no label has used yet (every usage 0) tells no labels apart either.
      front.setRows(rowsOpen(lastStart, now, null, 0), rowsOpen(lastStart, now, firstUse, u));
      let keep = 0;
      for (let g = 0; g < runningEnd.length; g++) {
        if (runningEnd[g] < now) {
          for (let label = runningFrom[g]; label < runningTo[g]; label++) front.add(label);
        } else {
          runningFrom[keep] = runningFrom[g];
          runningTo[keep] = runningTo[g];
          runningEnd[keep++] = runningEnd[g];
        }
      }
      runningFrom.length = runningTo.length = runningEnd.length = keep;
    }

    // At most one new label per finished one: room for all beforehand, so the arrays stay put.
    labels.reserve(front.size);
    const { weight: labelWeight, usage: labelUsage, last: labelLast, parent: labelParent } = labels;
    const { data: finished, stride, size } = front;
    const w = weights[u];
    const after = next[u];
    const potential = w + chain[after];
    const still = chain[after];
    for (let r = 0; r < rows; r++) ratio[r] = perUnit[r * (n + 1) + after];
    const firstEntry = entryStart[u];
    const lastEntry = entryStart[u + 1];
    // Most candidates have one entry (a single day's rows: the km row, maybe the count row).
    const single = lastEntry - firstEntry === 1;
    const singleRow = single ? entryRow[firstEntry] : 0;
    const singleCoef = single ? entryCoef[firstEntry] : 0;
    const singleLimit = limit[singleRow];
    const first = labels.count;
    let id = first;
    for (let i = 0; i < size; i++) {
      const at = i * stride;
      const fromWeight = finished[at + WEIGHT];
      if (fromWeight + potential >= below) break; // finished is lightest first
      const fromBase = at + USAGE;
      if (single) {
        if (finished[fromBase + singleRow] + singleCoef > singleLimit) continue;
      } else {
        let fits = true;
        for (let e = firstEntry; e < lastEntry && fits; e++)
          if (finished[fromBase + entryRow[e]] + entryCoef[e] > limit[entryRow[e]]) fits = false;
        if (!fits) continue;
      }
      // Written in the next free slot, kept only if the label can still get below `below`.
      const base = id * rows;
      for (let r = 0; r < rows; r++) labelUsage[base + r] = finished[fromBase + r];
      for (let e = firstEntry; e < lastEntry; e++) labelUsage[base + entryRow[e]] += entryCoef[e];
      const extended = fromWeight + w;
      let most = still;
      for (let r = 0; r < rows; r++)
        if (ratio[r] > -Infinity) most = Math.max(most, (limit[r] - labelUsage[base + r]) * ratio[r]);
      if (extended + Math.min(0, most) >= below) continue;
      labelWeight[id] = extended;
      labelLast[id] = u;
      labelParent[id] = finished[at + LABEL];
      id++;
    }
    labels.count = id;
    if (id > first) {
      bestAt.push(first); // finished is lightest first
      runningFrom.push(first);
      runningTo.push(id);
      runningEnd.push(end[u]);
    }
  }

  const { weight: labelWeight, last: labelLast, parent: labelParent } = labels;
  const duties: Duty[] = [];
  for (const label of bestAt) {
    const trips: number[] = [];
    for (let l = label; l > 0; l = labelParent[l]) trips.push(candidates[labelLast[l]]);
    trips.reverse();
    duties.push({ trips, weight: labelWeight[label] });
  }
  return duties.sort((a, b) => a.weight - b.weight);
}

/** A copy of `array` with room for `length` entries. */
function grown<T extends Float64Array | Int32Array | Uint8Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}

/**
 * The trips of negative weight in start order (ties by index), each once, and their weights.
 * The trips usually come in that order already; then nothing is sorted.
 */
function negativeInStartOrder(
  own: readonly number[],
  weight: (t: number) => number,
  lo: ArrayLike<number>,
): { candidates: number[]; weights: Float64Array } {
  const trips: number[] = [];
  const values: number[] = [];
  let inOrder = true;
  for (const t of own) {
    const w = weight(t);
    if (!(w < -1e-9)) continue;
    if (trips.length > 0) {
      const last = trips[trips.length - 1];
      if (!(lo[last] < lo[t] || (lo[last] === lo[t] && last < t))) inOrder = false;
    }
    trips.push(t);
    values.push(w);
  }
  if (inOrder) return { candidates: trips, weights: Float64Array.from(values) };
  const order = trips.map((_, k) => k).sort((a, b) => lo[trips[a]] - lo[trips[b]] || trips[a] - trips[b]);
  const candidates: number[] = [];
  const weights: number[] = [];
  for (const k of order) {
    if (candidates.length > 0 && candidates[candidates.length - 1] === trips[k]) continue;
    candidates.push(trips[k]);
    weights.push(values[k]);
  }
  return { candidates, weights: Float64Array.from(weights) };
}

/**
 * The rows of each candidate as flat arrays: entries entryStart[k] … entryStart[k+1] − 1 of
 * candidate k (row and coefficient), in spec order and then the spec's own order; and
 * firstCoef[k·rows + r], its coefficient in row r (the first if listed twice, 0 if none).
 */
function rowEntries(specs: readonly RowSpec[], candidates: readonly number[]) {
  const n = candidates.length;
  const rows = specs.length;
  let least = Infinity;
  let most = -Infinity;
  for (const t of candidates) {
    least = Math.min(least, t);
    most = Math.max(most, t);
  }
  const place = new Int32Array(most - least + 1).fill(-1);
  candidates.forEach((t, k) => (place[t - least] = k));
  const placeOf = (t: number) => (t >= least && t <= most ? place[t - least] : -1);

  const entryStart = new Int32Array(n + 1);
  for (const spec of specs) {
    for (const t of spec.trips) {
      const k = placeOf(t);
      if (k >= 0) entryStart[k + 1]++;
    }
  }
  for (let k = 0; k < n; k++) entryStart[k + 1] += entryStart[k];
  const entryRow = new Int32Array(entryStart[n]);
  const entryCoef = new Float64Array(entryStart[n]);
  const firstCoef = new Float64Array(n * rows);
  const seen = new Uint8Array(n * rows);
  const firstUse = new Int32Array(rows).fill(n);
  const filled = entryStart.slice(0, n);
  specs.forEach((spec, row) =>
    spec.trips.forEach((t, j) => {
      const k = placeOf(t);
      if (k < 0) return;
      const coef = spec.coef[j];
      firstUse[row] = Math.min(firstUse[row], k);
      entryRow[filled[k]] = row;
      entryCoef[filled[k]++] = coef;
      if (!seen[k * rows + row]) {
        seen[k * rows + row] = 1;
        firstCoef[k * rows + row] = coef;
      }
    }),
  );
  return { entryStart, entryRow, entryCoef, firstCoef, firstUse };
}

/** The rows still open at slot `now` (a trip of theirs starts then or later), with a first use before `used` if given. */
function rowsOpen(
  lastStart: Float64Array,
  now: number,
  firstUse: Int32Array | null,
  used: number,
): Int32Array {
  let count = 0;
  for (let r = 0; r < lastStart.length; r++)
    if (lastStart[r] >= now && (!firstUse || firstUse[r] < used)) count++;
  const list = new Int32Array(count);
  for (let r = 0, k = 0; r < lastStart.length; r++)
    if (lastStart[r] >= now && (!firstUse || firstUse[r] < used)) list[k++] = r;
  return list;
}

const sameRows = (a: Int32Array, b: Int32Array) => a.length === b.length && a.every((r, k) => r === b[k]);

/**
 * Per row, how many values its usage can take when they are few integers (a share count: integral
 * coefficients, a small limit), else 0: such a row can sort labels into buckets.
 */
function bucketsOf(specs: readonly RowSpec[]): Int32Array {
  return Int32Array.from(specs, (spec) => {
    const values = Math.floor(spec.upper) + 1;
    const integral = spec.coef.every((c) => Number.isInteger(c) && c >= 0);
    return integral && values >= 1 && values <= MAX_BUCKETS ? values : 0;
  });
}

/**
 * All labels, by id, in flat arrays: appended only (parents stay reachable), so the labels of one
 * candidate have consecutive ids. Label 0 is the empty duty.
 */
class Labels {
  weight: Float64Array;
  usage: Float64Array;
  last: Int32Array;
  parent: Int32Array;
  count = 1;

  constructor(
    private readonly rows: number,
    capacity: number,
  ) {
    this.weight = new Float64Array(capacity);
    this.usage = new Float64Array(capacity * rows);
    this.last = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
  }

  get capacity() {
    return this.weight.length;
  }

  /** Room for `more` labels. */
  reserve(more: number) {
    if (this.count + more <= this.capacity) return;
    let capacity = this.capacity;
    while (this.count + more > capacity) capacity *= 2;
    this.weight = grown(this.weight, capacity);
    this.usage = grown(this.usage, capacity * this.rows);
    this.last = grown(this.last, capacity);
    this.parent = grown(this.parent, capacity);
  }
}

/** Fields of a finished label's entry in Front.data (then its usage of each row). */
const WEIGHT = 0;
const KEY = 1;
const LABEL = 2;
const USAGE = 3;

/**
 * The finished labels, lightest first, none dominated by another on the open rows: by place, each
 * an entry of `stride` numbers in one array (its weight, key, id and usage), so the scans over them
 * read memory in order and moving labels is one copy.
 *
 * Adding a label follows one rule whatever the rows (the list comes out the same): it is dropped
 * if a label placed before the first one heavier than it + 1e-12 uses no more (+ 1e-12) of every
 * open row, else it goes to that place and the labels after it using no less (− 1e-12) of every
 * open row are dropped. ("Before the first heavier" and not "no heavier": within 1e-12 the list
 * need not be sorted by weight, and sums of reduced costs do tie that closely.)
 *
 * One open row gives a staircase (see addToFront). Otherwise checking the rule scans the list per
 * label added, most of the pricing's time when most labels added are dropped. With one or two
 * used rows, one of them with few integral values (a share count), an index answers it instead:
 * the labels of one count form a staircase on the other row (of two, the one placed first uses
 * more, else one would have dropped the other), so "a label of count ≤ c placed before p uses no
 * more" needs, per count ≤ c, only its last label before p. Places shift as labels come and go,
 * so the index keys labels by the heaviest weight up to their place (the key), which only a
 * dropped label can change (then the index is built again).
 */
class Front {
  data: Float64Array;
  readonly stride: number;
  size = 1;
  /** The open rows the list was built on, and those of them some label uses. */
  private openRows: Int32Array = new Int32Array(0);
  private usedRows: Int32Array = new Int32Array(0);
  /** The index: bucket row (−1: one bucket), staircase row, 0 buckets when not in use. */
  private bucketRow = -1;
  private stairRow = -1;
  private buckets = 0;
  /** The keys and buckets hold for the list. */
  private indexed = false;
  /** Per bucket, in list order, its labels as triples: key, usage of the staircase row, id. */
  private bucketSize = new Int32Array(0);
  private bucket: Float64Array[] = [];
  /** Labels the index dropped from the list (by id; a dropped label never comes back). */
  private dropped = new Uint8Array(0);

  constructor(
    private readonly labels: Labels,
    private readonly rows: number,
    private readonly valuesOfRow: Int32Array,
  ) {
    this.stride = USAGE + rows;
    this.data = new Float64Array(INITIAL_LABELS * this.stride);
    // Place 0: the empty duty (label 0, weight and usage 0).
  }

  /**
   * The rows open now and those of them used (an open row no label has used tells no labels
   * apart): a list built on other open rows is built again, as closed rows no longer count.
   */
  setRows(openRows: Int32Array, usedRows: Int32Array) {
    const rebuild = !sameRows(openRows, this.openRows);
    this.openRows = openRows;
    if (rebuild || !sameRows(usedRows, this.usedRows)) this.useIndex(usedRows);
    if (!rebuild) return;
    const all: number[] = [];
    for (let place = 0; place < this.size; place++) all.push(this.data[place * this.stride + LABEL]);
    this.size = 0;
    this.indexed = false;
    for (const label of all) this.add(label);
  }

  add(label: number) {
    if (this.openRows.length === 1) this.addToFront(label, this.openRows[0]);
    else if (this.buckets > 0) this.addByIndex(label);
    else this.addByScan(label);
  }

  /** The rule, scanning the list. */
  private addByScan(label: number) {
    const { stride, openRows, data } = this;
    const labelUsage = this.labels.usage;
    const bound = this.labels.weight[label] + 1e-12;
    const base = label * this.rows;
    let at = 0;
    for (; at < this.size && data[at * stride + WEIGHT] <= bound; at++) {
      let dominated = true;
      for (let k = 0; k < openRows.length && dominated; k++)
        if (data[at * stride + USAGE + openRows[k]] > labelUsage[base + openRows[k]] + 1e-12)
          dominated = false;
      if (dominated) return;
    }
    let keep = at;
    for (let place = at; place < this.size; place++) {
      let covered = true;
      for (let k = 0; k < openRows.length && covered; k++)
        if (labelUsage[base + openRows[k]] > data[place * stride + USAGE + openRows[k]] + 1e-12)
          covered = false;
      if (!covered) {
        for (let k = 0; keep < place && k < stride; k++) data[keep * stride + k] = data[place * stride + k];
        keep++;
      }
    }
    this.size = keep;
    this.insertAt(at, label);
  }

  /** The rule by the index. */
  private addByIndex(label: number) {
    const value = this.bucketOf(this.labels.usage, label * this.rows);
    if (value >= 0 && !this.indexed) this.buildIndex();
    if (value < 0 || this.buckets === 0) {
      this.buckets = 0;
      return this.addByScan(label);
    }
    const { stride } = this;
    const w = this.labels.weight[label];
    const bound = w + 1e-12;
    const stair = this.labels.usage[label * this.rows + this.stairRow];
    // Counts are integers: one ≤ the label's is no more than it + 1e-12, one ≥ it no less.
    for (let b = 0; b <= value; b++) {
      const k = this.countUpTo(b, bound);
      if (k > 0 && !(this.bucket[b][3 * k - 2] > stair + 1e-12)) return;
    }
    // Where the scan would stop: keys rise along the list, so a bisection finds the first above.
    let at = 0;
    let z = this.size;
    while (at < z) {
      const mid = (at + z) >> 1;
      if (this.data[mid * stride + KEY] <= bound) at = mid + 1;
      else z = mid;
    }
    if (this.dropped.length < this.labels.capacity) this.dropped = grown(this.dropped, this.labels.capacity);
    // The labels it drops: per bucket of a count ≥ its own, the run right after those placed
    // before it that use no less of the staircase row.
    let gone = 0;
    for (let b = value; b < this.buckets; b++) {
      const from = this.countUpTo(b, bound);
      const entries = this.bucket[b];
      const size = this.bucketSize[b];
      let to = from;
      while (to < size && !(stair > entries[3 * to + 1] + 1e-12)) this.dropped[entries[3 * to++ + 2]] = 1;
      if (to > from) {
        entries.copyWithin(3 * from, 3 * to, 3 * size);
        this.bucketSize[b] = size - (to - from);
        gone += to - from;
      }
    }
    if (gone > 0) this.dropFrom(at, gone);
    this.insertAt(at, label);
    const key = at > 0 ? Math.max(this.data[(at - 1) * stride + KEY], w) : w;
    this.data[at * stride + KEY] = key;
    this.insertInBucket(value, this.countUpTo(value, bound), key, stair, label);
    // The later keys only change if a dropped label was the heaviest so far.
    for (let place = at + 1, heaviest = key; gone > 0 && place < this.size; place++) {
      heaviest = Math.max(heaviest, this.data[place * stride + WEIGHT]);
      if (heaviest !== this.data[place * stride + KEY]) {
        this.indexed = false;
        break;
      }
    }
  }

  /** Removes the `gone` labels marked dropped from place `at` on, moving the others up. */
  private dropFrom(at: number, gone: number) {
    const { stride, data } = this;
    let write = at;
    let from = at;
    for (let place = at; gone > 0 && place < this.size; place++)
      if (this.dropped[data[place * stride + LABEL]]) {
        data.copyWithin(write * stride, from * stride, place * stride);
        write += place - from;
        from = place + 1;
        gone--;
      }
    data.copyWithin(write * stride, from * stride, this.size * stride);
    this.size = write + this.size - from;
  }

  /**
   * One open row (the usual case, a bike's day km): the finished labels form a staircase, lighter
   * ones using more of the row, so a label is dominated iff the one just lighter uses no more, and
   * it dominates the heavier ones right after it that use no less.
   */
  private addToFront(label: number, row: number) {
    const { stride, data } = this;
    const w = this.labels.weight[label] + 1e-12;
    let a = 0;
    let b = this.size;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (data[mid * stride + WEIGHT] <= w) a = mid + 1;
      else b = mid;
    }
    const used = this.labels.usage[label * this.rows + row];
    if (a > 0 && data[(a - 1) * stride + USAGE + row] <= used + 1e-12) return;
    let end = a;
    while (end < this.size && data[end * stride + USAGE + row] >= used - 1e-12) end++;
    // [a, end) gives way to the label.
    if (end > a) {
      data.copyWithin(a * stride, end * stride, this.size * stride);
      this.size -= end - a;
    }
    this.insertAt(a, label);
  }

  /** The label goes to place `at`, the ones from there on one place later. */
  private insertAt(at: number, label: number) {
    const { stride, rows } = this;
    if ((this.size + 1) * stride > this.data.length)
      this.data = grown(this.data, Math.max(2 * this.data.length, (this.size + 1) * stride));
    const { data } = this;
    data.copyWithin((at + 1) * stride, at * stride, this.size * stride);
    this.size++;
    const base = at * stride;
    data[base + WEIGHT] = this.labels.weight[label];
    data[base + LABEL] = label;
    for (let r = 0; r < rows; r++) data[base + USAGE + r] = this.labels.usage[label * rows + r];
  }

  /** The index for these used rows, if they allow one (built when next needed). */
  private useIndex(usedRows: Int32Array) {
    this.usedRows = usedRows;
    this.buckets = 0;
    this.indexed = false;
    if (this.openRows.length === 1) return;
    if (usedRows.length === 1) {
      this.bucketRow = -1;
      this.stairRow = usedRows[0];
      this.buckets = 1;
    } else if (usedRows.length === 2) {
      const [a, b] = usedRows;
      const values = this.valuesOfRow;
      const byA = values[a] > 0 && (values[b] === 0 || values[a] <= values[b]);
      if (!byA && values[b] === 0) return;
      this.bucketRow = byA ? a : b;
      this.stairRow = byA ? b : a;
      this.buckets = values[this.bucketRow];
    }
  }

  private buildIndex() {
    const { stride, size, buckets, data } = this;
    if (this.bucketSize.length < buckets) this.bucketSize = new Int32Array(buckets);
    this.bucketSize.fill(0, 0, buckets);
    while (this.bucket.length < buckets) this.bucket.push(new Float64Array(3 * INITIAL_BUCKET));
    let heaviest = -Infinity;
    for (let place = 0; place < size; place++) {
      const base = place * stride;
      heaviest = Math.max(heaviest, data[base + WEIGHT]);
      data[base + KEY] = heaviest;
      const b = this.bucketOf(data, base + USAGE);
      if (b < 0) {
        this.buckets = 0;
        return;
      }
      const stair = data[base + USAGE + this.stairRow];
      this.insertInBucket(b, this.bucketSize[b], heaviest, stair, data[base + LABEL]);
    }
    this.indexed = true;
  }

  /** How many labels of bucket b have a key ≤ `bound` (are placed before the first heavier). */
  private countUpTo(b: number, bound: number) {
    const entries = this.bucket[b];
    let a = 0;
    let z = this.bucketSize[b];
    while (a < z) {
      const mid = (a + z) >> 1;
      if (entries[3 * mid] <= bound) a = mid + 1;
      else z = mid;
    }
    return a;
  }

  private insertInBucket(b: number, at: number, key: number, stair: number, label: number) {
    const size = this.bucketSize[b];
    if (3 * (size + 1) > this.bucket[b].length) this.bucket[b] = grown(this.bucket[b], 6 * size);
    const entries = this.bucket[b];
    entries.copyWithin(3 * at + 3, 3 * at, 3 * size);
    entries[3 * at] = key;
    entries[3 * at + 1] = stair;
    entries[3 * at + 2] = label;
    this.bucketSize[b] = size + 1;
  }

  /** The bucket of the usage at `base` of `usage`, −1 if it fits none. */
  private bucketOf(usage: Float64Array, base: number) {
    if (this.bucketRow < 0) return 0;
    const value = usage[base + this.bucketRow];
    return Number.isInteger(value) && value >= 0 && value < this.buckets ? value : -1;
  }
}
