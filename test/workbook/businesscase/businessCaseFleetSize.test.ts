import { describe, expect, it } from "vitest";
import { businessCaseFromSheets } from "../../../src/engine/businessCase";
import type { CellValue, SheetData } from "../../../src/workbook/sheetData";
import { sheetDataOf } from "./planCells";
import { scenarioFixture } from "./scenarioFixture";

const vehicleSheet = (rows: CellValue[][]): SheetData => ({
  name: "Køretøjer",
  originRow: 1,
  originCol: 1,
  values: [["Bil id", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"], ...rows],
});
const car = (id: number, location: string): CellValue[] => [id, "fossilbil", "benzin", 20, 40000, location];
// The fixture's scenario simulates location "Loc"; "Other" has three more vehicles; 9 is a candidate.
const VEHICLES = vehicleSheet([
  car(1, "Loc"),
  car(2, "Loc"),
  car(3, "Other"),
  car(4, "Other"),
  car(5, "Other"),
  car(9, ""),
]);
const scenarioSheet = sheetDataOf(scenarioFixture().plan.sheets[0], "Scenario");

describe("the business case counts the workbook's fleet", () => {
  it("counts the vehicles on the vehicle sheet, candidates aside", () => {
    const out = businessCaseFromSheets([VEHICLES], { language: "en", scenarioSheet: null });
    expect(out.ok && out.value.summary.vehicles).toBe(5);
  });

  it("counts the linked scenario's location only", () => {
    const out = businessCaseFromSheets([VEHICLES, scenarioSheet], {
      language: "en",
      scenarioSheet: "Scenario",
    });
    expect(out.ok && out.value.summary.vehicles).toBe(2);
    // 1 vehicle removed of 2: the share follows the count, not the report's 300.
    expect(out.ok && out.value.summary.scenario.vehiclesRemoved).toBe(1);
  });

  it("keeps the report's 300 without a workbook, and an explicit --set wins", () => {
    const none = businessCaseFromSheets(null, { language: "en", scenarioSheet: null });
    expect(none.ok && none.value.summary.vehicles).toBe(300);
    const set = businessCaseFromSheets([VEHICLES], {
      language: "en",
      scenarioSheet: null,
      overrides: { vehicles: 42 },
    });
    expect(set.ok && set.value.summary.vehicles).toBe(42);
  });
});
