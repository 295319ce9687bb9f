import { runScenario, type ScenarioResult } from "../../../src/core/scenario/runScenario";
import type { Language } from "../../../src/core/language";
import { summarizeScenario } from "../../../src/core/scenario/summarizeScenario";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import { scenarioPlan } from "../../../src/workbook/plan/scenarioPlan";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";
import { aTrip, aVehicle, anEv, params } from "../../helpers/builders";

/**
 * A real simulation to link to: two petrol cars and a Zoe today; two Zoes in the simulated fleet,
 * so the scenario removes one vehicle, saves fuel and spends more on electricity.
 */
export function scenarioFixture(language: Language = "en"): {
  result: ScenarioResult;
  plan: WorkbookPlan;
} {
  const vehicles = [
    aVehicle({ id: "1", make: "Toyota", model: "Yaris", kmPerLitre: 20, yearlyCostDkk: 40_000 }),
    aVehicle({ id: "2", make: "Skoda", model: "Fabia", kmPerLitre: 15, yearlyCostDkk: 38_000 }),
    anEv("3", 165, { make: "Renault", model: "Zoe", yearlyCostDkk: 45_000 }),
  ];
  const trips = [
    aTrip("08:00", "10:00", 40, "1"),
    aTrip("09:00", "11:00", 30, "2"),
    aTrip("12:00", "13:00", 25, "3"),
    aTrip("08:00", "09:00", 20, "1", 4),
  ];
  const result = runScenario(
    { vehicles, trips, params: params() },
    { ...defaultScenarioRequest(), location: "Loc", fleet: [{ sourceId: "3", count: 2 }] },
  );
  const plan = scenarioPlan(result, summarizeScenario(result), {
    language,
    parameterKeysSet: [],
    runId: "bc",
  });
  return { result, plan };
}

/** What the scenario saves on EV electricity (current − simulated), from the engine's own figures. */
export function electricitySavingOf(result: ScenarioResult): number {
  const evCost = (run: ScenarioResult["current"]) =>
    run.consequences.vehicles
      .filter((v) => v.member.vehicle.type === "ev")
      .reduce((sum, v) => sum + v.fuelCostDkk, 0);
  return evCost(result.current) - evCost(result.simulated);
}
