import type { BlockModel, DutyClass } from "./blockModel";
import { lightestDuties } from "./dutyPricing";
import type { MipProblem, MipSolver, NewColumn } from "./mipSolver";

/** A duty column of the master: one copy of duty class `dutyClass` drives `trips`. */
export interface DutyColumn {
  dutyClass: number;
  trips: number[];
  cost: number;
}

export interface DutyLp {
  /** A lower bound of the block's exact optimum (−∞ when the LP was not solved). */
  bound: number;
  /**
   * Values over the base columns and then `columns` from the dive: every duty column at 0 or 1
   * (the base columns may still be fractional); null when the LP was not solved.
   */
  values: Float64Array | null;
  columns: DutyColumn[];
}

/** Duties added per class and round: enough to converge in few LP solves, few enough to stay small. */
const COLUMNS_PER_ROUND = 40;

/**
 * The LP of a block with duty classes by column generation, then a dive to integral duties.
 *
 * Generation: the base columns (cars, EVs, pools) plus duty columns, starting from `initial` and
 * adding, round by round, the duties whose reduced cost under the LP's duals is negative
 * (lightestDuties: exact, so when none is left the LP is the optimum over all duties). Every round
 * gives a Lagrangian bound — the LP objective plus each class's copies × its most negative reduced
 * cost — so a round cut short by the time limit still leaves a valid bound.
 *
 * Dive: the fractional duty with the largest value is fixed at 1 and the LP solved again (with
 * new duties priced in), until no duty is fractional. The fixed duties never share a trip (each
 * had a positive value beside those fixed before), so the dive always stays feasible.
 */
