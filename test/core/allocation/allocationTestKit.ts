import type { FleetMember, Trip } from "../../../src/core/model/types";
import type { RuleContext } from "../../../src/core/simulation/rules";
import { optimalAllocation } from "../../../src/core/allocation/optimalAllocation";
import { greedyAllocation } from "../../../src/core/allocation/greedy";
import { allocationCost } from "../../../src/core/allocation/allocationCosts";
import { checkAssignment } from "../../../src/core/allocation/checkAssignment";
import type { MipSolver } from "../../../src/core/allocation/mipSolver";
import { simulateSimple } from "../../../src/core/simulation/simulateSimple";

/** The exact allocation as runScenario calls it: greedy and simple as the warm starts, 60 s. */
export const solveOptimal = (trips: Trip[], fleet: FleetMember[], ctx: RuleContext, solver: MipSolver) =>
  optimalAllocation(
    trips,
    fleet,
    ctx,
    { solver, timeLimitSec: 60 },
    { greedy: greedyAllocation(trips, fleet, ctx), simple: simulateSimple(trips, fleet, ctx) },
  );

/** Every assignment of the trips to the fleet or to nobody that the rules accept: the cheapest cost. */
export function bruteForce(trips: Trip[], fleet: FleetMember[], ctx: RuleContext): number {
  const choices = fleet.length + 1;
  let best = Infinity;
  const memberOfTrip = new Int32Array(trips.length);
  for (let code = 0; code < choices ** trips.length; code++) {
    let c = code;
    for (let t = 0; t < trips.length; t++) {
      memberOfTrip[t] = (c % choices) - 1;
      c = Math.floor(c / choices);
    }
    if (checkAssignment(trips, fleet, ctx, memberOfTrip).length > 0) continue;
    best = Math.min(best, allocationCost(trips, fleet, { memberOfTrip, reasonOfTrip: [] }, ctx));
  }
  return best;
}

/** A small linear congruential generator: random cases that are the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Minutes after midnight as "HH:MM". */
export const hhmm = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
