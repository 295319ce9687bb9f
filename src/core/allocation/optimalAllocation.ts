import type { FleetMember, Trip } from "../model/types";
import type { Allocation } from "../simulation/allocation";
import type { RuleContext } from "../simulation/rules";
import { allocationCost, allocationCosts, fleetFixedCost, type AllocationCosts } from "./allocationCosts";
import type { AllocationIncumbent, AllocationReport } from "./allocationReport";
import { allocationStructure, type AllocationStructure } from "./allocationStructure";
import { buildBlockModel } from "./blockModel";
import { assignBlock, warmStartVector } from "./blockAssignment";
import { applyAssignment } from "./checkAssignment";
import { maximalCliques } from "./intervalCliques";
import { MIP_REL_GAP, type MipSolver } from "./mipSolver";
import { trivialBlockBound } from "./trivialBlockBound";
import {
  relaxBlock,
  taskTimeShare,
  timeShareOf,
  type BlockPool,
  type BlockRelaxation,
  type RelaxTask,
} from "./relaxBlock";

export interface OptimalAllocationHooks {
  solver: MipSolver;
  /** Threads that relax independent blocks in parallel (optional: without it, one after another). */
  pool?: BlockPool;
  timeLimitSec: number;
  /**
   * The best allocation so far with the best bound so far: at every better allocation as soon as
   * it is found (the pane keeps the latest for a cancel), and again whenever only the bound rises
   * (at most every BOUND_REPORT_MS, and at the end of each pass).
   */
  onIncumbent?: (incumbent: AllocationIncumbent) => void;
  /** Polled during the solve; true stops it with the best allocation so far. */
  shouldStop?: () => boolean;
  /** Clock in ms (tests may fake it). */
  now?: () => number;
}

export interface OptimalAllocationResult {
  allocation: Allocation;
  report: AllocationReport;
}

/**
 * The least time between two messages that only report a better bound: a bound can rise with
 * every block relaxed and at every checkpoint of a MIP, far more often than anyone can read it.
 */
export const BOUND_REPORT_MS = 250;

interface PassResult {
  memberOfTrip: Int32Array;
  /** Lower bound on the pass's linear cost (fixed costs included). */
  bound: number;
}

/**
 * What every phase of one exact allocation reads (the inputs, the clock) and the few things that
 * change as it goes: the best allocation so far and its bound, why the solve ended, and the model
 * sizes for the report.
 */
interface SolveState {
  readonly trips: readonly Trip[];
  readonly fleet: readonly FleetMember[];
  readonly ctx: RuleContext;
  readonly hooks: OptimalAllocationHooks;
  readonly structure: AllocationStructure;
  readonly costs: AllocationCosts;
  /** The fleet's fixed cost: every pass's bound starts from it. */
  readonly fixed: number;
  readonly now: () => number;
  readonly t0: number;
  best: { memberOfTrip: Int32Array; cost: number; source: AllocationReport["source"] };
  /** The best bound on the whole so far (any pass's, in its regime; the largest of them all holds). */
  bestBound: number;
  /** The bound last reported and when (state.now()); null before the first report. */
  reported: { bound: number; at: number } | null;
  stoppedBy: AllocationReport["stoppedBy"];
  columns: number;
  rows: number;
}

/** A block phase 1 did not settle, left to phase 2. */
interface OpenBlock {
  /** Index into structure.blocks. */
  index: number;
  block: [number, number];
  lpBound: number;
  trivialBound: number;
  /** The model's objective of the block's allocation so far (NaN without one). */
  objective: number;
}

/** One pass at one price of an unallocated km: its allocation so far and its bookkeeping. */
interface PassState {
  readonly unallocatedPerKm: number;
  readonly deadline: number;
  readonly memberOfTrip: Int32Array;
  /** Real cost of memberOfTrip. */
  cost: number;
  /** Lower bound on the pass's linear cost: the fleet's fixed cost plus every block's best bound. */
  bound: number;
  /** Each block's best bound so far on its model cost (from the start: the bound without a model). */
  readonly blockBounds: Float64Array;
  /** The whole's bound that a bound on this pass's linear cost gives (the pass's regime). */
  readonly wholeBound: (passBound: number) => number;
  /** Model cost and gap (cost − bound) of the blocks settled so far. */
  settledCost: number;
  settledGap: number;
  readonly open: OpenBlock[];
}

