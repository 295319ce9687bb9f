import { describe, expect, it } from "vitest";
import { exportVehiclesFile, vehicleCheckSheets } from "../../src/engine/dataTools";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { writeResultFile } from "../../src/hosts/file/writeWorkbookFile";
import type { SheetData } from "../../src/workbook/sheetData";

const vehicles: SheetData = {
  name: "Køretøjer",
  originRow: 1,
  originCol: 1,
  values: [
    ["Bil id", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"],
    [101, "fossilbil", "benzin", 20, 30000, "Rådhuset"],
    [102, "fossilbil", "benzin", null, 32000, "Rådhuset"],
  ],
};
const trips: SheetData = {
  name: "Ture",
  originRow: 1,
  originCol: 1,
  values: [
    ["Bil id", "Starttid", "Sluttid", "Turlængde", "Lokation"],
    [101, "2025-03-03 08:00", "2025-03-03 09:00", 12.5, "Rådhuset"],
    [102, "2025-03-03 10:00", "2025-03-03 11:00", 20, "Rådhuset"],
  ],
};
const inputs = { vehicles: "Køretøjer", trips: "Ture", parameters: null };

describe("the pane's data tools in the engine", () => {
  it("exports the vehicle sheet as an xlsx with OS2's Sheet1, one row per vehicle", async () => {
    const outcome = await exportVehiclesFile([vehicles], { ...inputs, trips: "" }, (plan) =>
      writeResultFile(null, plan),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.value.fileName).toBe("Oversigt_over_flåde.xlsx");
    const [sheet] = await readXlsx(outcome.value.bytes);
    expect(sheet.name).toBe("Sheet1");
    expect(sheet.values[0].slice(0, 3)).toEqual(["id", "Nummerplade", "Mærke"]);
    expect(sheet.values.slice(1).map((r) => r[0])).toEqual([101, 102]);
  });

  it("checks the vehicles into the Vehicle data check sheet, the car without WLTP listed", () => {
    const outcome = vehicleCheckSheets([vehicles, trips], inputs, {
      location: null,
      fromDate: null,
      toDate: null,
      language: "en",
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.value.result.vehicles.map((v) => [v.id, v.problems.map((p) => p.code)])).toEqual([
      ["102", ["missing-consumption"]],
    ]);
    expect(outcome.value.plan.sheets[0].name).toBe("Vehicle data check");
  });
});
