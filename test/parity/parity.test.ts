import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { parityCases, referenceKmBySource } from "./parityCases";

const cases = parityCases();
const within = (ours: number, ref: number, pct: number) =>
  Math.abs(ours - ref) <= (Math.abs(ref) * pct) / 100;

describe.skipIf(cases.length === 0)("agreement with OS2 FleetOptimiser (../shared/parity)", () => {
  for (const c of cases) {
    it(`${c.name}: both fleets' trips, km per vehicle, unallocated trips, yearly cost and CO2e equal the reference`, async () => {
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
      expect(s.simulated.unallocatedTrips).toBe(c.reference.unallocated);
      const refSimKm = referenceKmBySource(c.reference.allocated_km_per_vehicle.simulation);
      const simKm = new Map<string, number>();
      for (const v of s.simulated.vehicles) simKm.set(v.sourceId, (simKm.get(v.sourceId) ?? 0) + v.km);
      for (const [id, km] of refSimKm) expect(Math.abs((simKm.get(id) ?? 0) - km)).toBeLessThanOrEqual(0.01);
      expect(within(s.simulated.yearlyCost, c.reference.yearly_cost.simulation, 0.01)).toBe(true);
      expect(within(s.simulated.yearlyCo2eTonnes, c.reference.yearly_co2e_tonnes.simulation, 0.01)).toBe(
        true,
      );
    });
  }
});