/**
 * The exact allocation (product.md §4.4): the cheapest way for this fleet to drive these trips,
 * under the consequence model's prices and the simulation's rules, solved with a MIP per
 * independent block of days (blockModel.ts) and the greedy benchmark as warm start and fallback.
 *
 * The allowance is concave in the yearly unallocated km (3.44 kr/km up to 840 km, 1.90 after):
 * allowance = high × Y + (low − high) × min(Y, threshold). It is solved exactly without coupling
 * the blocks: pass 1 prices every unallocated km at the high rate (right when Y ≥ threshold);
 * when that leaves trips unallocated, pass 2 prices them at the low rate (right when
 * Y ≤ threshold). The cheaper of the two under the real consequence model is the optimum: if
 * pass 2 still leaves more than the threshold, no allocation below the threshold can beat pass 1,
 * because its cost is at least pass 2's optimum. Bound: min(bound₁ + (low − high) × threshold,
 * bound₂).
 *
 * @param trips sorted by start; warmStarts: the greedy allocation first, then any other rule-valid one
 */
export function optimalAllocation(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  hooks: OptimalAllocationHooks,
  warmStarts: { greedy: Allocation; simple?: Allocation },
): OptimalAllocationResult {
  const state = startSolve(trips, fleet, ctx, hooks, warmStarts);
  solveBothRegimes(state);
  return finishSolve(state, warmStarts);
}

/**
 * The structure, and the better warm start as the first "best so far" (reported, with the first
 * pass's bound without a model, before any solve: a cancel always has one).
 */
function startSolve(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  hooks: OptimalAllocationHooks,
  warmStarts: { greedy: Allocation; simple?: Allocation },
): SolveState {
  const now = hooks.now ?? Date.now;
  const t0 = now();
  const costs = allocationCosts(fleet, ctx);
  const structure = allocationStructure(trips, fleet, ctx, costs.memberPerKm);
  const state: SolveState = {
    trips,
    fleet,
    ctx,
    hooks,
    structure,
    costs,
    fixed: fleetFixedCost(fleet),
    now,
    t0,
    best: { memberOfTrip: warmStarts.greedy.memberOfTrip, cost: 0, source: "greedy" },
    bestBound: -Infinity,
    reported: null,
    stoppedBy: "solved",
    columns: 0,
    rows: 0,
  };
  state.best.cost = realCost(state, warmStarts.greedy.memberOfTrip);
  if (warmStarts.simple) {
    const simpleCost = realCost(state, warmStarts.simple.memberOfTrip);
    if (simpleCost < state.best.cost)
      state.best = { memberOfTrip: warmStarts.simple.memberOfTrip, cost: simpleCost, source: "simple" };
  }
  return state;
}

/**
 * Pass 1 at the high allowance rate and, when it leaves trips over and the allowance is concave,
 * pass 2 at the low rate; sets the best allocation and the combined bound. Each pass turns its
 * bound into one on the whole as its regime allows, while it runs, so the bound shown rises as
 * the blocks are solved.
 */
