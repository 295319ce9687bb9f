import type { FleetMember, Trip } from "../model/types";
import type { Allocation } from "../simulation/allocation";
import type { RuleContext } from "../simulation/rules";
import { allocationCost, allocationCosts, fleetFixedCost } from "./allocationCosts";
import type { AllocationIncumbent, AllocationReport } from "./allocationReport";
import { allocationStructure } from "./allocationStructure";
import { buildBlockModel, type BlockModel } from "./blockModel";
import { applyAssignment } from "./checkAssignment";
import { maximalCliques } from "./intervalCliques";
import type { MipSolver } from "./mipSolver";

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
  proven: boolean;
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
    let proven = true;
    let tripsLeft = trips.length;
    for (const block of structure.blocks) {
      const model = buildBlockModel(structure, trips, fleet, ctx, block, unallocatedPerKm);
      const trivialBound = model.problem.offset + cheapestPerTrip(model);
      columns += model.problem.numCols;
      rows += model.problem.numRows;
      const blockTrips = block[1] - block[0];
      tripsLeft -= blockTrips;
      if (model.problem.numCols === 0) {
        for (let t = block[0]; t < block[1]; t++) memberOfTrip[t] = -1;
        bound += model.problem.offset;
        continue;
      }
      // Each block gets its share of the pass's time left by its number of trips; unused time rolls on.
      const remaining = (passDeadline - now()) / 1000;
      const share = (remaining * blockTrips) / (blockTrips + tripsLeft);
      if (remaining <= 0 || hooks.shouldStop?.()) {
        if (stoppedBy === "solved") stoppedBy = remaining <= 0 ? "timeLimit" : "cancelled";
        bound += trivialBound;
        proven = false;
        continue;
      }
      const result = hooks.solver.solve(model.problem, {
        timeLimitSec: share,
        start: warmStartVector(model, memberOfTrip, block, trips, fleet, structure.classes),
        shouldStop: hooks.shouldStop,
        onImproving: (_objective, _bound, values) => {
          writeBlock(model, values, memberOfTrip, block, structure, trips);
          offer(memberOfTrip, -Infinity);
        },
      });
      if (result.colValues) writeBlock(model, result.colValues, memberOfTrip, block, structure, trips);
      bound += Number.isFinite(result.bound) ? Math.max(result.bound, trivialBound) : trivialBound;
      if (result.status !== "optimal") {
        proven = false;
        if (stoppedBy === "solved")
          stoppedBy =
            result.status === "interrupted"
              ? "cancelled"
              : result.status === "timeLimit"
                ? "timeLimit"
                : "solved";
      }
    }
    return { memberOfTrip, bound, proven };
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
  // The solver's own answer; when a warm start is as good, the proof still covers it.
  let mipCost = real(high.memberOfTrip);
  let proven = high.proven && concave >= 0;
  // true cost = linear(high) + concave × min(Y, threshold) ≥ linear(high) (+ concave × threshold when concave < 0)
  bestBound = high.bound + Math.min(0, concave) * costs.thresholdPeriodKm;
  if (aboveThreshold) {
    // Y > threshold in every allocation: true cost = linear(high) + concave × threshold.
    bestBound = high.bound + concave * costs.thresholdPeriodKm;
  } else if (unallocatedKm(high.memberOfTrip) > 0 && concave > 0) {
    const low = pass(costs.employeeSocialPerKm + costs.allowanceLowPerKm, high.memberOfTrip, deadline);
    bestBound = Math.min(high.bound + concave * costs.thresholdPeriodKm, low.bound);
    offer(low.memberOfTrip, bestBound);
    mipCost = Math.min(mipCost, real(low.memberOfTrip));
    proven = proven && low.proven;
  }

  const source = best.source;
  const allocation =
    source === "mip"
      ? withReasons(applyAssignment(trips, fleet, ctx, best.memberOfTrip), warmStarts.greedy)
      : source === "simple" && warmStarts.simple
        ? warmStarts.simple
        : warmStarts.greedy;
  const objective = real(allocation.memberOfTrip);
  const optimal = proven && stoppedBy === "solved" && objective <= mipCost + 1e-6;
  const bound = Math.min(bestBound, objective);
  return {
    allocation,
    report: {
      objective,
      bound,
      gap: optimal ? 0 : gapOf(objective, bound),
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

/** Writes a block's solution into the assignment; pooled classes are spread over their copies. */
function writeBlock(
  model: BlockModel,
  values: Float64Array,
  memberOfTrip: Int32Array,
  [from, to]: [number, number],
  structure: ReturnType<typeof allocationStructure>,
  trips: readonly Trip[],
): void {
  for (let t = from; t < to; t++) memberOfTrip[t] = -1;
  const pooledTrips = new Map<number, number[]>();
  for (let c = 0; c < model.problem.numCols; c++) {
    if (values[c] < 0.5) continue;
    const slot = model.slots[model.colSlot[c]];
    const t = model.colTrip[c];
    if (slot.member >= 0) memberOfTrip[t] = slot.member;
    else {
      const list = pooledTrips.get(slot.cls);
      if (list) list.push(t);
      else pooledTrips.set(slot.cls, [t]);
    }
  }
  // Interval colouring in start order: the cliques guarantee a free copy (interval graphs are perfect).
  for (const [cls, list] of pooledTrips) {
    const members = structure.classes[cls].members;
    const freeAfter = members.map(() => -Infinity);
    const km = members.map(() => 0);
    for (const t of list.sort((a, b) => a - b)) {
      let pick = -1;
      for (let k = 0; k < members.length; k++)
        if (freeAfter[k] < structure.lo[t] && (pick < 0 || km[k] < km[pick])) pick = k;
      if (pick < 0) continue; // cannot happen for a feasible solution; leave the trip unallocated
      memberOfTrip[t] = members[pick];
      freeAfter[pick] = structure.hi[t];
      km[pick] += trips[t].distanceKm;
    }
  }
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
