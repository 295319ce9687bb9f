import type { FleetMember, Trip } from "../model/types";
import type { Allocation } from "../simulation/allocation";
import type { RuleContext } from "../simulation/rules";
import { allocationCost, allocationCosts, fleetFixedCost } from "./allocationCosts";
import type { AllocationIncumbent, AllocationReport } from "./allocationReport";
import { allocationStructure, type AllocationStructure } from "./allocationStructure";
import { buildBlockModel, rowsByTrip, type BlockModel, type RowSpec } from "./blockModel";
import { dutyCost, isDuty, solveDutyLp, withDutyColumns, type DutyColumn } from "./dutyMaster";
import { applyAssignment } from "./checkAssignment";
import { maximalCliques } from "./intervalCliques";
import { MIP_REL_GAP, type MipProblem, type MipResult, type MipSolver } from "./mipSolver";

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

/**
 * Column generation stops once its bound is within this share of the block's tolerance of the LP
 * (the last rounds of a column generation gain little); the dive and rounding keep the rest.
 */
const CLOSE_ENOUGH = 0.5;

/** Blocks with more base columns than this pool their bikes instead of generating duties. */
const DUTY_MAX_COLUMNS = 4000;

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
  const offer = (memberOfTrip: Int32Array, passBound: number) => {
    const cost = real(memberOfTrip);
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
      (((passDeadline - now()) / 1000) * blockTrips) / Math.max(1, tripsLeft);
    // Phase 1, every block: LP first (a real bound for each block before any branching).
    const open: {
      block: [number, number];
      lpBound: number;
      trivialBound: number;
      /** The model's objective of the block's allocation so far (NaN without one). */
      objective: number;
    }[] = [];
    let tripsLeft = trips.length;
    const { openLp } = hooks.solver;
    for (const block of structure.blocks) {
      // Identical bikes with rows of their own as duty columns (generated) when the solver keeps an
      // LP between solves, else pooled with their rows summed (a relaxation). Without such a class
      // the model is the exact model itself.
      let relaxedModel = buildBlockModel(
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
      if (relaxedModel.dutyClasses.length > 0 && relaxedModel.problem.numCols > DUTY_MAX_COLUMNS)
        relaxedModel = buildBlockModel(structure, trips, fleet, ctx, block, unallocatedPerKm, "pooled");
      const trivialBound = relaxedModel.problem.offset + cheapestPerTrip(relaxedModel);
      columns += relaxedModel.problem.numCols;
      rows += relaxedModel.problem.numRows;
      const blockTrips = block[1] - block[0];
      const share = shareOf(blockTrips, tripsLeft);
      tripsLeft -= blockTrips;
      if (relaxedModel.problem.numCols === 0 && relaxedModel.dutyClasses.length === 0) {
        for (let t = block[0]; t < block[1]; t++) memberOfTrip[t] = -1;
        bound += relaxedModel.problem.offset;
        settledCost += relaxedModel.problem.offset;
        continue;
      }
      if (stopped()) {
        open.push({ block, lpBound: -Infinity, trivialBound, objective: NaN });
        continue;
      }
      // The block's tolerance: MIP_REL_GAP of its own cost, or of its share (by trips) of the
      // fleet's fixed cost if that is more. Summed over the blocks it stays within MIP_REL_GAP of
      // the whole objective (fixed cost + the blocks' costs), which is the gap the report shows.
      const tolerance = MIP_REL_GAP * Math.max(0, (fixed * blockTrips) / Math.max(1, trips.length));
      let dutyColumns: DutyColumn[] = [];
      let lp: { values: Float64Array | null; bound: number };
      if (openLp && relaxedModel.dutyClasses.length > 0) {
        const generated = solveDutyLp(
          { ...hooks.solver, openLp },
          relaxedModel,
          currentDuties(relaxedModel, memberOfTrip, structure),
          structure.lo,
          structure.hi,
          share,
          hooks.shouldStop,
          tolerance * CLOSE_ENOUGH,
        );
        dutyColumns = generated.columns;
        lp = {
          bound: generated.bound,
          values: generated.values
            ? roundLp(
                hooks.solver,
                withDutyColumns(relaxedModel, dutyColumns),
                generated.values,
                generated.bound,
                share,
                hooks.shouldStop,
                tolerance,
                true,
              )
            : null,
        };
      } else lp = lpFirst(hooks.solver, relaxedModel, share, hooks.shouldStop, tolerance);
      let objective = NaN;
      if (lp.values) {
        // Split the relaxed pools onto their copies; where that fails, repack the pool (its best
        // split of its own and the open trips). Proven when still within the tolerance of the bound.
        const assigned = assignBlock(relaxedModel, lp.values, block, structure, trips, true, dutyColumns);
        if (assigned) {
          memberOfTrip.set(assigned.memberOfTrip, block[0]);
          offer(memberOfTrip, -Infinity);
          objective = assigned.objective;
          if (
            assigned.objective - lp.bound <=
            Math.max(MIP_REL_GAP * Math.abs(assigned.objective), tolerance) + 1e-9
          ) {
            const settledBound = Math.max(lp.bound, trivialBound);
            bound += settledBound;
            settledCost += objective;
            settledGap += objective - settledBound;
            continue;
          }
        }
      }
      open.push({
        block,
        lpBound: lp.bound,
        trivialBound,
        objective,
      });
    }
    // Phase 2, the blocks the LP did not settle, largest gap first: the exact model, warm-started
    // from the best so far, with the LP bound kept — until the whole pass is within MIP_REL_GAP
    // (the proof is of the total, not of each block) or the time is up.
    const blockBound = (o: (typeof open)[number]) => Math.max(o.lpBound, o.trivialBound);
    const gapOfBlock = (o: (typeof open)[number]) =>
      Number.isNaN(o.objective) ? Infinity : o.objective - blockBound(o);
    open.sort((a, b) => gapOfBlock(b) - gapOfBlock(a));
    let openTrips = open.reduce((n, o) => n + o.block[1] - o.block[0], 0);
    let openCost = open.reduce((s, o) => s + o.objective, 0);
    let openGap = open.reduce((s, o) => s + gapOfBlock(o), 0);
    for (const entry of open) {
      const { block, lpBound, trivialBound } = entry;
      const blockTrips = block[1] - block[0];
      const share = shareOf(blockTrips, openTrips);
      openTrips -= blockTrips;
      const withinTotal = settledGap + openGap <= MIP_REL_GAP * Math.abs(settledCost + openCost) - 1e-9;
      if (withinTotal || stopped()) {
        bound += blockBound(entry);
        continue;
      }
      openCost -= entry.objective;
      openGap -= gapOfBlock(entry);
      // The exact model: a column set per vehicle where a class needs rows of its own.
      const model = buildBlockModel(structure, trips, fleet, ctx, block, unallocatedPerKm);
      const result = hooks.solver.solve(model.problem, {
        timeLimitSec: share(),
        start: warmStartVector(model, memberOfTrip, block, trips, fleet, structure.classes),
        shouldStop: hooks.shouldStop,
        onImproving: (_objective, _bound, values) => {
          if (writeBlock(model, values, memberOfTrip, block, structure, trips))
            offer(memberOfTrip, -Infinity);
        },
      });
      if (result.colValues) writeBlock(model, result.colValues, memberOfTrip, block, structure, trips);
      const mipBound = Number.isFinite(result.bound) ? result.bound : -Infinity;
      const solvedBound = Math.max(mipBound, lpBound, trivialBound);
      bound += solvedBound;
      const solvedCost = result.colValues ? result.objective : entry.objective;
      settledCost += solvedCost;
      settledGap += Number.isNaN(solvedCost) ? Infinity : solvedCost - solvedBound;
      if (result.status !== "optimal") {
        if (stoppedBy === "solved")
          stoppedBy =
            result.status === "interrupted"
              ? "cancelled"
              : result.status === "timeLimit"
                ? "timeLimit"
                : "solved";
      }
    }
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

/**
 * Writes a block's solution into the assignment; pooled classes are spread over their copies.
 * False (and nothing written) when a relaxed pool's trips cannot be split onto its copies.
 */
function writeBlock(
  model: BlockModel,
  values: Float64Array,
  memberOfTrip: Int32Array,
  block: [number, number],
  structure: AllocationStructure,
  trips: readonly Trip[],
): boolean {
  const assigned = assignBlock(model, values, block, structure, trips, false);
  if (assigned) memberOfTrip.set(assigned.memberOfTrip, block[0]);
  return assigned !== null;
}

/**
 * The block's trips on vehicles (−1: unallocated) from a 0/1 solution of its model, and the
 * model's objective of that assignment. Pools are split onto their copies (splitPool); a relaxed
 * pool whose trips do not split is repacked when `repack` is set (the best split of its own trips
 * and those the solution leaves open, which may cost a little), else the result is null.
 */
function assignBlock(
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
function warmStartVector(
  model: BlockModel,
  memberOfTrip: Int32Array,
  [from, to]: [number, number],
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  classes: ReturnType<typeof allocationStructure>["classes"],
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

/** A bound without the solver: every trip on its cheapest column, as if no two trips competed. */
function cheapestPerTrip(model: BlockModel): number {
  const best = new Map<number, number>();
  model.colTrip.forEach((t, c) => best.set(t, Math.min(best.get(t) ?? 0, model.problem.colCost[c])));
  for (const d of model.dutyClasses)
    for (const t of d.own) best.set(t, Math.min(best.get(t) ?? 0, d.costOf(t)));
  let sum = 0;
  for (const v of best.values()) sum += v;
  return sum;
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
