import type { FleetMember, Trip } from "../model/types";
import type { Allocation } from "../simulation/allocation";
import type { RuleContext } from "../simulation/rules";
import { allocationCost, allocationCosts, fleetFixedCost } from "./allocationCosts";
import type { AllocationIncumbent, AllocationReport } from "./allocationReport";
import { allocationStructure } from "./allocationStructure";
import { buildBlockModel } from "./blockModel";
import { assignBlock, warmStartVector } from "./blockAssignment";
import { applyAssignment } from "./checkAssignment";
import { maximalCliques } from "./intervalCliques";
import { MIP_REL_GAP, type MipSolver } from "./mipSolver";
import { relaxBlock, taskTimeShare, timeShareOf, type BlockRelaxation, type RelaxTask } from "./relaxBlock";

export interface OptimalAllocationHooks {
  solver: MipSolver;
  timeLimitSec: number;
  /** Every better allocation found, as soon as it is found (the pane keeps the latest for a cancel). */
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

interface PassResult {
  memberOfTrip: Int32Array;
  /** Lower bound on the pass's linear cost (fixed costs included). */
  bound: number;
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
  const now = hooks.now ?? Date.now;
  const t0 = now();
  const deadline = t0 + hooks.timeLimitSec * 1000;
  const costs = allocationCosts(fleet, ctx);
  const structure = allocationStructure(trips, fleet, ctx, costs.memberPerKm);
  const fixed = fleetFixedCost(fleet);
  const concave = costs.allowanceLowPerKm - costs.allowanceHighPerKm;
  const real = (memberOfTrip: Int32Array) =>
    allocationCost(trips, fleet, { memberOfTrip, reasonOfTrip: [] }, ctx);

  let best: { memberOfTrip: Int32Array; cost: number; source: AllocationReport["source"] } = {
    memberOfTrip: warmStarts.greedy.memberOfTrip,
    cost: real(warmStarts.greedy.memberOfTrip),
    source: "greedy",
  };
  if (warmStarts.simple) {
    const simpleCost = real(warmStarts.simple.memberOfTrip);
    if (simpleCost < best.cost)
      best = { memberOfTrip: warmStarts.simple.memberOfTrip, cost: simpleCost, source: "simple" };
  }
  let bestBound = -Infinity;
  let stoppedBy: AllocationReport["stoppedBy"] = "solved";
  let columns = 0;
  let rows = 0;
  const seconds = () => (now() - t0) / 1000;
  const gapOf = (objective: number, bound: number) =>
    Math.max(0, (objective - bound) / Math.max(1, Math.abs(objective)));
  const offer = (memberOfTrip: Int32Array, passBound: number, cost = real(memberOfTrip)) => {
    if (!(cost < best.cost - 1e-9)) return;
    best = { memberOfTrip: memberOfTrip.slice(), cost, source: "mip" };
    const bound = Math.max(bestBound, passBound);
    hooks.onIncumbent?.({
      memberOfTrip: best.memberOfTrip,
      objective: cost,
      bound,
      gap: gapOf(cost, bound),
      seconds: seconds(),
      source: "mip",
    });
  };
  // The warm start is the first "best so far": a cancel at any moment has an allocation to keep.
  hooks.onIncumbent?.({
    memberOfTrip: best.memberOfTrip,
    objective: best.cost,
    bound: -Infinity,
    gap: 1,
    seconds: seconds(),
    source: best.source,
  });

