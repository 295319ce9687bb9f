import { describe, expect, it } from "vitest";
import { runScenario } from "../../../src/core/scenario/runScenario";
import { summarizeScenario } from "../../../src/core/scenario/summarizeScenario";
import { defaultScenarioRequest } from "../../../src/core/scenario/scenarioRequest";
import {
  SCENARIO_KPI_CELLS,
  SCENARIO_TITLE_PREFIXES,
  scenarioPlan,
} from "../../../src/workbook/plan/scenarioPlan";
import { cellResult, isFormula, type PlanRange } from "../../../src/workbook/plan/types";
import { aTrip, aVehicle, params } from "../../helpers/builders";

const vehicles = [
  aVehicle({ id: "1", make: "Toyota", model: "Yaris", plate: "AB1" }),
  aVehicle({ id: "2", make: "Skoda", model: "Fabia", kmPerLitre: 15 }),
];
const trips = [aTrip("08:00", "10:00", 20, "1"), aTrip("09:00", "11:00", 30, "2")];
const result = runScenario(
  { vehicles, trips, params: params() },
  { ...defaultScenarioRequest(), location: "Loc", fleet: [{ sourceId: "1", count: 1 }] },
);
const plan = scenarioPlan(result, summarizeScenario(result), {
  language: "en",
  parameterKeysSet: ["sub_time"],
  runId: "r1",
});
const sheet = plan.sheets[0];
const rowStartingWith = (label: string): PlanRange | undefined =>
  sheet.ranges.find((r) => r.values[0][0] === label);

describe("scenarioPlan", () => {
  it("writes one new sheet with a KPI block whose saving column is a live formula with its value", () => {
    expect(plan.sheets).toHaveLength(1);
    const total = rowStartingWith("Total cost (kr/yr)");
    expect(total).toBeDefined();
    const [, current, simulated, saving] = total!.values[0];
    expect(current).toBeCloseTo(result.current.consequences.totalDkk, 6);
    expect(simulated).toBeCloseTo(result.simulated.consequences.totalDkk, 6);
    expect(isFormula(saving) && saving.formula).toBe(`=B${total!.row}-C${total!.row}`);
    expect(cellResult(saving)).toBeCloseTo((current as number) - (simulated as number), 6);
    expect(total!.columns?.[1]?.format).toBe('#,##0 "kr."');
    expect(rowStartingWith("Unallocated trips (in the period)")?.values[0].slice(1, 3)).toEqual([0, 1]);
  });

  it("lists every vehicle of both fleets and the employee car, figures as numbers", () => {
    const table = sheet.tables.find((t) => t.name === "Vehicles_r1")!;
    expect(table.rows.map((r) => [r[0], r[1]])).toEqual([
      ["Current", "Toyota Yaris AB1"],
      ["Current", "Skoda Fabia"],
      ["Current", "Employee's own car (unallocated trips)"],
      ["Simulated", "Toyota Yaris 1"],
      ["Simulated", "Employee's own car (unallocated trips)"],
    ]);
    expect(table.rows[0].slice(6, 9)).toEqual([1, 20, (20 * 365) / 1]);
    expect(table.rows.every((r) => typeof r[16] === "number")).toBe(true);
  });

  it("puts every trip in the driving book with its current and simulated vehicle and why it was left over", () => {
    const book = sheet.tables.find((t) => t.name === "DrivingBook_r1")!;
    expect(book.rows.map((r) => [r[4], r[5], r[6]])).toEqual([
      ["Toyota Yaris AB1", "Toyota Yaris 1", ""],
      ["Skoda Fabia", "Not allocated", "No vehicle free then"],
    ]);
    expect(book.columns?.[1]?.format).toBe("yyyy-mm-dd hh:mm");
    expect(book.rows[0][1]).toBeCloseTo(45719 + 8 / 24, 9); // a real Excel date serial, not text
  });

  it("records the settings used, telling parameters from the sheet apart from defaults", () => {
    const settings = sheet.tables.find((t) => t.name === "Settings_r1")!;
    expect(settings.rows.find((r) => r[0] === "sub_time")).toEqual(["sub_time", 5, "min", "Parametre sheet"]);
    expect(settings.rows.find((r) => r[0] === "pris_benzin")).toEqual([
      "pris_benzin",
      12.33,
      "kr/l",
      "default",
    ]);
  });

  it("labels the sheet in Danish when asked", () => {
    const da = scenarioPlan(result, summarizeScenario(result), {
      language: "da",
      parameterKeysSet: [],
      runId: "r2",
    });
    expect(da.sheets[0].name).toBe("Scenarie");
    expect(da.sheets[0].ranges.some((r) => r.values[0][0] === "Samlet omkostning (kr/år)")).toBe(true);
  });

  it("keeps its key figures where SCENARIO_KPI_CELLS says, for live links from other sheets", () => {
    expect(rowStartingWith("Total cost (kr/yr)")?.row).toBe(Number(SCENARIO_KPI_CELLS.total.saving.slice(1)));
    expect(rowStartingWith("Vehicles")?.row).toBe(Number(SCENARIO_KPI_CELLS.vehicles.saving.slice(1)));
    expect(rowStartingWith("CO2e (t/yr)")?.row).toBe(Number(SCENARIO_KPI_CELLS.co2e.saving.slice(1)));
    expect(String(sheet.ranges[0].values[0][0]).startsWith(SCENARIO_TITLE_PREFIXES[0])).toBe(true);
  });

  it("adds the fleet changes, unallocated trips per day and trip lengths as tables", () => {
    expect(sheet.tables.find((t) => t.name === "FleetChanges_r1")?.rows).toEqual([
      // Names that do not collide need no km/l.
      ["Toyota Yaris (benzin)", "fossil car", 1, 1, 0],
      ["Skoda Fabia (benzin)", "fossil car", 1, 0, -1],
    ]);
    expect(sheet.tables.find((t) => t.name === "UnallocatedPerDay_r1")?.rows).toEqual([[45719, 1, 30]]);
    const lengths = sheet.tables.find((t) => t.name === "TripLengths_r1")!;
    expect(lengths.columns.map((c) => c.header).slice(0, 2)).toEqual(["Length", "Current: bike"]);
    expect(lengths.rows.map((r) => r[0])).toEqual([
      "0–2 km",
      "2–5 km",
      "5–10 km",
      "10–20 km",
      "20–50 km",
      "50–100 km",
      "≥ 100 km",
    ]);
    // 20 km and 30 km trips: both in 20–50; simulated: one fossil, one unallocated.
    const row2050 = lengths.rows[4];
    expect(row2050[lengths.columns.map((c) => c.header).indexOf("Current: fossil car")]).toBe(2);
    expect(row2050[lengths.columns.map((c) => c.header).indexOf("Simulated: fossil car")]).toBe(1);
    expect(row2050[lengths.columns.map((c) => c.header).indexOf("Simulated: unallocated")]).toBe(1);
  });
});