function solveBothRegimes(state: SolveState): void {
  const { trips, fleet, structure, costs, hooks, t0 } = state;
  const deadline = t0 + hooks.timeLimitSec * 1000;
  const concave = costs.allowanceLowPerKm - costs.allowanceHighPerKm;
  const threshold = costs.thresholdPeriodKm;
  // When more trips overlap than the fleet has vehicles, every allocation leaves more than the
  // allowance threshold over: then only the first pass's regime exists and it gets all the time.
  const aboveThreshold = concave > 0 && leastUnallocatedKm(trips, structure, fleet.length) > threshold;
  // true cost = linear(high) + concave × min(Y, threshold): with Y > threshold in every allocation
  // that is linear(high) + concave × threshold; otherwise it is at least linear(high) (+ concave ×
  // threshold when concave < 0).
  const highShift = (aboveThreshold ? concave : Math.min(0, concave)) * threshold;
  // Otherwise the first pass keeps a third of the time for the second (needed if trips are left over).
  const high = runPass(
    state,
    costs.employeeSocialPerKm + costs.allowanceHighPerKm,
    state.best.memberOfTrip,
    aboveThreshold ? deadline : t0 + hooks.timeLimitSec * 1000 * (2 / 3),
    (passBound) => passBound + highShift,
  );
  offer(state, high.memberOfTrip);
  if (!aboveThreshold && unallocatedKm(trips, high.memberOfTrip) > 0 && concave > 0) {
    // Y ≥ threshold: at least bound₁ + concave × threshold; Y ≤ threshold: at least bound₂. The
    // first pass's bound alone still holds (true cost ≥ linear(high)), so the larger one is kept.
    const aboveBound = high.bound + concave * threshold;
    const low = runPass(
      state,
      costs.employeeSocialPerKm + costs.allowanceLowPerKm,
      high.memberOfTrip,
      deadline,
      (passBound) => Math.min(aboveBound, passBound),
    );
    offer(state, low.memberOfTrip);
  }
}

/** The best allocation found (unallocated trips with greedy's reasons) and its report. */
function finishSolve(
  state: SolveState,
  warmStarts: { greedy: Allocation; simple?: Allocation },
): OptimalAllocationResult {
  const { trips, fleet, ctx, structure, best } = state;
  const source = best.source;
  const allocation =
    source === "mip"
      ? withReasons(applyAssignment(trips, fleet, ctx, best.memberOfTrip), warmStarts.greedy)
      : source === "simple" && warmStarts.simple
        ? warmStarts.simple
        : warmStarts.greedy;
  const objective = realCost(state, allocation.memberOfTrip);
  const bound = Math.min(state.bestBound, objective);
  // Proven optimal: the bound is within MIP_REL_GAP of the allocation's cost, however it was reached.
  const optimal = objective - bound <= MIP_REL_GAP * Math.abs(objective) + 1e-6;
  return {
    allocation,
    report: {
      objective,
      bound,
      // Proven optimal is within MIP_REL_GAP, so the gap is reported as it is (0 when exact).
      gap: gapOf(objective, bound) < 1e-9 ? 0 : gapOf(objective, bound),
      optimal,
      seconds: secondsOf(state),
      stoppedBy: state.stoppedBy,
      source,
      blocks: structure.blocks.length,
      columns: state.columns,
      rows: state.rows,
    },
  };
}

/**
 * One pass: phase 1 relaxes every block, phase 2 solves the ones it did not settle exactly. Every
 * block starts with its bound without a model, so the pass has a bound from the start; its bound
 * is reported then and at its end, and in between as it rises (throttled).
 */
function runPass(
  state: SolveState,
  unallocatedPerKm: number,
  start: Int32Array,
  deadline: number,
  wholeBound: (passBound: number) => number,
): PassResult {
  const { structure, trips, fixed } = state;
  const memberOfTrip = start.slice();
  const blockBounds = Float64Array.from(structure.blocks, (block) =>
    trivialBlockBound(structure, trips, block, unallocatedPerKm),
  );
  const pass: PassState = {
    unallocatedPerKm,
    deadline,
    memberOfTrip,
    cost: realCost(state, memberOfTrip),
    bound: fixed + sumOf(blockBounds),
    blockBounds,
    wholeBound,
    settledCost: fixed,
    settledGap: 0,
    open: [],
  };
  raiseBestBound(state, pass);
  reportBound(state, true);
  relaxAllBlocks(state, pass, start);
  solveOpenBlocks(state, pass);
  reportBound(state, true);
  return { memberOfTrip: pass.memberOfTrip, bound: pass.bound };
}

/**
 * Phase 1, every block: LP first (a real bound for each block before any branching), on the
 * pool's threads when there is one. Settled blocks add to the pass's bound; the rest are left open.
 */
