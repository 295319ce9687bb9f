/**
 * Allocation figures for `npm run bench` (issue 5): the greedy benchmark and the exact allocation
 * (HiGHS) on a seeded location. The trips are those of 100 home-care vehicles (about 2,000 a week);
 * the simulated fleet has 60 vehicles of 8 models, as municipal fleets lease a few models in
 * numbers, so the optimiser must choose which trips the fleet drives and which go to employees'
 * own cars. A second fleet of 60 all-different vehicles (every car its own WLTP) shows the hard
 * case without identical copies.
 */
import type { Vehicle } from "../src/core/model/types";
import { defaultParameters } from "../src/core/model/parameters";
import { runScenario } from "../src/core/scenario/runScenario";
import { defaultScenarioRequest, type AllocationMethod } from "../src/core/scenario/scenarioRequest";
import type { MipSolver } from "../src/core/allocation/mipSolver";
import { loadHighsSolver } from "../src/solver/highsSolver";
import { loadNodeSolver } from "../src/solver/nodeSolver";
import { syntheticLocation } from "./syntheticLocation";

/** Model specs by the vehicle's position: 6 bikes, 18 EVs of 2 models, 36 cars of 4 models. */
function asModels(vehicles: Vehicle[]): Vehicle[] {
  return vehicles.map((v, i) => {
    if (v.type === "bike") return { ...v, yearlyCostDkk: 2000 };
    if (v.type === "ev")
      return {
        ...v,
        whPerKm: i % 2 ? 150 : 175,
        yearlyCostDkk: i % 2 ? 42000 : 46000,
        model: i % 2 ? "Zoe" : "e-208",
      };
    const k = i % 4;
    return {
      ...v,
      fuel: k === 3 ? "diesel" : "petrol",
      fuelLabel: k === 3 ? "diesel" : "benzin",
      kmPerLitre: [22, 18, 16, 24][k],
      yearlyCostDkk: [38000, 41000, 44000, 47000][k],
      model: `Car${k}`,
    };
  });
}

function fleetOf(vehicles: Vehicle[], size: number, byModel: boolean) {
  const chosen = vehicles.slice(0, size);
  if (!byModel) return chosen.map((v) => ({ sourceId: v.id, count: 1 }));
  const counts = new Map<string, { sourceId: string; count: number }>();
  for (const v of chosen) {
    const key = `${v.type}|${v.whPerKm}|${v.kmPerLitre}|${v.yearlyCostDkk}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { sourceId: v.id, count: 1 });
  }
  return [...counts.values()];
}

export async function benchAllocation(): Promise<void> {
  // As the CLI runs it: HiGHS on this thread and a pool of worker threads for the blocks.
  const solver = await loadNodeSolver();
  const single = await loadHighsSolver();
  console.log(
    `allocation (HiGHS; ${1 + (solver.pool?.threads ?? 0)} threads; time limit 30 s; one run each, s)`,
  );
  for (const [weeks, byModel, drivers] of [
    [1, true, 60],
    [1, true, 100],
    [8, true, 100],
    [1, false, 100],
  ] as const) {
    // drivers: how many vehicles drove the trips (60: the fleet can drive them all; 100: it cannot)
    const loc = syntheticLocation(20251123, drivers, weeks);
    const vehicles = byModel ? asModels(loc.vehicles) : loc.vehicles;
    const params = { ...defaultParameters(), allocationTimeLimitSec: 30 };
    const data = { vehicles, trips: loc.trips, params };
    const fleet = fleetOf(vehicles, 60, byModel);
    const label = `${weeks} week${weeks > 1 ? "s" : ""}, trips of ${drivers} vehicles, fleet of 60 (${byModel ? `${fleet.length} models` : "all different"})`;
    // The task pane has no pool (no SharedArrayBuffer without cross-origin isolation): one thread.
    const runs: [AllocationMethod, MipSolver, string][] = [
      ["simple", solver, "simple"],
      ["greedy", solver, "greedy"],
      ["optimal", solver, "optimal"],
    ];
    if (weeks === 1 && drivers === 100 && byModel) runs.push(["optimal", single, "optimal, 1 thread (pane)"]);
    for (const [allocation, using, name] of runs) {
      const request = {
        ...defaultScenarioRequest(),
        location: "Bench",
        fromDate: loc.fromDate,
        toDate: loc.toDate,
        fleet,
        allocation,
      };
      const t0 = performance.now();
      const r = runScenario(data, request, { solver: using });
      const s = (performance.now() - t0) / 1000;
      const c = r.simulated.consequences;
      const rep = r.allocationReport;
      console.log(
        `  ${label}, ${r.trips.length} trips, ${name.padEnd(7)} ${s.toFixed(2).padStart(6)} s  ` +
          `cost ${Math.round(c.totalDkk).toLocaleString("en")} kr/yr, unallocated ${c.unallocatedTrips}` +
          (rep
            ? `, optimal ${rep.optimal}, gap ${(rep.gap * 100).toFixed(4)} %, bound ${Math.round(rep.bound).toLocaleString("en")}, ` +
              `${rep.blocks} blocks, ${rep.columns} columns, ${rep.rows} rows, solver ${rep.seconds.toFixed(2)} s, ${rep.stoppedBy}`
            : ""),
      );
    }
  }
  solver.close();
}

if (require.main === module) void benchAllocation();
