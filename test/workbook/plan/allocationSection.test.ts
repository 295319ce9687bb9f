import { beforeAll, describe, expect, it } from "vitest";
import { runScenario } from "../../../src/core/scenario/runScenario";
import { summarizeScenario } from "../../../src/core/scenario/summarizeScenario";
import { defaultScenarioRequest, type ScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import { scenarioPlan } from "../../../src/workbook/plan/scenarioPlan";
import type { PlanRange } from "../../../src/workbook/plan/types";
import type { MipSolver } from "../../../src/core/allocation/mipSolver";
import { loadHighsSolver } from "../../../src/solver/highsSolver";
import { aTrip, aVehicle, anEv, params } from "../../helpers/builders";
import type { Language } from "../../../src/core/language";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadHighsSolver();
});

const data = {
  vehicles: [aVehicle({ id: "1" }), anEv("2", 150)],
  trips: [aTrip("08:00", "10:00", 10, "1"), aTrip("09:00", "11:00", 30, "2")],
  params: params(),
};
const sheetOf = (request: Partial<ScenarioRequest>, language: Language = "en") => {
  const result = runScenario(data, { ...defaultScenarioRequest(), location: "Loc", ...request }, { solver });
  return scenarioPlan(result, summarizeScenario(result), { language, parameterKeysSet: [], runId: "r1" })
    .sheets[0];
};
const value = (ranges: PlanRange[], label: string) =>
  ranges.find((r) => r.values[0][0] === label)?.values[0][1];

describe("the scenario sheet's allocation section", () => {
  it("is absent for a plain simple run, so its layout does not move", () => {
    const sheet = sheetOf({});
    expect(sheet.ranges.some((r) => r.values[0][0] === "Allocation")).toBe(false);
  });

  it("names the algorithm and shows the proof, objective, bound and gap of an optimal run", () => {
    const sheet = sheetOf({ allocation: "optimal" });
    expect(value(sheet.ranges, "This scenario's allocation")).toBe("Optimal (HiGHS)");
    expect(value(sheet.ranges, "Proven optimal")).toBe("yes");
    expect(value(sheet.ranges, "Gap")).toBe(0);
    expect(value(sheet.ranges, "Best bound")).toBeCloseTo(
      value(sheet.ranges, "Objective (weighted cost per year)") as number,
      2,
    );
  });

  it("with a comparison, lists simple, greedy and optimal side by side (Danish labels)", () => {
    const sheet = sheetOf({ allocation: "greedy", compareAllocations: true }, "da");
    expect(value(sheet.ranges, "Scenariets tildeling")).toBe("Grådig (billigste ledige køretøj)");
    const table = sheet.tables.find((t) => t.name === "AllocationComparison_r1");
    expect(table?.columns.map((c) => c.header)[0]).toBe("Algoritme");
    expect(table?.rows.map((r) => r[0])).toEqual([
      "Simpel (regelbaseret)",
      "Grådig (billigste ledige køretøj)",
      "Optimal (HiGHS)",
    ]);
    // Optimal is never dearer; here it gives the EV the long trip, greedy gives it the first one.
    const cost = (table?.rows ?? []).map((r) => r[1] as number);
    expect(cost[2]).toBeLessThanOrEqual(Math.min(cost[0], cost[1]));
  });
});