  const pass = (unallocatedPerKm: number, start: Int32Array, passDeadline: number): PassResult => {
    const memberOfTrip = start.slice();
    // A block's new allocation (a relaxation's rounding, a time-limited MIP's solution) can be
    // worse than the one it has, e.g. greedy's: it is kept only where it lowers the real cost.
    let passCost = real(memberOfTrip);
    const tryBlock = (assigned: Int32Array, from: number): boolean => {
      const trial = memberOfTrip.slice();
      trial.set(assigned, from);
      const cost = real(trial);
      if (!(cost < passCost - 1e-9)) return false;
      memberOfTrip.set(assigned, from);
      passCost = cost;
      offer(memberOfTrip, -Infinity, cost);
      return true;
    };
    let bound = fixed;
    // Model cost and gap (cost − bound) of the blocks settled so far.
    let settledCost = fixed;
    let settledGap = 0;
    const stopped = () => {
      const remaining = (passDeadline - now()) / 1000;
      if (remaining > 0 && !hooks.shouldStop?.()) return false;
      if (stoppedBy === "solved") stoppedBy = remaining <= 0 ? "timeLimit" : "cancelled";
      return true;
    };
    /** Each block gets its share of the time left by its trips (of those still to solve). */
    const shareOf = (blockTrips: number, tripsLeft: number) => () =>
      timeShareOf((passDeadline - now()) / 1000, blockTrips, tripsLeft, 1);
    // Phase 1, every block: LP first (a real bound for each block before any branching).
    const open: {
      block: [number, number];
      lpBound: number;
      trivialBound: number;
      /** The model's objective of the block's allocation so far (NaN without one). */
      objective: number;
    }[] = [];
    // The blocks' tolerances: MIP_REL_GAP of its own cost, or of its share (by trips) of the
    // fleet's fixed cost if that is more. Summed over the blocks it stays within MIP_REL_GAP of
    // the whole objective (fixed cost + the blocks' costs), which is the gap the report shows.
    // Largest blocks first: with several threads the longest jobs first keeps them all busy.
    const tasks: RelaxTask[] = structure.blocks
      .map(([from, to], block) => ({
        block,
        unallocatedPerKm,
        tolerance: MIP_REL_GAP * Math.max(0, (fixed * (to - from)) / Math.max(1, trips.length)),
        trips: to - from,
      }))
      .sort((a, b) => b.trips - a.trips || a.block - b.block);
    const setting = { trips, fleet, ctx, structure };
    const running = () => passDeadline - now() > 0 && !hooks.shouldStop?.();
    const relaxed = new Uint8Array(tasks.length);
    const onRelaxed = (task: RelaxTask, r: BlockRelaxation) => {
      const block = structure.blocks[task.block];
      relaxed[task.block] = 1;
      columns += r.columns;
      rows += r.rows;
      if (r.assigned) tryBlock(r.assigned, block[0]);
      if (r.settled) {
        const settledBound = Math.max(r.lpBound, r.trivialBound);
        bound += settledBound;
        settledCost += r.objective;
        settledGap += r.objective - settledBound;
      } else open.push({ block, lpBound: r.lpBound, trivialBound: r.trivialBound, objective: r.objective });
    };
    const relaxHere = (task: RelaxTask, share: () => number, stillRunning: () => boolean) =>
      relaxBlock(setting, task, start, hooks.solver, share, stillRunning);
    const { pool } = hooks.solver;
    if (pool)
      pool.relaxAll(
        { trips, fleet, ctx, start, tasks, deadlineMs: Date.now() + (passDeadline - now()), running },
        relaxHere,
        onRelaxed,
      );
    else
      tasks.forEach((task, k) => {
        const share = taskTimeShare(passDeadline, tasks, k, 1, now);
        onRelaxed(task, relaxHere(task, share, running));
      });
    // A block the pool gave up on (a thread that failed or never answered) stays open, unbounded.
    tasks.forEach((task) => {
      if (!relaxed[task.block])
        open.push({
          block: structure.blocks[task.block],
          lpBound: -Infinity,
          trivialBound: -Infinity,
          objective: NaN,
        });
    });
    // Phase 2, the blocks the LP did not settle, largest gap first: the exact model, warm-started
    // from the best so far, with the LP bound kept — until the whole pass is within MIP_REL_GAP
    // (the proof is of the total, not of each block) or the time is up.
    const blockBound = (o: (typeof open)[number]) => Math.max(o.lpBound, o.trivialBound);
    const gapOfBlock = (o: (typeof open)[number]) =>
      Number.isNaN(o.objective) ? Infinity : o.objective - blockBound(o);
    open.sort((a, b) => gapOfBlock(b) - gapOfBlock(a));
    let openTrips = open.reduce((n, o) => n + o.block[1] - o.block[0], 0);
    // A block without an allocation yet (NaN) counts through its infinite gap, not its cost.
    const costOf = (o: (typeof open)[number]) => (Number.isNaN(o.objective) ? 0 : o.objective);
    open.forEach((entry, i) => {
      const { block, lpBound, trivialBound } = entry;
      const blockTrips = block[1] - block[0];
      const share = shareOf(blockTrips, openTrips);
      openTrips -= blockTrips;
      const rest = open.slice(i);
      const openCost = rest.reduce((sum, o) => sum + costOf(o), 0);
      const openGap = rest.reduce((sum, o) => sum + gapOfBlock(o), 0);
      const withinTotal = settledGap + openGap <= MIP_REL_GAP * Math.abs(settledCost + openCost) - 1e-9;
      if (withinTotal || stopped()) {
        bound += blockBound(entry);
        return;
      }
      // The exact model: a column set per vehicle where a class needs rows of its own.
      const model = buildBlockModel(structure, trips, fleet, ctx, block, unallocatedPerKm);
      // The model's cost of the block's allocation as held (phase 1's when greedy's was kept
      // instead: then it overstates the gap, never understates it).
      let heldCost = entry.objective;
      const result = hooks.solver.solve(model.problem, {
        timeLimitSec: share(),
        start: warmStartVector(model, memberOfTrip, block, trips, fleet, structure.classes),
        shouldStop: hooks.shouldStop,
        onImproving: (_objective, _bound, values) => {
          const assigned = assignBlock(model, values, block, structure, trips, false);
          if (assigned && tryBlock(assigned.memberOfTrip, block[0])) heldCost = assigned.objective;
        },
      });
      const assigned =
        result.colValues && assignBlock(model, result.colValues, block, structure, trips, false);
      if (assigned && tryBlock(assigned.memberOfTrip, block[0])) heldCost = assigned.objective;
      const mipBound = Number.isFinite(result.bound) ? result.bound : -Infinity;
      const solvedBound = Math.max(mipBound, lpBound, trivialBound);
      bound += solvedBound;
      settledCost += heldCost;
      settledGap += Number.isNaN(heldCost) ? Infinity : heldCost - solvedBound;
      if (result.status !== "optimal") {
        if (stoppedBy === "solved")
          stoppedBy =
            result.status === "interrupted"
              ? "cancelled"
              : result.status === "timeLimit"
                ? "timeLimit"
                : "solved";
      }
    });
    return { memberOfTrip, bound };
  };

