import { describe, expect, it } from "vitest";
import { loadWorkbook } from "../../../src/hosts/file/readXlsx";
import { FileWorkbookHost } from "../../../src/hosts/file/fileWorkbookHost";
import { writeResultFile } from "../../../src/hosts/file/writeWorkbookFile";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";

const plan = (): WorkbookPlan => ({
  sheets: [
    {
      name: "Inputs",
      ranges: [
        { row: 1, col: 1, values: [["km/l"], ["Vehicles"], ["Switch"]], style: "label" },
        {
          row: 1,
          col: 2,
          values: [[18]],
          style: "input",
          numberValidation: { kind: "decimal", min: 0, minExclusive: true, errorMessage: "km/l: above 0." },
        },
        { row: 2, col: 2, values: [[300]], numberValidation: { kind: "whole", min: 1 } },
        { row: 3, col: 2, values: [[0]], numberValidation: { kind: "whole", min: 0, max: 1 } },
        { row: 4, col: 2, values: [[1, 2]], numberValidation: { kind: "decimal", max: 10 } },
      ],
      tables: [],
    },
  ],
});

describe("FileWorkbookHost number validations", () => {
  it("writes whole and decimal rules with Excel's operators and a stop message, and they survive a save", async () => {
    const bytes = await writeResultFile(null, plan());
    const ws = (await loadWorkbook(bytes)).getWorksheet("Inputs")!;
    expect(ws.dataValidations.find("B1")).toMatchObject({
      type: "decimal",
      operator: "greaterThan",
      formulae: [0],
      showErrorMessage: true,
      errorStyle: "stop",
      error: "km/l: above 0.",
    });
    expect(ws.dataValidations.find("B2")).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [1],
    });
    expect(ws.dataValidations.find("B3")).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [0, 1],
    });
    expect(ws.dataValidations.find("C4")).toMatchObject({ operator: "lessThanOrEqual", formulae: [10] });
    expect(ws.dataValidations.find("A1")).toBeUndefined();
  });

  it("refuses a rule without bounds before touching the workbook", async () => {
    const host = FileWorkbookHost.empty();
    const bad = plan();
    bad.sheets[0].ranges[1].numberValidation = { kind: "decimal" };
    await expect(host.writePlan(bad)).rejects.toThrow(/needs a minimum, a maximum or both/);
    expect(await host.listSheets()).toEqual([]);
  });

  it("reads the A1 title of each sheet without reading the sheets", async () => {
    const host = FileWorkbookHost.empty();
    await host.writePlan({
      sheets: [
        {
          name: "Scenario",
          ranges: [{ row: 1, col: 1, values: [["  FleetOptimiser simulation: Nord "]] }],
          tables: [],
        },
        { name: "Tom", ranges: [{ row: 2, col: 1, values: [["not in A1"]] }], tables: [] },
        { name: "Tal", ranges: [{ row: 1, col: 1, values: [[42]] }], tables: [] },
      ],
    });
    expect(await host.readTitles(["Scenario", "Tom", "Tal"])).toEqual([
      "FleetOptimiser simulation: Nord",
      "",
      "",
    ]);
  });
});
