import { beforeAll, describe, expect, it } from "vitest";
import { runScenario } from "../../../src/core/scenario/runScenario";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import type { MipSolver } from "../../../src/core/allocation/mipSolver";
import { loadHighsSolver } from "../../../src/solver/highsSolver";
import { aTrip, aVehicle, params } from "../../helpers/builders";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadHighsSolver();
});

const data = {
  vehicles: [aVehicle({ id: "1" })],
  trips: [aTrip("08:00", "09:00", 10, "1"), aTrip("08:30", "09:30", 5, "1")],
  params: params(),
};
const request = { ...defaultScenarioRequest(), location: "Loc" };

describe("optimal allocation edge cases", () => {
  it("an empty simulated fleet leaves every trip over, proven optimal", () => {
    const r = runScenario(
      data,
      { ...request, allocation: "optimal", fleet: [{ sourceId: "1", count: 0 }] },
      { solver },
    );
    expect(r.simulated.consequences.unallocatedTrips).toBe(2);
    expect(r.allocationReport?.optimal).toBe(true);
    expect(r.allocationReport?.gap).toBe(0);
  });

  it("a CO2e weight of 0 optimises money only and still reports the consequence model's figures", () => {
    const r = runScenario(
      { ...data, params: params({ allocationCo2eWeight: 0 }) },
      { ...request, allocation: "optimal" },
      { solver },
    );
    // Weighted objective without the social cost; the sheet's total keeps it.
    expect(r.allocationReport?.objective).toBeCloseTo(
      r.simulated.consequences.totalDkk - r.simulated.consequences.socialCostDkk,
      4,
    );
  });

  it("a solver that stops at once (cancel) still answers with the warm start, not proven", () => {
    const r = runScenario(data, { ...request, allocation: "optimal" }, { solver, shouldStop: () => true });
    expect(r.allocationReport?.stoppedBy).toBe("cancelled");
    expect(r.allocationReport?.optimal).toBe(false);
    expect(r.simulated.consequences.unallocatedTrips).toBe(1);
  });
});