function relaxAllBlocks(state: SolveState, pass: PassState, start: Int32Array): void {
  const { trips, fleet, ctx, structure, fixed, hooks, now } = state;
  // The blocks' tolerances: MIP_REL_GAP of its own cost, or of its share (by trips) of the
  // fleet's fixed cost if that is more. Summed over the blocks it stays within MIP_REL_GAP of
  // the whole objective (fixed cost + the blocks' costs), which is the gap the report shows.
  // Largest blocks first: with several threads the longest jobs first keeps them all busy.
  const tasks: RelaxTask[] = structure.blocks
    .map(([from, to], block) => ({
      block,
      unallocatedPerKm: pass.unallocatedPerKm,
      tolerance: MIP_REL_GAP * Math.max(0, (fixed * (to - from)) / Math.max(1, trips.length)),
      trips: to - from,
    }))
    .sort((a, b) => b.trips - a.trips || a.block - b.block);
  const setting = { trips, fleet, ctx, structure };
  const running = () => pass.deadline - now() > 0 && !hooks.shouldStop?.();
  const relaxed = new Uint8Array(tasks.length);
  const onRelaxed = (task: RelaxTask, r: BlockRelaxation) => {
    const block = structure.blocks[task.block];
    relaxed[task.block] = 1;
    state.columns += r.columns;
    state.rows += r.rows;
    const relaxedBound = Math.max(r.lpBound, r.trivialBound);
    raiseBlockBound(state, pass, task.block, relaxedBound);
    if (r.assigned) tryBlock(state, pass, r.assigned, block[0]);
    if (r.settled) {
      pass.settledCost += r.objective;
      pass.settledGap += r.objective - relaxedBound;
    } else
      pass.open.push({
        index: task.block,
        block,
        lpBound: r.lpBound,
        trivialBound: r.trivialBound,
        objective: r.objective,
      });
    reportBound(state, false);
  };
  const relaxHere = (task: RelaxTask, share: () => number, stillRunning: () => boolean) =>
    relaxBlock(setting, task, start, hooks.solver, share, stillRunning);
  const { pool } = hooks;
  // Once the time is up no block is started: not even its model is built (a pass that starts
  // late, e.g. the second after a first that used all the time, relaxes nothing).
  if (pool && running())
    pool.relaxAll(
      { trips, fleet, ctx, start, tasks, deadlineMs: Date.now() + (pass.deadline - now()), running },
      relaxHere,
      onRelaxed,
    );
  else if (!pool)
    for (let k = 0; k < tasks.length && running(); k++) {
      const share = taskTimeShare(pass.deadline, tasks, k, 1, now);
      onRelaxed(tasks[k], relaxHere(tasks[k], share, running));
    }
  // A block no one relaxed (out of time, cancelled, or its thread failed or never answered) stays
  // open with the bound it has without a model, and greedy's (the start's) allocation.
  tasks.forEach((task) => {
    if (relaxed[task.block]) return;
    pass.open.push({
      index: task.block,
      block: structure.blocks[task.block],
      lpBound: -Infinity,
      trivialBound: pass.blockBounds[task.block],
      objective: NaN,
    });
  });
}

/**
 * Phase 2, the blocks the LP did not settle, largest gap first: the exact model, warm-started
 * from the best so far, with the LP bound kept — until the whole pass is within MIP_REL_GAP
 * (the proof is of the total, not of each block) or the time is up.
 */
