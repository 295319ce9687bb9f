import { describe, expect, it } from "vitest";
import { createEngineApi } from "../../src/engine/engineApi";
import { simulateSheets } from "../../src/engine/simulate";
import type { InputOverview } from "../../src/engine/api";
import type { CellValue, SheetData } from "../../src/workbook/sheetData";
import { modelGroups } from "../../src/app/state/fleetGroups";
import {
  initialForm,
  rowCostChange,
  setFleetCount,
  toScenarioRequest,
} from "../../src/app/state/simulationForm";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  originRow: 1,
  originCol: 1,
  values,
});
const D = 45719;
/**
 * Three Aygos alike but for their lease (32,000, 34,000 and 30,000 kr a year), one Aygo with other
 * WLTP figures, and one 20 km trip: whichever Aygo drives it, fuel and CO2e are the same, so the
 * yearly cost moves only by the leases.
 */
const sheets = [
  sheet("Køretøjer", [
    ["Bil id", "Mærke", "Model", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"],
    [1, "Toyota", "Aygo X", "fossilbil", "benzin", 21.1, 32000, "Nord"],
    [2, "Toyota", "Aygo X", "fossilbil", "benzin", 21.1, 34000, "Nord"],
    [3, "Toyota", "Aygo X", "fossilbil", "benzin", 21.1, 30000, "Nord"],
    [4, "Toyota", "Aygo X", "fossilbil", "benzin", 22.6, 42900, "Nord"],
  ]),
  sheet("Ture", [
    ["Starttid", "Sluttid", "Turlængde", "Bil id"],
    [D + 9 / 24, D + 10 / 24, 20, 1],
  ]),
];
const inputs = { vehicles: "Køretøjer", trips: "Ture", parameters: null };

async function overview(): Promise<InputOverview> {
  const read = await createEngineApi().overview(sheets, inputs);
  if (!read.ok) throw new Error("the overview failed");
  return read.value;
}

function simulatedCost(o: InputOverview, count: number): number {
  const row = modelGroups(o, "Nord")[0];
  const request = toScenarioRequest(setFleetCount(initialForm(o), row.id, count), o, "en");
  const run = simulateSheets(sheets, inputs, request);
  if (!run.ok) throw new Error("the simulation failed");
  return run.value.summary.simulated.yearlyCost;
}

describe("the pane's fleet table on the engine's overview", () => {
  it("merges vehicles that differ only by yearly cost, not those with other WLTP figures", async () => {
    const groups = modelGroups(await overview(), "Nord");
    expect(groups.map((g) => g.vehicles.map((v) => v.id))).toEqual([["1", "2", "3"], ["4"]]);
  });

  it("simulates the fleet the table shows: lowering drops the dearest lease, raising adds the cheapest", async () => {
    const o = await overview();
    const row = modelGroups(o, "Nord")[0];
    const today = simulatedCost(o, 3);
    expect(simulatedCost(o, 2) - today).toBeCloseTo(-34000, 6);
    expect(rowCostChange(row, 2)).toBe(-34000);
    expect(simulatedCost(o, 4) - today).toBeCloseTo(30000, 6);
    expect(rowCostChange(row, 4)).toBe(30000);
  });
});
