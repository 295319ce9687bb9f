import type { FleetCount, Vehicle } from "../model/types";
import { fleetConsequences } from "../consequences/fleetConsequences";
import { simulatedFleet } from "../simulation/buildFleet";
import { simulateSimple } from "../simulation/simulateSimple";
import { runScenario, type ScenarioData, type ScenarioResult } from "../scenario/runScenario";
import type { AllocationMethod, ScenarioRequest } from "../scenario/scenarioRequest";
import type { SearchGoals } from "./searchRequest";
import { coverageViolation } from "./coverage";

/** A fleet simulated on the full period: the figures a manual scenario with this fleet shows. */
export interface FleetEvaluation {
  /** The composition key (counts per model), e.g. "2,0,1". */
  key: string;
  counts: readonly number[];
  /** Counts per representative Bil id, in model order, zero counts left out. */
  fleet: FleetCount[];
  yearlyCost: number;
  yearlyCo2eTonnes: number;
  unallocatedTrips: number;
  /** 0 when the fleet leaves no more unallocated trips than the goals allow (see coverageViolation). */
  coverageViolation: number;
}

/**
 * Simulates fleets on the whole selected period and remembers every answer by composition, so a
 * fleet the tabu search meets again costs nothing. "simple" runs the rule-based simulation on the
 * scenario's prepared trips (what runScenario does, without re-reading the trips every time); any
 * other method goes through runScenario itself, so greedy is used as soon as runScenario offers it.
 */
export class FleetEvaluator {
  private readonly cache = new Map<string, FleetEvaluation>();
  /** Simulations actually run (cache misses). */
  simulations = 0;
  private readonly byId: ReadonlyMap<string, Vehicle>;

  constructor(
    private readonly data: ScenarioData,
    private readonly request: ScenarioRequest,
    private readonly base: ScenarioResult,
    private readonly method: AllocationMethod,
    private readonly representatives: readonly Vehicle[],
    private readonly goals: SearchGoals,
  ) {
    this.byId = new Map(data.vehicles.map((v) => [v.id, v]));
  }

  fleetOf(counts: readonly number[]): FleetCount[] {
    const fleet: FleetCount[] = [];
    counts.forEach((count, i) => {
      if (count > 0) fleet.push({ sourceId: this.representatives[i].id, count });
    });
    return fleet;
  }

  get evaluations(): FleetEvaluation[] {
    return [...this.cache.values()];
  }

  evaluate(counts: readonly number[]): FleetEvaluation {
    const key = counts.join(",");
    const hit = this.cache.get(key);
    if (hit) return hit;
    const fleet = this.fleetOf(counts);
    const run = this.simulate(fleet);
    const evaluation: FleetEvaluation = {
      key,
      counts: [...counts],
      fleet,
      yearlyCost: run.consequences.totalDkk,
      yearlyCo2eTonnes: run.consequences.co2eTonnes,
      unallocatedTrips: run.consequences.unallocatedTrips,
      coverageViolation: coverageViolation(this.base.trips, run.allocation, this.goals),
    };
    this.simulations++;
    this.cache.set(key, evaluation);
    return evaluation;
  }

  private simulate(fleet: FleetCount[]) {
    if (this.method === "simple") {
      const members = simulatedFleet(fleet, this.byId);
      const ctx = {
        params: this.data.params,
        periodDays: this.base.periodDays,
        limitKm: this.request.limitKm,
      };
      const allocation = simulateSimple(this.base.trips, members, ctx);
      return {
        allocation,
        consequences: fleetConsequences(
          this.base.trips,
          members,
          allocation,
          this.base.periodDays,
          this.data.params,
        ),
      };
    }
    return runScenario(this.data, { ...this.request, fleet, allocation: this.method }).simulated;
  }
}