function solveOpenBlocks(state: SolveState, pass: PassState): void {
  const { trips, fleet, ctx, structure, hooks, now } = state;
  const { open } = pass;
  const blockBound = (o: OpenBlock) => Math.max(o.lpBound, o.trivialBound);
  const gapOfBlock = (o: OpenBlock) => (Number.isNaN(o.objective) ? Infinity : o.objective - blockBound(o));
  open.sort((a, b) => gapOfBlock(b) - gapOfBlock(a));
  let openTrips = open.reduce((n, o) => n + o.block[1] - o.block[0], 0);
  // A block without an allocation yet (NaN) counts through its infinite gap, not its cost.
  const costOf = (o: OpenBlock) => (Number.isNaN(o.objective) ? 0 : o.objective);
  open.forEach((entry, i) => {
    const { index, block, lpBound, trivialBound } = entry;
    const blockTrips = block[1] - block[0];
    // Each block gets its share of the time left by its trips (of those still to solve).
    const tripsLeft = openTrips;
    const share = () => timeShareOf((pass.deadline - now()) / 1000, blockTrips, tripsLeft, 1);
    openTrips -= blockTrips;
    const rest = open.slice(i);
    const openCost = rest.reduce((sum, o) => sum + costOf(o), 0);
    const openGap = rest.reduce((sum, o) => sum + gapOfBlock(o), 0);
    const withinTotal =
      pass.settledGap + openGap <= MIP_REL_GAP * Math.abs(pass.settledCost + openCost) - 1e-9;
    // The block keeps the bound phase 1 gave it (already in the pass's bound).
    if (withinTotal || passStopped(state, pass)) return;
    // The exact model: a column set per vehicle where a class needs rows of its own.
    const model = buildBlockModel(structure, trips, fleet, ctx, block, pass.unallocatedPerKm);
    // The model's cost of the block's allocation as held (phase 1's when greedy's was kept
    // instead: then it overstates the gap, never understates it).
    let heldCost = entry.objective;
    // The exact model's bound, as the solver proves it, is the block's own while it solves.
    const onBound = (bound: number) => {
      if (!(bound > pass.blockBounds[index])) return;
      raiseBlockBound(state, pass, index, bound);
      reportBound(state, false);
    };
    const result = hooks.solver.solve(model.problem, {
      timeLimitSec: share(),
      start: warmStartVector(model, pass.memberOfTrip, block, trips, fleet, structure.classes),
      shouldStop: hooks.shouldStop,
      onBound,
      onImproving: (_objective, bound, values) => {
        if (Number.isFinite(bound)) onBound(bound);
        const assigned = assignBlock(model, values, block, structure, trips, false);
        if (assigned && tryBlock(state, pass, assigned.memberOfTrip, block[0])) heldCost = assigned.objective;
      },
    });
    const assigned = result.colValues && assignBlock(model, result.colValues, block, structure, trips, false);
    if (assigned && tryBlock(state, pass, assigned.memberOfTrip, block[0])) heldCost = assigned.objective;
    const mipBound = Number.isFinite(result.bound) ? result.bound : -Infinity;
    const solvedBound = Math.max(mipBound, lpBound, trivialBound);
    raiseBlockBound(state, pass, index, solvedBound);
    reportBound(state, false);
    pass.settledCost += heldCost;
    pass.settledGap += Number.isNaN(heldCost) ? Infinity : heldCost - solvedBound;
    if (result.status !== "optimal" && state.stoppedBy === "solved")
      state.stoppedBy =
        result.status === "interrupted"
          ? "cancelled"
          : result.status === "timeLimit"
            ? "timeLimit"
            : "solved";
  });
}

/**
 * Puts a block's new allocation into the pass where it lowers the real cost: a relaxation's
 * rounding or a time-limited MIP's solution can be worse than the one the block has (e.g.
 * greedy's). True when it was kept.
 */
function tryBlock(state: SolveState, pass: PassState, assigned: Int32Array, from: number): boolean {
  const trial = pass.memberOfTrip.slice();
  trial.set(assigned, from);
  const cost = realCost(state, trial);
  if (!(cost < pass.cost - 1e-9)) return false;
  pass.memberOfTrip.set(assigned, from);
  pass.cost = cost;
  offer(state, pass.memberOfTrip, cost);
  return true;
}

/** True once the pass's time is up or the user cancelled; records which, the first time. */
function passStopped(state: SolveState, pass: PassState): boolean {
  const remaining = (pass.deadline - state.now()) / 1000;
  if (remaining > 0 && !state.hooks.shouldStop?.()) return false;
  if (state.stoppedBy === "solved") state.stoppedBy = remaining <= 0 ? "timeLimit" : "cancelled";
  return true;
}

/** A cheaper allocation becomes the best so far and is reported at once, with the best bound. */
function offer(state: SolveState, memberOfTrip: Int32Array, cost = realCost(state, memberOfTrip)): void {
  if (!(cost < state.best.cost - 1e-9)) return;
  // A new array: one reported is never changed (the pane may keep it while the solve goes on).
  state.best = { memberOfTrip: memberOfTrip.slice(), cost, source: "mip" };
  report(state);
}

