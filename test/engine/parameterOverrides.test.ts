import { describe, expect, it } from "vitest";
import { simulateSheets } from "../../src/engine/simulate";
import { defaultScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import type { CellValue, SheetData } from "../../src/workbook/sheetData";
import { formatCellError } from "../../src/workbook/read/cellError";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  originRow: 1,
  originCol: 1,
  values,
});
const D = 45719;
const sheets = [
  sheet("Køretøjer", [
    ["Bil id", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"],
    [1, "fossilbil", "benzin", 20, 40000, "Nord"],
    [2, "cykel", "bike", null, 2000, ""],
  ]),
  // A 9 km trip of 45 min at 09:00: a bike takes it under the default 15 km limit.
  sheet("Ture", [
    ["Starttid", "Sluttid", "Turlængde", "Bil id"],
    [D + 9 / 24, D + 9.75 / 24, 9, 1],
  ]),
];
const inputs = { vehicles: "Køretøjer", trips: "Ture", parameters: null };
const request = (overrides?: Record<string, number | string>) => ({
  ...defaultScenarioRequest(),
  fleet: [
    { sourceId: "2", count: 1 },
    { sourceId: "1", count: 1 },
  ],
  parameterOverrides: overrides,
});

describe("settings changed for one run (the pane's bike settings)", () => {
  it("apply over the Parametre sheet and are marked in the settings block", () => {
    const plain = simulateSheets(sheets, inputs, request());
    const stricter = simulateSheets(sheets, inputs, request({ bike_max_km_per_trip: 8 }));
    expect(plain.ok && plain.value.summary.simulated.vehicles.find((v) => v.sourceId === "2")?.trips).toBe(1);
    expect(
      stricter.ok && stricter.value.summary.simulated.vehicles.find((v) => v.sourceId === "2")?.trips,
    ).toBe(0);
    const settings = stricter.ok
      ? stricter.value.plan.sheets[0].tables.find((t) => t.name.startsWith("Settings_"))
      : null;
    expect(settings?.rows.find((r) => r[0] === "bike_max_km_per_trip")).toEqual([
      "bike_max_km_per_trip",
      8,
      "km",
      "set for this run",
    ]);
  });

  it("are validated like cells: a window ending before it starts is refused with a message", () => {
    const r = simulateSheets(sheets, inputs, request({ bike_slots: "15:00-07:00" }));
    expect(!r.ok && r.errors.map((e) => formatCellError(e))).toEqual([
      'bike_slots "15:00-07:00" is not a list of time windows, or a window ends before it starts. Fix: Write windows as 07:00-15:30, several separated by ;.',
    ]);
  });
});
