import type { FleetMember, Trip } from "../model/types";
import type { RuleContext } from "../simulation/rules";
import type { AllocationStructure } from "./allocationStructure";
import { assignBlock } from "./blockAssignment";
import { buildBlockModel, type BlockModel } from "./blockModel";
import { dutyCost, isDuty, solveDutyLp, withDutyColumns, type DutyColumn } from "./dutyMaster";
import { MIP_REL_GAP, type MipProblem, type MipResult, type MipSolver } from "./mipSolver";
import { trivialBlockBound } from "./trivialBlockBound";

/**
 * Column generation stops once its bound is within this share of the block's tolerance of the LP
 * (the last rounds of a column generation gain little); the dive and rounding keep the rest.
 */
const CLOSE_ENOUGH = 0.5;

/** Blocks with more base columns than this pool their bikes instead of generating duties. */
const DUTY_MAX_COLUMNS = 4000;

/** What a block relaxation needs besides the block: the same on every thread that relaxes blocks. */
export interface RelaxSetting {
  trips: readonly Trip[];
  fleet: readonly FleetMember[];
  ctx: RuleContext;
  structure: AllocationStructure;
}

/** One block to relax at one price of an unallocated km. */
export interface RelaxTask {
  /** Index into structure.blocks. */
  block: number;
  unallocatedPerKm: number;
  /** The block's share of the whole objective's MIP_REL_GAP (see optimalAllocation.ts). */
  tolerance: number;
  /** The block's number of trips (its time share goes by them). */
  trips: number;
}

/** A block's relaxation: its bound and, where found, an allocation of its trips. */
export interface BlockRelaxation {
  /** The block's trips on fleet members (−1 unallocated), index t − block start; null without one. */
  assigned: Int32Array | null;
  /** The model's objective of `assigned` (NaN without one). */
  objective: number;
  /** The relaxation's bound (−∞ when it was not solved). */
  lpBound: number;
  /** A bound without the solver or the model (trivialBlockBound.ts). */
  trivialBound: number;
  /** `assigned` is within the tolerance of the bound: the block needs no exact solve. */
  settled: boolean;
  columns: number;
  rows: number;
}

/**
 * Relaxes one block (phase 1 of the exact allocation): the LP of its model — identical bikes with
 * rows of their own as duty columns generated on an LP session where the solver keeps one, else
 * pooled with their rows summed — rounded to an allocation, which settles the block when it is
 * within its tolerance of the bound. Pure given its inputs, so any thread with its own solver can
 * run it (see BlockPool).
 *
 * @param start a rule-valid allocation of all trips (its block part seeds the duties and rounding)
 * @param timeShare seconds this block may still take, asked at each solve
 * @param running false once the run is cancelled or out of time (then nothing more is solved)
 */
