import { describe, expect, it } from "vitest";
import {
  BUSINESS_CASE_INPUT_KEYS,
  INPUT_RULES,
  REPORT_EXAMPLE_INPUTS,
  SCENARIO_INPUT_KEYS,
} from "../../../src/core/businesscase/inputs";
import { businessCasePlan } from "../../../src/workbook/plan/businessCasePlan";
import { BUSINESS_CASE_TITLE_PREFIXES } from "../../../src/workbook/plan/businessCaseLabels";
import { businessCaseLayout, inputName } from "../../../src/workbook/plan/businessCaseLayout";
import { cellResult, isFormula, type PlanFormula } from "../../../src/workbook/plan/types";
import { isValidTableName } from "../../../src/hosts/file/sheetNames";
import { plannedCells } from "./planCells";

const plan = businessCasePlan({ language: "en", inputs: { ...REPORT_EXAMPLE_INPUTS } });
const sheet = plan.sheets[0];
const cells = plannedCells(sheet);
const at = (address: string) => cells.get(address)!;
const formulaAt = (address: string) => at(address).cell as PlanFormula;
const named = (name: string) => plan.names!.find((n) => n.name === name)!.ref.replace(/\$/g, "");
const layout = businessCaseLayout(5);

describe("businessCasePlan", () => {
  it("writes one new sheet, Business case, whose A1 title marks it as a business case", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Business case"]);
    expect(cellResult(at("A1").cell)).toBe("FleetOptimiser business case: break-even");
    expect(BUSINESS_CASE_TITLE_PREFIXES).toContain(cellResult(at("A1").cell));
    expect(sheet.activate).toBe(true);
  });

  it("makes every input a yellow input cell with the report's value, its rule as a validation and a BC_ name", () => {
    for (const key of BUSINESS_CASE_INPUT_KEYS) {
      const address = `B${layout.inputRow[key]}`;
      const c = at(address);
      expect(c.style, key).toBe("input");
      expect(c.cell, key).toBe(REPORT_EXAMPLE_INPUTS[key]);
      const rule = INPUT_RULES[key];
      expect(c.validation, key).toMatchObject({ kind: rule.kind, min: rule.min });
      expect(named(inputName(key)), key).toBe(address);
    }
    expect(at("B14").cell).toBe(300);
    expect(at("B33").cell).toBe(3_200);
    expect(at("B35").validation).toMatchObject({ kind: "decimal", min: 0, minExclusive: true });
    expect(at("B14").validation).toMatchObject({ kind: "whole", min: 1 });
    expect(at("B16").validation).toMatchObject({ kind: "whole", min: 0, max: 1 });
  });

  it("computes the report's figures in formulas that carry their results", () => {
    expect(formulaAt("B52")).toEqual({ formula: "=SUM(B45:B51)", result: expect.closeTo(61_984.444_444, 5) });
    expect(formulaAt("B49")).toEqual({ formula: "=B34/B35*B36", result: expect.closeTo(14_444.444_444, 5) });
    expect(formulaAt("B25")).toEqual({ formula: "=SUM(B17:B23)", result: 123_040 });
    expect(formulaAt("B28")).toEqual({ formula: "=B25+B24+B27", result: 173_040 });
    expect(formulaAt("B30")).toEqual({ formula: "=B28/B14", result: expect.closeTo(576.8, 10) });
    expect(formulaAt("B6")).toEqual({ formula: "=B28/B52", result: expect.closeTo(2.791_668, 6) });
    expect(formulaAt("B7")).toEqual({ formula: "=B29/B52", result: expect.closeTo(1.985_014, 6) });
    expect(formulaAt("B8")).toEqual({ formula: "=B6/B14", result: expect.closeTo(0.009_306, 6) });
    expect(formulaAt("B27").formula).toBe("=IF(B16=1,B26,0)");
    expect(formulaAt("B26").result).toBe(255_000);
  });

  it("shows break-even to one decimal and the share as a percentage, as the report does", () => {
    expect(at("B6").numberFormat).toBe("0.0");
    expect(at("B7").numberFormat).toBe("0.0");
    expect(at("B8").numberFormat).toBe("0.0%");
    expect(at("B52").numberFormat).toBe('#,##0.00 "kr."');
  });

  it("names the three break-even results and every other result", () => {
    expect(named("BreakEven_FirstYear")).toBe("B6");
    expect(named("BreakEven_LaterYears")).toBe("B7");
    expect(named("BreakEven_ShareOfFleet")).toBe("B8");
    expect(named("BC_CarCostPerYear")).toBe("B52");
    const names = plan.names!.map((n) => n.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names.every(isValidTableName)).toBe(true);
  });

  it("holds no number that is neither an input nor a formula, besides the year and base-change labels", () => {
    const allowed = new Set([
      ...["B", "C", "D", "E", "F"].map((c) => `${c}${layout.cashFlow.headerRow}`),
      `B${layout.sensitivity.baseRow}`,
    ]);
    for (const [address, c] of cells) {
      if (typeof c.cell === "number" && !allowed.has(address)) expect(c.style, address).toBe("input");
    }
  });

  it("writes invariant formulas: English names, commas between arguments, no locale separators", () => {
    const formulas = [...cells.values()].map((c) => c.cell).filter(isFormula);
    expect(formulas.length).toBeGreaterThan(60);
    for (const f of formulas) {
      expect(f.formula.startsWith("=")).toBe(true);
      expect(f.formula).not.toMatch(/;|HVIS|SUMHVIS/);
    }
  });

  it("lays the cash flow out with years as columns and its net present value in the key figures", () => {
    const { headerRow, rows } = layout.cashFlow;
    expect(["B", "C", "D", "E", "F"].map((c) => at(`${c}${headerRow}`).cell)).toEqual([1, 2, 3, 4, 5]);
    expect(at(`C${headerRow}`).numberFormat).toBe('"Year "0');
    expect(formulaAt(`B${rows.cost}`)).toEqual({
      formula: `=-($B$29*(1+$B$56)^(B$${headerRow}-1)+IF(B$${headerRow}=1,$B$24,0))`,
      result: -173_040,
    });
    expect(formulaAt(`C${rows.saving}`).result).toBeCloseTo(189_672.386_4, 6);
    expect(formulaAt(`F${rows.cumulative}`).formula).toBe(
      `=SUM($B$${rows.presentValue}:F${rows.presentValue})`,
    );
    expect(formulaAt("B10")).toEqual({
      formula: `=SUM(B${rows.presentValue}:F${rows.presentValue})`,
      result: expect.closeTo(242_979.157, 2),
    });
    expect(formulaAt("B9")).toEqual({
      formula: '=IF(B66>0,12*B24/B66,"never")',
      result: expect.closeTo(9.537, 3),
    });
  });

  it("has a sensitivity table: a label column and break-even and saving with each factor down and up", () => {
    const { headerRow, factorRows } = layout.sensitivity;
    expect(at(`A${headerRow}`).style).toBe("header");
    const fuel = factorRows.fuelPrice;
    expect(cellResult(at(`A${fuel}`).cell)).toBe("Fuel price");
    expect(formulaAt(`C${fuel}`)).toEqual({
      formula: "=$B$28/($B$52-$B$57*$B$49)",
      result: expect.closeTo(2.928_139, 6),
    });
    expect(formulaAt(`D${fuel}`).result).toBeCloseTo(2.667_352, 6);
    expect(formulaAt(`F${fuel}`)).toEqual({
      formula: "=$B$61+$B$57*($B$62-$B$63)",
      result: expect.closeTo(194_619.984, 6),
    });
    expect(formulaAt(`D${factorRows.kmPerYear}`).formula).toBe("=$B$28/($B$52+$B$57*($B$49+$B$50+$B$51))");
  });

  it("writes Danish labels and sheet name in Danish, with the same formulas", () => {
    const da = businessCasePlan({ language: "da", inputs: { ...REPORT_EXAMPLE_INPUTS } });
    const daCells = plannedCells(da.sheets[0]);
    expect(da.sheets[0].name).toBe("Businesscase");
    expect(cellResult(daCells.get("A14")!.cell)).toBe("Antal køretøjer");
    expect((daCells.get("B6")!.cell as PlanFormula).formula).toBe("=B28/B52");
    expect((daCells.get("B9")!.cell as PlanFormula).formula).toContain('"aldrig"');
  });
});

