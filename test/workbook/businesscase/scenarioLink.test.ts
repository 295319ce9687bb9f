import { describe, expect, it } from "vitest";
import {
  findScenarioSheets,
  quotedSheet,
  readScenarioFigures,
  scenarioLinkFormulas,
} from "../../../src/workbook/scenarioLink";
import { SCENARIO_TITLE_PREFIXES } from "../../../src/workbook/plan/scenarioPlan";
import { SCENARIO_TITLE_STARTS, classifyTitles } from "../../../src/app/actions/findResultSheets";
import { formatCellError } from "../../../src/workbook/read/cellError";
import { sheetDataOf } from "./planCells";
import { electricitySavingOf, scenarioFixture } from "./scenarioFixture";

describe("reading a scenario sheet for the business case", () => {
  const { result, plan } = scenarioFixture();
  const sheet = sheetDataOf(plan.sheets[0], "Scenario (2)");
  const cur = result.current.consequences;
  const sim = result.simulated.consequences;

  it("recognises scenario sheets by their A1 title, in either language", () => {
    const da = sheetDataOf(scenarioFixture("da").plan.sheets[0], "Scenarie");
    const other = { name: "Noter", originRow: 1, originCol: 1, values: [["FleetOptimiser is nice"]] };
    expect(findScenarioSheets([other, sheet, da])).toEqual(["Scenario (2)", "Scenarie"]);
  });

  it("takes vehicles removed and the savings from the KPI block's saving column", () => {
    const read = readScenarioFigures(sheet);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.figures.vehiclesRemoved).toBe(1); // three vehicles today, two Zoes simulated
    expect(read.value.figures.yearlySaving).toBeCloseTo(cur.totalDkk - sim.totalDkk, 6);
    expect(read.value.figures.energySaving).toBeCloseTo(cur.fuelCostDkk - sim.fuelCostDkk, 6);
    expect(read.value.figures.co2eSaving).toBeCloseTo(cur.socialCostDkk - sim.socialCostDkk, 6);
    expect(read.value.figures.allowanceSaving).toBeCloseTo(cur.allowanceDkk - sim.allowanceDkk, 6);
  });

  it("sums the electricity part from the vehicle table: EVs' fuel cost, current minus simulated", () => {
    const read = readScenarioFigures(sheet);
    if (!read.ok) throw new Error("not read");
    const expected = electricitySavingOf(result);
    expect(expected).toBeLessThan(0); // the Zoes drive more km in the simulation
    expect(read.value.figures.electricitySaving).toBeCloseTo(expected, 6);
  });

  it("reads a Danish scenario sheet with the Danish fleet labels", () => {
    const da = scenarioFixture("da");
    const read = readScenarioFigures(sheetDataOf(da.plan.sheets[0], "Scenarie"));
    if (!read.ok) throw new Error("not read");
    expect(read.value.language).toBe("da");
    expect(read.value.figures.electricitySaving).toBeCloseTo(electricitySavingOf(da.result), 6);
  });

  it("recomputes a saving without a cached result as current − simulated", () => {
    const copy = { ...sheet, values: sheet.values.map((r) => [...r]) };
    copy.values[4][3] = null; // D5, written by a tool that keeps no results
    const read = readScenarioFigures(copy);
    if (!read.ok) throw new Error("not read");
    expect(read.value.figures.yearlySaving).toBeCloseTo(cur.totalDkk - sim.totalDkk, 6);
  });

  it("refuses a sheet that is no scenario, pointing at its A1", () => {
    const read = readScenarioFigures({ name: "Noter", originRow: 1, originCol: 1, values: [["Hello"]] });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(formatCellError(read.errors[0])).toMatch(
      /^Noter!A1: The sheet is not a FleetOptimiser scenario sheet/,
    );
  });

  it("builds formulas on the KPI cells, quoting the sheet name", () => {
    expect(quotedSheet("Scenario (2)")).toBe("'Scenario (2)'");
    expect(scenarioLinkFormulas("Scenario (2)", "en").vehiclesRemoved).toBe("='Scenario (2)'!D12");
  });
});

describe("the task pane's title check", () => {
  it("uses the same scenario title prefixes as the scenario sheet", () => {
    expect(SCENARIO_TITLE_STARTS).toEqual([...SCENARIO_TITLE_PREFIXES]);
  });

  it("sorts sheet titles into scenarios and business cases", () => {
    expect(
      classifyTitles(
        ["Ture", "Scenario", "Scenarie (2)", "Business case", "Businesscase (2)"],
        [
          "Starttid",
          "FleetOptimiser simulation: Nord",
          "FleetOptimiser-simulering: Syd",
          "FleetOptimiser business case: break-even",
          "FleetOptimiser-businesscase: break-even",
        ],
      ),
    ).toEqual({
      scenarios: ["Scenario", "Scenarie (2)"],
      businessCases: ["Business case", "Businesscase (2)"],
    });
  });
});