  const unallocatedKm = (memberOfTrip: Int32Array) =>
    trips.reduce((s, trip, t) => s + (memberOfTrip[t] < 0 ? trip.distanceKm : 0), 0);
  // When more trips overlap than the fleet has vehicles, every allocation leaves more than the
  // allowance threshold over: then only the first pass's regime exists and it gets all the time.
  const aboveThreshold =
    concave > 0 && leastUnallocatedKm(trips, structure, fleet.length) > costs.thresholdPeriodKm;
  // Otherwise the first pass keeps a third of the time for the second (needed if trips are left over).
  const high = pass(
    costs.employeeSocialPerKm + costs.allowanceHighPerKm,
    best.memberOfTrip,
    aboveThreshold ? deadline : t0 + hooks.timeLimitSec * 1000 * (2 / 3),
  );
  offer(high.memberOfTrip, high.bound);
  // true cost = linear(high) + concave × min(Y, threshold) ≥ linear(high) (+ concave × threshold when concave < 0)
  bestBound = high.bound + Math.min(0, concave) * costs.thresholdPeriodKm;
  if (aboveThreshold) {
    // Y > threshold in every allocation: true cost = linear(high) + concave × threshold.
    bestBound = high.bound + concave * costs.thresholdPeriodKm;
  } else if (unallocatedKm(high.memberOfTrip) > 0 && concave > 0) {
    const low = pass(costs.employeeSocialPerKm + costs.allowanceLowPerKm, high.memberOfTrip, deadline);
    bestBound = Math.min(high.bound + concave * costs.thresholdPeriodKm, low.bound);
    offer(low.memberOfTrip, bestBound);
  }

  const source = best.source;
  const allocation =
    source === "mip"
      ? withReasons(applyAssignment(trips, fleet, ctx, best.memberOfTrip), warmStarts.greedy)
      : source === "simple" && warmStarts.simple
        ? warmStarts.simple
        : warmStarts.greedy;
  const objective = real(allocation.memberOfTrip);
  const bound = Math.min(bestBound, objective);
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
      seconds: seconds(),
      stoppedBy,
      source,
      blocks: structure.blocks.length,
      columns,
      rows,
    },
  };
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
  structure: ReturnType<typeof allocationStructure>,
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