describe("businessCasePlan linked to a scenario sheet", () => {
  const figures = {
    vehiclesRemoved: 9,
    yearlySaving: 654_000,
    energySaving: 120_000,
    electricitySaving: -35_000,
    co2eSaving: 62_000,
    allowanceSaving: -4_000,
  };
  const linked = businessCasePlan({
    language: "en",
    inputs: { ...REPORT_EXAMPLE_INPUTS, ...figures },
    scenario: { sheet: "Scenario (2)", language: "en" },
  });
  const c = plannedCells(linked.sheets[0]);
  const f = (address: string) => c.get(address)!.cell as PlanFormula;

  it("turns the scenario inputs into formulas on the scenario's KPI cells, with the current values", () => {
    expect(f("B60")).toEqual({ formula: "='Scenario (2)'!D12", result: 9 });
    expect(f("B61")).toEqual({ formula: "='Scenario (2)'!D5", result: 654_000 });
    expect(f("B62")).toEqual({ formula: "='Scenario (2)'!D8", result: 120_000 });
    expect(f("B64")).toEqual({ formula: "='Scenario (2)'!D9", result: 62_000 });
    expect(f("B65")).toEqual({ formula: "='Scenario (2)'!D10", result: -4_000 });
    expect(c.get("B60")!.style).toBe("input");
    expect(cellResult(c.get("A3")!.cell)).toBe(
      "The scenario figures are linked to the sheet 'Scenario (2)'.",
    );
  });

  it("sums the electricity part from the scenario's vehicle table: EV fuel cost, current minus simulated", () => {
    expect(f("B63")).toEqual({
      formula:
        "=SUMIFS('Scenario (2)'!$L:$L,'Scenario (2)'!$A:$A,\"Current\",'Scenario (2)'!$K:$K,\"kWh\")" +
        "-SUMIFS('Scenario (2)'!$L:$L,'Scenario (2)'!$A:$A,\"Simulated\",'Scenario (2)'!$K:$K,\"kWh\")",
      result: -35_000,
    });
  });

  it("quotes a sheet name with an apostrophe by doubling it", () => {
    const p = businessCasePlan({
      language: "en",
      inputs: { ...REPORT_EXAMPLE_INPUTS },
      scenario: { sheet: "Bob's plan", language: "da" },
    });
    expect((plannedCells(p.sheets[0]).get("B60")!.cell as PlanFormula).formula).toBe("='Bob''s plan'!D12");
    expect((plannedCells(p.sheets[0]).get("B63")!.cell as PlanFormula).formula).toContain('"Nuværende"');
  });

  it("keeps the inputs it is told not to link as typed values", () => {
    const p = businessCasePlan({
      language: "en",
      inputs: { ...REPORT_EXAMPLE_INPUTS, ...figures, vehiclesRemoved: 5 },
      scenario: {
        sheet: "Scenario",
        language: "en",
        linkedKeys: SCENARIO_INPUT_KEYS.filter((k) => k !== "vehiclesRemoved"),
      },
    });
    const pc = plannedCells(p.sheets[0]);
    expect(pc.get("B60")!.cell).toBe(5);
    expect(isFormula(pc.get("B61")!.cell)).toBe(true);
  });

  it("computes payback from the linked saving: 12 × 50,000 ÷ (654,000 − 123,040) = 1.1 months", () => {
    expect(f("B9").result).toBeCloseTo((12 * 50_000) / (654_000 - 123_040), 10);
    expect(f("B11").result).toBe("yes"); // 9 vehicles ≥ 2.79
  });
});
