import { beforeAll, describe, expect, it } from "vitest";
import { runScenario } from "../../../src/core/scenario/runScenario";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import { summarizeScenario } from "../../../src/core/scenario/summarizeScenario";
import { ScenarioError } from "../../../src/core/scenario/scenarioError";
import type { MipSolver } from "../../../src/core/allocation/mipSolver";
import type { AllocationReport } from "../../../src/core/allocation/allocationReport";
import { loadHighsSolver } from "../../../src/solver/highsSolver";
import { aTrip, aVehicle, anEv, params } from "../../helpers/builders";
import { thrownScenarioText } from "../../helpers/thrownScenarioText";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadHighsSolver();
});

const vehicles = [aVehicle({ id: "car" }), anEv("ev", 150)];
const trips = [
  aTrip("08:00", "09:00", 10, "car"),
  aTrip("08:30", "09:30", 30, "ev"),
  aTrip("10:00", "11:00", 5, "car"),
];
const data = { vehicles, trips, params: params() };
const request = { ...defaultScenarioRequest(), location: "Loc" };

describe("runScenario with the allocation algorithms", () => {
  it("optimal reports objective, bound, gap and proof at the top of the summary; simple reports none", () => {
    const optimal = summarizeScenario(runScenario(data, { ...request, allocation: "optimal" }, { solver }));
    expect(optimal.optimal).toBe(true);
    expect(optimal.gap).toBe(0);
    expect(optimal.bound).toBeCloseTo(optimal.allocationReport?.objective ?? NaN, 2);
    const simple = summarizeScenario(runScenario(data, request));
    expect(simple.optimal).toBeUndefined();
  });

  it("optimal without a loaded solver is a clear request error", () => {
    expect(() => runScenario(data, { ...request, allocation: "optimal" })).toThrow(ScenarioError);
  });

  it("a fixed assignment (the pane's best so far after a cancel) is replayed through the rules", () => {
    const saved: AllocationReport = {
      objective: 0,
      bound: 10,
      gap: 1,
      optimal: true,
      seconds: 2,
      stoppedBy: "cancelled",
      source: "mip",
      blocks: 1,
      columns: 4,
      rows: 2,
    };
    // Trips 0 and 1 overlap: the second cannot also go to member 0, so it is left unallocated.
    const r = runScenario(data, {
      ...request,
      allocation: "optimal",
      fixedAssignment: { memberOfTrip: [0, 0, 1], report: saved },
    });
    expect(Array.from(r.simulated.allocation.memberOfTrip)).toEqual([0, -1, 1]);
    expect(r.simulated.allocation.reasonOfTrip[1]).toBe("noVehicleFree");
    expect(r.allocationReport?.stoppedBy).toBe("cancelled");
    expect(r.allocationReport?.optimal).toBe(false);
    expect(r.allocationReport?.objective).toBeCloseTo(r.simulated.consequences.totalDkk, 6);
  });

  it("a fixed assignment for other data is refused with a message", () => {
    const run = () =>
      runScenario(data, {
        ...request,
        allocation: "optimal",
        fixedAssignment: { memberOfTrip: [0], report: {} as AllocationReport },
      });
    expect(thrownScenarioText(run)).toMatch(/data changed/);
    expect(thrownScenarioText(run, "da")).toMatch(/data er ændret; kør simuleringen igen/);
  });

  it("the comparison lists simple, greedy and optimal, optimal never dearer", () => {
    const r = runScenario(data, { ...request, allocation: "greedy", compareAllocations: true }, { solver });
    const rows = r.allocationComparison ?? [];
    expect(rows.map((x) => x.method)).toEqual(["simple", "greedy", "optimal"]);
    expect(rows[2].yearlyCost).toBeLessThanOrEqual(Math.min(rows[0].yearlyCost, rows[1].yearlyCost) + 1e-6);
    expect(r.allocationReport).toBeNull();
  });
});
