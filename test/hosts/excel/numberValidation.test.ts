import { afterEach, describe, expect, it } from "vitest";
import { REPORT_EXAMPLE_INPUTS } from "../../../src/core/businesscase/inputs";
import { businessCasePlan } from "../../../src/workbook/plan/businessCasePlan";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";
import { excelHostOver, uninstallExcelHost } from "./excelHostFixture";

afterEach(uninstallExcelHost);

const plan = (): WorkbookPlan => ({
  sheets: [
    {
      name: "Inputs",
      ranges: [
        {
          row: 1,
          col: 2,
          values: [[18]],
          style: "input",
          numberValidation: { kind: "decimal", min: 0, minExclusive: true, errorMessage: "km/l: above 0." },
        },
        { row: 2, col: 2, values: [[300]], numberValidation: { kind: "whole", min: 1 } },
        { row: 3, col: 2, values: [[0]], numberValidation: { kind: "whole", min: 0, max: 1 } },
      ],
      tables: [],
    },
  ],
});

describe("ExcelWorkbookHost number validations", () => {
  it("sets decimal and whole-number rules with office.js operators, and the stop alert", async () => {
    const { host, fake } = excelHostOver();
    await host.writePlan(plan());
    const sheet = fake.sheet("Inputs");
    expect(sheet.validationAt("B1")).toEqual({ decimal: { formula1: 0, operator: "GreaterThan" } });
    expect(sheet.errorAlertAt("B1")).toEqual({
      message: "km/l: above 0.",
      showAlert: true,
      style: "Stop",
      title: "",
    });
    expect(sheet.validationAt("B2")).toEqual({
      wholeNumber: { formula1: 1, operator: "GreaterThanOrEqualTo" },
    });
    expect(sheet.validationAt("B3")).toEqual({
      wholeNumber: { formula1: 0, formula2: 1, operator: "Between" },
    });
    expect(sheet.validationAt("A1")).toBeNull();
  });

  it("leaves number validations out below ExcelApi 1.8 and still writes the values", async () => {
    const { host, fake } = excelHostOver({ excelApiVersion: "1.7" });
    await host.writePlan(plan());
    expect(fake.sheet("Inputs").validations()).toEqual([]);
    expect(fake.sheet("Inputs").values()[0]).toEqual([null, 18]);
  });

  it("refuses a rule without bounds before writing anything", async () => {
    const { host, fake } = excelHostOver();
    const bad = plan();
    bad.sheets[0].ranges[0].numberValidation = { kind: "decimal" };
    await expect(host.writePlan(bad)).rejects.toThrow(/Nothing was written.*needs a minimum/);
    expect(fake.sheetNames()).toEqual(["Ark1"]);
  });

  it("writes the business case with its names, formulas and a rule on every input", async () => {
    const { host, fake } = excelHostOver();
    const [name] = await host.writePlan(
      businessCasePlan({ language: "da", inputs: { ...REPORT_EXAMPLE_INPUTS } }),
    );
    expect(name).toBe("Businesscase");
    const sheet = fake.sheet(name);
    expect(sheet.cell("B6").formula).toBe("=B28/B52");
    expect(sheet.validationAt("B35")).toEqual({ decimal: { formula1: 0, operator: "GreaterThan" } });
    expect(sheet.cell("B35").format).toEqual({ fill: "#FFF2CC" });
    expect(fake.names()).toContainEqual({
      name: "BreakEven_FirstYear",
      scope: null,
      formula: "=Businesscase!$B$6",
    });
  });

  it("reads every sheet's A1 title in one go", async () => {
    const { host } = excelHostOver({
      sheets: [
        { name: "Scenario", values: [["FleetOptimiser simulation: Nord"]] },
        { name: "Tal", values: [[42]] },
      ],
    });
    expect(await host.readTitles(["Scenario", "Tal"])).toEqual(["FleetOptimiser simulation: Nord", ""]);
  });
});