export function relaxBlock(
  setting: RelaxSetting,
  task: RelaxTask,
  start: Int32Array,
  solver: MipSolver,
  timeShare: () => number,
  running: () => boolean,
): BlockRelaxation {
  const { trips, fleet, ctx, structure } = setting;
  const block = structure.blocks[task.block];
  const { unallocatedPerKm, tolerance } = task;
  const shouldStop = () => !running();
  const trivialBound = trivialBlockBound(structure, trips, block, unallocatedPerKm);
  // Past the deadline or after a cancel the block's model is not even built (on a large block
  // that takes seconds): the bound without a model is all the run can still use.
  if (!running())
    return {
      assigned: null,
      objective: NaN,
      lpBound: -Infinity,
      trivialBound,
      settled: false,
      columns: 0,
      rows: 0,
    };
  const { openLp } = solver;
  // Identical bikes with rows of their own as duty columns (generated) when the solver keeps an
  // LP between solves, else pooled with their rows summed (a relaxation). Without such a class
  // the model is the exact model itself.
  let model = buildBlockModel(
    structure,
    trips,
    fleet,
    ctx,
    block,
    unallocatedPerKm,
    openLp ? "duties" : "pooled",
  );
  // Column generation re-solves the LP many times: on a large block (every vehicle its own
  // class) the rounds do not fit the time share, so the pooled relaxation's one LP is kept there.
  if (model.dutyClasses.length > 0 && model.problem.numCols > DUTY_MAX_COLUMNS)
    model = buildBlockModel(structure, trips, fleet, ctx, block, unallocatedPerKm, "pooled");
  const p = model.problem;
  const outcome = { columns: p.numCols, rows: p.numRows, trivialBound };
  if (p.numCols === 0 && model.dutyClasses.length === 0) {
    // Nothing in the fleet is cheaper than the employee car for these trips.
    const assigned = new Int32Array(block[1] - block[0]).fill(-1);
    return { ...outcome, assigned, objective: p.offset, lpBound: p.offset, settled: true };
  }
  const unsolved = { ...outcome, assigned: null, objective: NaN, lpBound: -Infinity, settled: false };
  if (!running()) return unsolved;
  let dutyColumns: DutyColumn[] = [];
  let lp: { values: Float64Array | null; bound: number };
  if (openLp && model.dutyClasses.length > 0) {
    const generated = solveDutyLp(
      { ...solver, openLp },
      model,
      currentDuties(model, start, structure),
      structure.lo,
      structure.hi,
      timeShare,
      shouldStop,
      tolerance * CLOSE_ENOUGH,
    );
    dutyColumns = generated.columns;
    lp = {
      bound: generated.bound,
      values: generated.values
        ? roundLp(
            solver,
            withDutyColumns(model, dutyColumns),
            generated.values,
            generated.bound,
            timeShare,
            shouldStop,
            tolerance,
            true,
          )
        : null,
    };
  } else lp = lpFirst(solver, model, timeShare, shouldStop, tolerance);
  if (!lp.values) return { ...unsolved, lpBound: lp.bound };
  // Split the relaxed pools onto their copies; where that fails, repack the pool (its best split
  // of its own and the open trips). Settled when still within the tolerance of the bound.
  const assigned = assignBlock(model, lp.values, block, structure, trips, true, dutyColumns);
  if (!assigned) return { ...unsolved, lpBound: lp.bound };
  const settled =
    assigned.objective - lp.bound <= Math.max(MIP_REL_GAP * Math.abs(assigned.objective), tolerance) + 1e-9;
  return {
    ...outcome,
    assigned: assigned.memberOfTrip,
    objective: assigned.objective,
    lpBound: lp.bound,
    settled,
  };
}

/**
 * Threads besides the caller's that relax blocks at the same time (phase 1 of the exact
 * allocation, where the blocks are independent). Each thread has its own solver and rebuilds the
 * setting from trips, fleet and context.
 */
export interface BlockPool {
  readonly threads: number;
  /**
   * Relaxes every task once, in the order given, spread over the pool's threads and the calling
   * thread (`relaxHere`); `onRelaxed` runs on the calling thread as each one finishes. Returns
   * when all have finished, or at the deadline with a grace period for a thread that failed to
   * answer (its tasks then get no onRelaxed). `running` false stops every thread, and no task is
   * started after it (those get no onRelaxed either: the caller bounds them without a model).
   */
  relaxAll(
    run: PoolRun,
    relaxHere: (task: RelaxTask, share: () => number, running: () => boolean) => BlockRelaxation,
    onRelaxed: (task: RelaxTask, relaxation: BlockRelaxation) => void,
  ): void;
}

/** One pass of phase 1 for a pool: the data every thread needs and the tasks to share out. */
export interface PoolRun {
  trips: readonly Trip[];
  fleet: readonly FleetMember[];
  ctx: RuleContext;
  start: Int32Array;
  tasks: readonly RelaxTask[];
  /** Date.now() at which the pass's time is up. */
  deadlineMs: number;
  running: () => boolean;
}

/** Trips of the tasks from the k-th on (those no thread has started on yet when k is next). */
function tripsFrom(tasks: readonly RelaxTask[], k: number): number {
  let sum = 0;
  for (let j = k; j < tasks.length; j++) sum += tasks[j].trips;
  return sum;
}

/**
 * The k-th task's time budget, fixed when it starts (its timeShareOf the time then left): the
 * returned function gives the seconds still left of it. A share recomputed from the time left at
 * each solve would let one large block's LP and roundings take most of the pass.
 */
