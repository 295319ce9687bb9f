import { describe, expect, it } from "vitest";
import { REPORT_EXAMPLE_INPUTS } from "../../../src/core/businesscase/inputs";
import { businessCaseFromSheets } from "../../../src/engine/businessCase";
import { businessCasePlan } from "../../../src/workbook/plan/businessCasePlan";
import { formatCellError } from "../../../src/workbook/read/cellError";
import { isFormula } from "../../../src/workbook/plan/types";
import { plannedCells, sheetDataOf } from "./planCells";
import { scenarioFixture } from "./scenarioFixture";

const scenario = scenarioFixture();
const scenarioSheet = sheetDataOf(scenario.plan.sheets[0], "Scenario");

describe("businessCaseFromSheets", () => {
  it("uses the report's example without any sheet", () => {
    const out = businessCaseFromSheets(null, { language: "en", scenarioSheet: null });
    expect(out.ok && out.value.summary).toMatchObject({
      breakEvenVehiclesFirstYear: 2.8,
      breakEvenVehiclesLaterYears: 2,
      shareOfFleet: 0.009,
      scenario: { sheet: null, vehiclesRemoved: 3, yearlySaving: 185_953.32, paybackMonths: 9.5 },
    });
  });

  it("links a scenario sheet: its figures become the scenario inputs and live formulas", () => {
    const out = businessCaseFromSheets([scenarioSheet], { language: "en", scenarioSheet: "Scenario" });
    if (!out.ok) throw new Error(out.errors.map((e) => formatCellError(e)).join("\n"));
    const c = scenario.result.current.consequences;
    const s = scenario.result.simulated.consequences;
    expect(out.value.summary.scenario).toMatchObject({ sheet: "Scenario", vehiclesRemoved: 1 });
    expect(out.value.summary.scenario.yearlySaving).toBeCloseTo(c.totalDkk - s.totalDkk, 2);
    const cells = plannedCells(out.value.plan.sheets[0]);
    expect(cells.get("B61")!.cell).toMatchObject({ formula: "='Scenario'!D5" });
  });

  it("starts from an edited business case, then applies --set overrides, which stay typed", () => {
    const edited = businessCasePlan({
      language: "da",
      inputs: { ...REPORT_EXAMPLE_INPUTS, leasePerMonth: 3_500 },
    });
    const out = businessCaseFromSheets([sheetDataOf(edited.sheets[0]), scenarioSheet], {
      language: "en",
      scenarioSheet: "Scenario",
      inputsSheet: "Businesscase",
      overrides: { vehicles: "250", vehiclesRemoved: 4 },
    });
    if (!out.ok) throw new Error("refused");
    expect(out.value.summary).toMatchObject({ vehicles: 250, carCostPerYear: 65_584.44 });
    expect(out.value.summary.scenario.vehiclesRemoved).toBe(4);
    const cells = plannedCells(out.value.plan.sheets[0]);
    expect(cells.get("B60")!.cell).toBe(4);
    expect(isFormula(cells.get("B61")!.cell)).toBe(true);
  });

  it("refuses bad overrides with the input, its cell and its defined name", () => {
    const out = businessCaseFromSheets(null, {
      language: "en",
      scenarioSheet: null,
      overrides: { kmPerLitre: "0", fuelPricePerLitre: "-1", vehicles: "many" },
    });
    expect(out.ok ? [] : out.errors.map((e) => formatCellError(e))).toEqual([
      `kmPerLitre ('Business case'!B35, BC_KmPerLitre): "Fuel economy (average)" must be a number greater than 0, but kmPerLitre=0 was given. Fix: Enter a number greater than 0; the report's example is 18.`,
      `fuelPricePerLitre ('Business case'!B36, BC_FuelPricePerLitre): "Fuel price" must be a number of at least 0, but fuelPricePerLitre=-1 was given. Fix: Enter a number of at least 0; the report's example is 13.`,
      `vehicles ('Business case'!B14, BC_Vehicles): "Vehicles in the fleet" must be a whole number of at least 1, but vehicles=many was given. Fix: Enter a whole number of at least 1; the report's example is 300.`,
    ]);
  });

  it("refuses a car that costs nothing, since no number of cars then pays back", () => {
    const free = {
      leasePerMonth: 0,
      servicePerMonth: 0,
      ownerTaxPerHalfYear: 0,
      insurancePerYear: 0,
      fuelPricePerLitre: 0,
    };
    const out = businessCaseFromSheets(null, { language: "en", scenarioSheet: null, overrides: free });
    expect(out.ok ? "" : formatCellError(out.errors[0])).toMatch(/^One car costs 0 kr a year/);
  });

  it("reports every bad cell of an edited sheet and writes nothing", () => {
    const sheet = sheetDataOf(
      businessCasePlan({ language: "en", inputs: { ...REPORT_EXAMPLE_INPUTS } }).sheets[0],
    );
    sheet.values[34][1] = "atten"; // B35
    const out = businessCaseFromSheets([sheet], {
      language: "en",
      scenarioSheet: null,
      inputsSheet: "Business case",
    });
    expect(out.ok ? [] : out.errors.map((e) => `${e.sheet}!${e.cell}`)).toEqual(["Business case!B35"]);
  });

  it("names a sheet the request asks for but the workbook lacks", () => {
    const out = businessCaseFromSheets([], { language: "en", scenarioSheet: "Gone" });
    expect(out.ok ? "" : formatCellError(out.errors[0])).toBe('The workbook has no sheet named "Gone".');
  });
});
