import type { FleetMember, Trip } from "../model/types";
import { fleetConsequences } from "../consequences/fleetConsequences";
import type { Allocation } from "../simulation/allocation";
import type { RuleContext } from "../simulation/rules";
import { simulateSimple } from "../simulation/simulateSimple";
import { ScenarioError } from "../scenario/scenarioError";
import { allocationCost } from "./allocationCosts";
import type { AllocationMethod, AllocationRequest } from "./allocationMethod";
import type { AllocationIncumbent, AllocationReport } from "./allocationReport";
import { applyAssignment } from "./checkAssignment";
import { greedyAllocation } from "./greedy";
import type { MipSolver } from "./mipSolver";
import { optimalAllocation } from "./optimalAllocation";
import type { BlockPool } from "./relaxBlock";

/**
 * HiGHS as a host loads it. A Node host also brings threads that relax the exact allocation's
 * blocks in parallel; they are not part of the solver port (MipSolver) and are handed to the
 * exact allocation separately when it starts.
 */
export type HostSolver = MipSolver & { pool?: BlockPool };

export interface AllocationHooks {
  /** HiGHS, loaded by the host; needed for "optimal" (and for its column in a comparison). */
  solver?: HostSolver;
  onIncumbent?: (incumbent: AllocationIncumbent) => void;
  shouldStop?: () => boolean;
  onProgress?: (fraction: number) => void;
}

/** One algorithm's figures in the comparison of the scenario sheet (simple, greedy, optimal). */
export interface AllocationComparisonRow {
  method: AllocationMethod;
  yearlyCost: number;
  yearlyCo2eTonnes: number;
  unallocatedTrips: number;
  report: AllocationReport | null;
}

export interface AllocatedFleet {
  allocation: Allocation;
  /** The exact allocation's report; null for simple and greedy. */
  report: AllocationReport | null;
  /** All three side by side when the request asks for a comparison; otherwise null. */
  comparison: AllocationComparisonRow[] | null;
}

/**
 * The simulated fleet's allocation by the requested algorithm (product.md §4.2, §4.4): simple
 * (the rules in fleet order), greedy (cheapest free vehicle, reference §5.4) or optimal (HiGHS).
 * A request carrying a fixed assignment (the pane's best-so-far after a cancel) replays it instead
 * of solving, through the same acceptance rules.
 *
 * @param trips sorted by start
 */
export function allocateFleet(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  ctx: RuleContext,
  request: AllocationRequest,
  hooks: AllocationHooks = {},
): AllocatedFleet {
  const simple = simulateSimple(trips, fleet, ctx, { onProgress: hooks.onProgress });
  const compare = request.compareAllocations === true;
  if (request.allocation === "simple" && !compare)
    return { allocation: simple, report: null, comparison: null };
  const greedy = greedyAllocation(trips, fleet, ctx);
  let optimal: { allocation: Allocation; report: AllocationReport } | null = null;
  const fixed = request.fixedAssignment;
  if (fixed && request.allocation === "optimal") {
    if (fixed.memberOfTrip.length !== trips.length)
      throw new ScenarioError("savedAllocationStale", {
        saved: fixed.memberOfTrip.length,
        trips: trips.length,
      });
    const allocation = applyAssignment(trips, fleet, ctx, Int32Array.from(fixed.memberOfTrip));
    const objective = allocationCost(trips, fleet, allocation, ctx);
    // Every cost is ≥ 0, so 0 is a valid bound when the solve stopped before it had one.
    const bound = Math.min(Number.isFinite(fixed.report.bound) ? fixed.report.bound : 0, objective);
    optimal = {
      allocation,
      report: {
        ...fixed.report,
        objective,
        bound,
        optimal: false,
        gap: Math.max(0, (objective - bound) / Math.max(1, objective)),
      },
    };
  } else if (request.allocation === "optimal" || (compare && hooks.solver)) {
    if (!hooks.solver) throw new ScenarioError("solverMissing");
    optimal = optimalAllocation(
      trips,
      fleet,
      ctx,
      {
        solver: hooks.solver,
        pool: hooks.solver.pool,
        timeLimitSec: ctx.params.allocationTimeLimitSec,
        onIncumbent: hooks.onIncumbent,
        shouldStop: hooks.shouldStop,
      },
      { greedy, simple },
    );
  }
  const chosen =
    request.allocation === "optimal" && optimal
      ? optimal
      : { allocation: request.allocation === "greedy" ? greedy : simple, report: null };
  const row = (method: AllocationMethod, allocation: Allocation, report: AllocationReport | null) => {
    const c = fleetConsequences(trips, fleet, allocation, ctx.periodDays, ctx.params);
    return {
      method,
      yearlyCost: c.totalDkk,
      yearlyCo2eTonnes: c.co2eTonnes,
      unallocatedTrips: c.unallocatedTrips,
      report,
    };
  };
  const comparison = compare
    ? [
        row("simple", simple, null),
        row("greedy", greedy, null),
        ...(optimal ? [row("optimal", optimal.allocation, optimal.report)] : []),
      ]
    : null;
  return { allocation: chosen.allocation, report: chosen.report, comparison };
}