export function taskTimeShare(
  deadlineMs: number,
  tasks: readonly RelaxTask[],
  k: number,
  streams: number,
  clock: () => number = Date.now,
): () => number {
  const budget = timeShareOf((deadlineMs - clock()) / 1000, tasks[k].trips, tripsFrom(tasks, k), streams);
  const until = clock() + budget * 1000;
  return () => Math.max(0, (until - clock()) / 1000);
}

/**
 * A task's share of the time left, by trips: of the trips not yet started on, with `streams`
 * threads working through them at once (never more than the time left).
 */
export function timeShareOf(remainingSec: number, blockTrips: number, tripsLeft: number, streams: number) {
  return Math.min(remainingSec, (remainingSec * blockTrips * streams) / Math.max(1, tripsLeft));
}

/**
 * LP first: the block's LP relaxation gives its bound. An integral LP optimum is the block's
 * optimum; otherwise the fractional columns are rounded by a small MIP over just them (the
 * integral ones fixed), which counts when it is within MIP_REL_GAP of the LP bound (or within
 * `tolerance`, the block's share of the whole objective's MIP_REL_GAP). Returns the
 * best integral values found (null when none) and the bound (−∞ without one).
 */
function lpFirst(
  solver: MipSolver,
  model: BlockModel,
  share: () => number,
  shouldStop: (() => boolean) | undefined,
  tolerance: number,
): { values: Float64Array | null; bound: number } {
  const p = model.problem;
  const lp = solver.solve(p, { timeLimitSec: share(), relaxation: true, shouldStop });
  if (lp.status !== "optimal" || !lp.colValues) return { values: null, bound: -Infinity };
  const bound = lp.objective;
  return { values: roundLp(solver, p, lp.colValues, bound, share, shouldStop, tolerance), bound };
}

/**
 * Integral values from an LP optimum `x` of problem `p`: x itself when integral, else the best of
 * small MIPs over its fractional columns (see lpFirst); null when none was found.
 */
function roundLp(
  solver: MipSolver,
  p: MipProblem,
  x: Float64Array,
  bound: number,
  share: () => number,
  shouldStop: (() => boolean) | undefined,
  tolerance: number,
  quick = false,
): Float64Array | null {
  const eps = 1e-6;
  if (x.every((v) => v <= eps || v >= 1 - eps)) return x;
  // First only the fractional columns free; then, if that is not close enough, every column
  // the LP does not set to 1.
  let best: MipResult | null = null;
  for (const fixZeros of quick ? [true] : [true, false]) {
    if (shouldStop?.()) break;
    const colLower = p.colLower.slice();
    const colUpper = p.colUpper.slice();
    x.forEach((v, c) => {
      if (v >= 1 - eps) colLower[c] = 1;
      else if (fixZeros && v <= eps) colUpper[c] = 0;
    });
    const rounded = solver.solve({ ...p, colLower, colUpper }, { timeLimitSec: share(), shouldStop });
    if (!rounded.colValues || !Number.isFinite(rounded.objective)) continue;
    if (!best || rounded.objective < best.objective) best = rounded;
    if (rounded.objective - bound <= Math.max(MIP_REL_GAP * Math.abs(rounded.objective), tolerance) + 1e-9)
      break;
  }
  return best?.colValues ?? null;
}

/** Each duty-class copy's trips in the block under this assignment, where they form a duty. */
function currentDuties(
  model: BlockModel,
  memberOfTrip: Int32Array,
  structure: AllocationStructure,
): DutyColumn[] {
  const out: DutyColumn[] = [];
  model.dutyClasses.forEach((d, k) => {
    for (const m of structure.classes[d.cls].members) {
      const own: number[] = [];
      for (let t = model.from; t < model.from + model.tripCount; t++) if (memberOfTrip[t] === m) own.push(t);
      if (own.length > 0 && isDuty(d, own, structure.lo, structure.hi))
        out.push({ dutyClass: k, trips: own, cost: dutyCost(d, own) });
    }
  });
  return out;
}
