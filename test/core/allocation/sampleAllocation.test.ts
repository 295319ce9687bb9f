import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../../src/hosts/file/readXlsx";
import { readInputs } from "../../../src/workbook/read/readInputs";
import { runScenario, type ScenarioData, type ScenarioResult } from "../../../src/core/scenario/runScenario";
import { defaultScenarioRequest, type ScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import { allocationCost } from "../../../src/core/allocation/allocationCosts";
import { checkAssignment } from "../../../src/core/allocation/checkAssignment";
import type { MipSolver } from "../../../src/core/allocation/mipSolver";
import { loadHighsSolver } from "../../../src/solver/highsSolver";

const SAMPLE = resolve(__dirname, "../../../assets/sample/fleetoptimiser-sample.xlsx");

/** The weighted cost every algorithm is judged by: the consequence model's, as the optimiser uses it. */
const cost = (r: ScenarioResult) =>
  allocationCost(r.trips, r.simulated.fleet, r.simulated.allocation, {
    params: r.params,
    periodDays: r.periodDays,
    limitKm: r.limitKm,
  });

describe("allocation on the sample workbook", () => {
  let data: ScenarioData;
  let solver: MipSolver;

  beforeAll(async () => {
    const sheets = await readXlsx(readFileSync(SAMPLE));
    const read = readInputs(sheets, { vehicles: "Køretøjer", trips: "Ture", parameters: "Parametre" });
    if (!read.ok) throw new Error("the sample does not read");
    // A short time limit: the claim holds whatever the solver reaches (greedy is its warm start).
    data = {
      vehicles: read.value.vehicles,
      trips: read.value.trips,
      params: { ...read.value.parameters, allocationTimeLimitSec: 3 },
    };
    solver = await loadHighsSolver();
  }, 60_000);

  // The sample's first week, with its current fleet and with a fleet one vehicle of each model short.
  const week: ScenarioRequest = { ...defaultScenarioRequest(), fromDate: "2025-03-03", toDate: "2025-03-09" };

  it.each([
    ["current fleet", false],
    ["km cap on", true],
  ])(
    "optimal is never dearer than greedy or simple (%s), and it replays through the rules",
    (_, limitKm) => {
      const request = { ...week, limitKm };
      const simple = runScenario(data, { ...request, allocation: "simple" });
      const greedy = runScenario(data, { ...request, allocation: "greedy" });
      const optimal = runScenario(data, { ...request, allocation: "optimal" }, { solver });
      expect(simple.trips.length).toBeGreaterThan(100);
      expect(cost(optimal)).toBeLessThanOrEqual(cost(greedy) + 1e-6);
      expect(cost(optimal)).toBeLessThanOrEqual(cost(simple) + 1e-6);
      const report = optimal.allocationReport;
      expect(report?.objective).toBeCloseTo(cost(optimal), 4);
      expect(report?.bound).toBeLessThanOrEqual((report?.objective ?? 0) + 1e-6);
      if (report?.source === "mip")
        expect(
          checkAssignment(
            optimal.trips,
            optimal.simulated.fleet,
            { params: optimal.params, periodDays: optimal.periodDays, limitKm },
            optimal.simulated.allocation.memberOfTrip,
          ),
        ).toEqual([]);
    },
    120_000,
  );
});
