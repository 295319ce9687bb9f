import { describe, expect, it } from "vitest";
import { REPORT_EXAMPLE_INPUTS } from "../../../src/core/businesscase/inputs";
import { businessCasePlan } from "../../../src/workbook/plan/businessCasePlan";
import { businessCaseLayout } from "../../../src/workbook/plan/businessCaseLayout";
import { checkPlanChart, cellResult, parseChartRange } from "../../../src/workbook/plan/types";
import { plannedCells } from "./planCells";

describe("business-case charts", () => {
  const plan = businessCasePlan({ language: "en", inputs: { ...REPORT_EXAMPLE_INPUTS } });
  const sheet = plan.sheets[0];
  const cells = plannedCells(sheet);
  const text = (address: string) => cellResult(cells.get(address)!.cell);
  const layout = businessCaseLayout(5);

  it("has the layout the charts were written against", () => {
    expect(layout.cashFlow.headerRow).toBe(69);
    expect(layout.cashFlow.rows.net).toBe(72);
    expect(layout.cashFlow.rows.cumulative).toBe(75);
    expect(layout.sensitivity.headerRow).toBe(78);
    expect(Object.values(layout.sensitivity.factorRows)).toEqual([80, 81, 82, 83]);
  });

  it("draws the cash flow as a line chart: years B69:F69, net and cumulative present value", () => {
    const [cash] = sheet.charts!;
    expect(cash).toMatchObject({
      kind: "line",
      title: "Cash flow of the scenario (kr)",
      categories: "B69:F69",
      series: [
        { name: text("A72"), values: "B72:F72" },
        { name: text("A75"), values: "B75:F75" },
      ],
    });
    expect(text("B69")).toBe(1);
    expect(text("F69")).toBe(5);
  });

  it("draws the sensitivity as a tornado-style clustered bar chart of the saving down and up", () => {
    const tornado = sheet.charts![1];
    expect(tornado).toMatchObject({
      kind: "barClustered",
      title: "Sensitivity: one factor at a time",
      categories: "A80:A83",
      series: [
        { name: text("E78"), values: "E80:E83" },
        { name: text("F78"), values: "F80:F83" },
      ],
    });
    expect(["A80", "A81", "A82", "A83"].map(text)).toEqual([
      "Fuel price",
      "Electricity price",
      "CO2e price",
      "km per year",
    ]);
  });

  it("places both charts below the sensitivity table, clear of every written cell, and passes the plan check", () => {
    const lastRow = Math.max(...[...cells.keys()].map((a) => parseChartRange(a).row));
    for (const chart of sheet.charts!) {
      expect(chart.anchor.row).toBeGreaterThan(lastRow);
      expect(() => checkPlanChart(chart, "business case")).not.toThrow();
    }
    const [cash, tornado] = sheet.charts!;
    expect(tornado.anchor.col).toBeGreaterThanOrEqual(cash.anchor.col + cash.anchor.widthCols);
  });

  it("uses the Danish labels on a Danish sheet", () => {
    const da = businessCasePlan({ language: "da", inputs: { ...REPORT_EXAMPLE_INPUTS } }).sheets[0];
    expect(da.charts!.map((c) => c.title)).toEqual([
      "Scenariets pengestrøm (kr.)",
      "Følsomhed: én faktor ad gangen",
    ]);
  });
});
