import { describe, expect, it } from "vitest";
import { createEngineApi } from "../../src/engine/engineApi";

describe("the engine's businessCasePlan", () => {
  it("returns the business-case sheet and the report's figures without any sheet", async () => {
    const result = await createEngineApi().businessCasePlan(null, { language: "da", scenarioSheet: null });
    if (!result.ok) throw new Error("refused");
    expect(result.value.plan.sheets.map((s) => s.name)).toEqual(["Businesscase"]);
    expect(result.value.plan.names?.map((n) => n.name)).toContain("BreakEven_FirstYear");
    expect(result.value.summary).toMatchObject({ breakEvenVehiclesFirstYear: 2.8, shareOfFleet: 0.009 });
  });

  it("answers a missing scenario sheet with an error, not an exception", async () => {
    const result = await createEngineApi().businessCasePlan([], {
      language: "en",
      scenarioSheet: "Scenario",
    });
    expect(result.ok).toBe(false);
  });
});