export function solveDutyLp(
  solver: MipSolver & Required<Pick<MipSolver, "openLp">>,
  model: BlockModel,
  initial: readonly DutyColumn[],
  lo: ArrayLike<number>,
  hi: ArrayLike<number>,
  timeLeft: () => number,
  shouldStop: (() => boolean) | undefined,
  closeEnough: number,
): DutyLp {
  const columns: DutyColumn[] = [];
  const known = new Set<string>();
  const session = solver.openLp(model.problem);
  const base = model.problem.numCols;
  const add = (list: readonly DutyColumn[]) => {
    const fresh = list.filter((d) => {
      const key = `${d.dutyClass}:${d.trips.join(",")}`;
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    session.addColumns(fresh.map((d) => asColumn(model, d)));
    columns.push(...fresh);
    return fresh.length;
  };
  const running = () => timeLeft() > 0 && !shouldStop?.();
  /**
   * Solves and prices until no column is worth adding or the Lagrangian bound is within
   * `closeEnough` of the LP: the last LP's values and the best bound (also when time runs out).
   */
  const generate = (closeEnough: number): { values: Float64Array; bound: number } | null => {
    let bound = -Infinity;
    let last: { values: Float64Array; bound: number } | null = null;
    while (running()) {
      const lp = session.solve(timeLeft());
      if (lp.status !== "optimal" || !lp.colValues || !lp.rowDuals) return last;
      const duals = lp.rowDuals;
      let lagrangian = lp.objective;
      const found: DutyColumn[] = [];
      const eps = 1e-9 * Math.max(1, Math.abs(lp.objective));
      model.dutyClasses.forEach((d, k) => {
        // Only duties of negative reduced cost (weight − the copies row's dual) are worth pricing.
        const priced = priceClass(model, d, duals, lo, hi, duals[d.copiesRow] - eps);
        if (priced.length > 0) lagrangian += d.copies * (priced[0].weight - duals[d.copiesRow]);
        for (const duty of priced.slice(0, COLUMNS_PER_ROUND))
          found.push({ dutyClass: k, trips: duty.trips, cost: dutyCost(d, duty.trips) });
      });
      // Converged: the LP is the optimum over all duties.
      if (found.length === 0) return { values: lp.colValues, bound: lp.objective };
      bound = Math.max(bound, lagrangian);
      last = { values: lp.colValues, bound };
      if (add(found) === 0 || lp.objective - bound <= closeEnough) return last;
    }
    return last;
  };

  let bound = -Infinity;
  let values: Float64Array | null = null;
  try {
    add(initial);
    const root = generate(closeEnough);
    if (root) {
      bound = root.bound;
      values = root.values;
      for (let x: Float64Array | null = root.values; x && running();) {
        let pick = -1;
        for (let c = base; c < x.length; c++)
          if (x[c] > 1e-6 && x[c] < 1 - 1e-6 && (pick < 0 || x[c] > x[pick])) pick = c;
        if (pick < 0) {
          values = x;
          break;
        }
        session.setBounds(pick, 1, Infinity);
        // Priced again after each fixing: the duties left get columns that fit around the fixed ones.
        x = generate(closeEnough)?.values ?? null;
      }
    }
  } finally {
    session.dispose();
  }
  const integral = values?.every((v, c) => c < base || v <= 1e-6 || v >= 1 - 1e-6) ?? false;
  // Columns added after the last solve are 0 in its solution.
  const padded = new Float64Array(base + columns.length);
  if (values) padded.set(values);
  return { bound, values: integral ? padded : null, columns };
}

function priceClass(
  model: BlockModel,
  d: DutyClass,
  duals: Float64Array,
  lo: ArrayLike<number>,
  hi: ArrayLike<number>,
  below: number,
) {
  const weight = (t: number) => d.costOf(t) - duals[model.tripRow[t - model.from]];
  return lightestDuties(d.own, weight, d.specs, lo, hi, below);
}

/** What one copy of the class driving these trips adds to the objective. */
export const dutyCost = (d: DutyClass, trips: readonly number[]) =>
  trips.reduce((s, t) => s + d.costOf(t), 0);

function asColumn(model: BlockModel, duty: DutyColumn): NewColumn {
  const d = model.dutyClasses[duty.dutyClass];
  const rows = [d.copiesRow, ...duty.trips.map((t) => model.tripRow[t - model.from])];
  return { cost: duty.cost, rows, values: rows.map(() => 1) };
}

/** The block's problem with the duty columns appended (for a MIP over them). */
export function withDutyColumns(model: BlockModel, columns: readonly DutyColumn[]): MipProblem {
  const p = model.problem;
  const extra: number[][] = Array.from({ length: p.numRows }, () => []);
  columns.forEach((duty, k) => {
    for (const r of asColumn(model, duty).rows) extra[r].push(p.numCols + k);
  });
  const rowStart = new Int32Array(p.numRows + 1);
  const rowIndex: number[] = [];
  const rowValue: number[] = [];
  for (let r = 0; r < p.numRows; r++) {
    for (let k = p.rowStart[r]; k < p.rowStart[r + 1]; k++) {
      rowIndex.push(p.rowIndex[k]);
      rowValue.push(p.rowValue[k]);
    }
    for (const c of extra[r]) {
      rowIndex.push(c);
      rowValue.push(1);
    }
    rowStart[r + 1] = rowIndex.length;
  }
  const numCols = p.numCols + columns.length;
  const colCost = new Float64Array(numCols);
  colCost.set(p.colCost);
  columns.forEach((d, k) => (colCost[p.numCols + k] = d.cost));
  const colLower = new Float64Array(numCols);
  colLower.set(p.colLower);
  const colUpper = new Float64Array(numCols).fill(1);
  colUpper.set(p.colUpper);
  return {
    ...p,
    numCols,
    colCost,
    colLower,
    colUpper,
    rowStart,
    rowIndex: Int32Array.from(rowIndex),
    rowValue: Float64Array.from(rowValue),
  };
}

/** Whether one copy may drive these trips under its own rows (a duty from a rule-valid allocation). */
export function isDuty(
  d: DutyClass,
  trips: readonly number[],
  lo: ArrayLike<number>,
  hi: ArrayLike<number>,
): boolean {
  const own = new Set(d.own);
  if (!trips.every((t) => own.has(t))) return false;
  const sorted = [...trips].sort((a, b) => lo[a] - lo[b]);
  for (let k = 1; k < sorted.length; k++) if (hi[sorted[k - 1]] >= lo[sorted[k]]) return false;
  const set = new Set(trips);
  return d.specs.every((spec) => {
    let sum = 0;
    spec.trips.forEach((t, k) => {
      if (set.has(t)) sum += spec.coef[k];
    });
    return sum <= spec.upper;
  });
}
