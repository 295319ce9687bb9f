import { memberName } from "../simulation/buildFleet";
import { formatIsoDate } from "../time/naiveTime";
import type { FleetRun, ScenarioResult } from "./runScenario";
import { unallocatedReasons } from "./unallocatedByDay";
import type { FleetSummary, ScenarioSummary } from "./scenarioSummary";

/** The scenario's figures in the shape of `fleetopt simulate --json` (product.md §6). */
export function summarizeScenario(result: ScenarioResult): ScenarioSummary {
  const current = fleetSummary(result, result.current, false);
  const simulated = fleetSummary(result, result.simulated, true);
  return {
    location: result.location,
    fromDate: formatIsoDate(result.fromMs),
    toDate: formatIsoDate(result.toMs),
    periodDays: result.periodDays,
    trips: result.trips.length,
    allocation: result.allocationMethod,
    current,
    simulated,
    financialSavings: round(current.yearlyCost - simulated.yearlyCost, 2),
    co2eSavingsTonnes: round(current.yearlyCo2eTonnes - simulated.yearlyCo2eTonnes, 6),
    unallocatedReasons: unallocatedReasons(result.simulated),
    ...allocationFields(result),
  };
}

/** The exact allocation's figures (product.md §6: optimal, gap, bound at the top of the JSON). */
function allocationFields(result: ScenarioResult): Partial<ScenarioSummary> {
  const r = result.allocationReport;
  const comparison = result.allocationComparison;
  return {
    ...(r
      ? {
          optimal: r.optimal,
          gap: round(r.gap, 6),
          bound: round(r.bound, 2),
          allocationReport: {
            ...r,
            objective: round(r.objective, 2),
            bound: round(r.bound, 2),
            gap: round(r.gap, 6),
          },
        }
      : {}),
    ...(comparison
      ? {
          allocationComparison: comparison.map((c) => ({
            ...c,
            yearlyCost: round(c.yearlyCost, 2),
            yearlyCo2eTonnes: round(c.yearlyCo2eTonnes, 6),
          })),
        }
      : {}),
  };
}

function fleetSummary(result: ScenarioResult, run: FleetRun, simulated: boolean): FleetSummary {
  const c = run.consequences;
  const unallocatedTripIds: string[] = [];
  run.allocation.memberOfTrip.forEach((m, t) => {
    if (m < 0) unallocatedTripIds.push(result.trips[t].id);
  });
  return {
    yearlyCost: round(c.totalDkk, 2),
    yearlyCo2eTonnes: round(c.co2eTonnes, 6),
    unallocatedTrips: c.unallocatedTrips,
    allowance: round(c.allowanceDkk, 2),
    vehicles: c.vehicles.map((v) => ({
      id: v.member.key,
      sourceId: v.member.vehicle.id,
      copy: v.member.copy,
      name: memberName(v.member, simulated),
      km: round(v.km, 3),
      yearlyKm: round(v.yearlyKm, 1),
      trips: v.trips,
    })),
    unallocatedTripIds,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