/**
 * A block's bound rises to `bound` (never falls: every bound found for it holds), and with it the
 * pass's bound and, in the pass's regime, the whole's. The pass's bound is summed afresh in block
 * order: an increment at a time would drift, and the sum of one larger term is never smaller.
 */
function raiseBlockBound(state: SolveState, pass: PassState, block: number, bound: number): void {
  if (!(bound > pass.blockBounds[block])) return;
  pass.blockBounds[block] = bound;
  pass.bound = state.fixed + sumOf(pass.blockBounds);
  raiseBestBound(state, pass);
}

function raiseBestBound(state: SolveState, pass: PassState): void {
  const whole = pass.wholeBound(pass.bound);
  if (whole > state.bestBound) state.bestBound = whole;
}

/**
 * Reports the best allocation again when the bound has risen since the last message: at most every
 * BOUND_REPORT_MS, or now at a pass's start and end (`now`). The first call always reports.
 */
function reportBound(state: SolveState, now: boolean): void {
  const { reported } = state;
  if (reported) {
    // A rise within rounding (the pass's bound summed afresh) says nothing new.
    const risen = state.bestBound > reported.bound + 1e-9 * Math.max(1, Math.abs(reported.bound));
    if (!risen || (!now && state.now() - reported.at < BOUND_REPORT_MS)) return;
  }
  report(state);
}

/** The best allocation so far and the best bound, to the hook. */
function report(state: SolveState): void {
  const { memberOfTrip, cost, source } = state.best;
  // A bound above the cost is the solver's tolerance, not a negative gap.
  const bound = Math.min(state.bestBound, cost);
  state.reported = { bound: state.bestBound, at: state.now() };
  state.hooks.onIncumbent?.({
    memberOfTrip,
    objective: cost,
    bound,
    gap: gapOf(cost, bound),
    seconds: secondsOf(state),
    source,
  });
}

function sumOf(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum;
}

/** The consequence model's cost of an allocation (the objective the report shows). */
function realCost(state: SolveState, memberOfTrip: Int32Array): number {
  return allocationCost(state.trips, state.fleet, { memberOfTrip, reasonOfTrip: [] }, state.ctx);
}

function secondsOf(state: SolveState): number {
  return (state.now() - state.t0) / 1000;
}

function gapOf(objective: number, bound: number): number {
  return Math.max(0, (objective - bound) / Math.max(1, Math.abs(objective)));
}

function unallocatedKm(trips: readonly Trip[], memberOfTrip: Int32Array): number {
  return trips.reduce((s, trip, t) => s + (memberOfTrip[t] < 0 ? trip.distanceKm : 0), 0);
}

/** Unallocated trips of the solver's allocation keep the reason the greedy benchmark found. */
function withReasons(allocation: Allocation, greedy: Allocation): Allocation {
  allocation.memberOfTrip.forEach((m, t) => {
    if (m < 0)
      allocation.reasonOfTrip[t] = allocation.reasonOfTrip[t] ?? greedy.reasonOfTrip[t] ?? "noVehicleFree";
  });
  return allocation;
}

/**
 * A lower bound on the unallocated km of any allocation: wherever more trips overlap than the fleet
 * has vehicles, at least the surplus is left over, and at best the shortest of them. Blocks are
 * independent, so their bounds add up (the largest per block).
 */
export function leastUnallocatedKm(
  trips: readonly Trip[],
  structure: AllocationStructure,
  vehicles: number,
): number {
  let total = 0;
  for (const [from, to] of structure.blocks) {
    const ids = Array.from({ length: to - from }, (_, k) => from + k);
    let most = 0;
    for (const clique of maximalCliques(ids, structure.lo, structure.hi)) {
      if (clique.length <= vehicles) continue;
      const km = clique.map((t) => trips[t].distanceKm).sort((a, b) => a - b);
      most = Math.max(
        most,
        km.slice(0, clique.length - vehicles).reduce((a, b) => a + b, 0),
      );
    }
    total += most;
  }
  return total;
}
