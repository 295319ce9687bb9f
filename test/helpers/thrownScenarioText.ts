import { ScenarioError } from "../../src/core/scenario/scenarioError";
import { scenarioErrorText } from "../../src/engine/scenarioErrorMessages";
import type { Language } from "../../src/core/language";

/** The words a user reads for the ScenarioError `run` throws; fails the test when it throws nothing else. */
export function thrownScenarioText(run: () => unknown, language: Language = "en"): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return scenarioErrorText(error, language);
    throw error;
  }
  throw new Error("expected a ScenarioError, but nothing was thrown");
}
