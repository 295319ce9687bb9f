import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { parityCases, referenceKmBySource } from "./parityCases";

const cases = parityCases();
const within = (ours: number, ref: number, pct: number) =>
  Math.abs(ours - ref) <= (Math.abs(ref) * pct) / 100;

describe.skipIf(cases.length === 0)("agreement with OS2 FleetOptimiser (../shared/parity)", () => {
  for (const c of cases) {
    it(`${c.name}: the current fleet's trips, km per vehicle, yearly cost and CO2e equal the reference`, async () => {
      let out = "";
      const code = await runCli(["simulate", c.workbook, ...c.args, "--json"], {
        stdout: (t) => (out += t),
        stderr: () => {},
      });
      expect(code).toBe(0);
      const s = JSON.parse(out);
      expect(s.trips).toBe(c.reference.number_of_trips);
      expect(s.current.unallocatedTrips).toBe(c.reference.unallocated_current);
      const refKm = referenceKmBySource(c.reference.allocated_km_per_vehicle.current);
      for (const v of s.current.vehicles)
        expect(Math.abs(v.km - (refKm.get(v.sourceId) ?? 0))).toBeLessThanOrEqual(0.01);
      expect(within(s.current.yearlyCost, c.reference.yearly_cost.current, 0.01)).toBe(true);
      expect(within(s.current.yearlyCo2eTonnes, c.reference.yearly_co2e_tonnes.current, 0.01)).toBe(true);
      // The simulated fleet: the same trip count left over as the reference, and yearly cost close.
      // Exact km per vehicle awaits the simulation-fidelity issue (tie order among trips starting
      // at the same minute: the reference sorts with numpy's unstable quicksort).
      expect(s.simulated.unallocatedTrips).toBe(c.reference.unallocated);
      expect(within(s.simulated.yearlyCost, c.reference.yearly_cost.simulation, 0.1)).toBe(true);
    });
  }
});
