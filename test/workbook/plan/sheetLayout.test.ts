import { SSF } from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { formatCellText } from "../../../src/workbook/plan/formatCellText";
import { uniqueModelLabels, type ModelLabelFacts } from "../../../src/workbook/plan/modelLabels";
import { planAlign } from "../../../src/workbook/plan/planAlign";
import { printSetupOf } from "../../../src/workbook/plan/printSetup";
import { sheetLayout, wrapLines } from "../../../src/workbook/plan/sheetLayout";
import { NUMBER_FORMATS as F, type SheetPlan } from "../../../src/workbook/plan/types";

describe("formatCellText", () => {
  it.each([
    [1909914, F.dkk],
    [1234.56, F.dkk2],
    [-1234.5, F.km],
    [0.2083, F.percent],
    [0.0012, "0.00%"],
    [23.0812, F.tCo2e],
    [45719.3125, F.dateTime],
    [45719, F.date],
    [8, '00":00"'],
    [3, "+#,##0;-#,##0;0"],
    [-3, "+#,##0;-#,##0;0"],
    [0, "+#,##0;-#,##0;0"],
    [0.1, '"±"0%'],
    [2, '"Year "0'],
    [0.98765, "0.0000"],
    [12.5, '0.0 "km/l"'],
    [1234567.891, "General"],
    [0.1 + 0.2, "General"],
  ])("shows %s under %s as a spreadsheet does (SheetJS's SSF)", (value, format) => {
    expect(formatCellText(value, format)).toBe(SSF.format(format, value));
  });

  it("shows texts, booleans and formula results as they are", () => {
    expect(formatCellText("Christiania", F.dkk)).toBe("Christiania");
    expect(formatCellText(true, null)).toBe("TRUE");
    expect(formatCellText({ formula: "=A1*2", result: 1500 }, F.integer)).toBe("1,500");
    expect(formatCellText(null, F.integer)).toBe("");
  });
});

describe("planAlign", () => {
  it("follows the plan, then a number format, then the values", () => {
    expect(planAlign({ align: "left", format: F.integer }, [1])).toBe("left");
    expect(planAlign({ format: F.dkk }, ["never"])).toBe("right");
    expect(planAlign(undefined, [1, null, "", 2])).toBe("right");
    expect(planAlign(undefined, [1, "x"])).toBe("left");
    expect(planAlign(undefined, [])).toBe("left");
  });
});

describe("sheetLayout", () => {
  const sheet: SheetPlan = {
    name: "S",
    ranges: [
      {
        row: 1,
        col: 1,
        values: [["A long title that runs on into the empty cells beside it"]],
        style: "title",
      },
      {
        row: 3,
        col: 1,
        values: [["Mileage allowance for unallocated trips (kr/yr)", 1909914]],
        columns: [{}, { format: F.dkk }],
      },
    ],
    tables: [
      {
        name: "T",
        row: 5,
        col: 1,
        columns: [
          { header: "Model" },
          { header: "Unallocated trips", format: F.integer },
          { header: "Id", minWidth: 20 },
        ],
        rows: [["Christiania Classic (e-bike)", 33731, "x"]],
      },
    ],
  };

  it("fits numbers as formatted and text beside a filled cell, not text that runs on", () => {
    const { columnWidths } = sheetLayout(sheet);
    const a = columnWidths[0]!;
    expect(a).toBeGreaterThanOrEqual("Mileage allowance for unallocated trips (kr/yr)".length + 1);
    expect(a).toBeLessThan("A long title that runs on into the empty cells beside it".length);
    expect(columnWidths[1]!).toBeGreaterThanOrEqual("1,909,914 kr.".length + 1);
    expect(columnWidths[2]).toBe(20);
  });

  it("wraps a header over a narrow column onto at most three lines and says how tall its row is", () => {
    const plan: SheetPlan = {
      name: "S",
      ranges: [],
      tables: [
        {
          name: "T",
          row: 2,
          col: 1,
          columns: [{ header: "CO2e saving per year (t)", format: F.tonnes }],
          rows: [[1.5]],
        },
      ],
    };
    const { columnWidths, headerLines } = sheetLayout(plan);
    const lines = headerLines.get(2) ?? 1;
    expect(lines).toBeGreaterThan(1);
    expect(lines).toBeLessThanOrEqual(3);
    expect(wrapLines("CO2e saving per year (t)", columnWidths[0]! - 2).length).toBeLessThanOrEqual(3);
  });
});

describe("printSetupOf", () => {
  it("prints a wide sheet landscape, one page wide, repeating the longest table's header", () => {
    const wide: SheetPlan = {
      name: "W",
      ranges: [],
      tables: [
        { name: "Short", row: 1, col: 1, columns: [{ header: "a" }], rows: [[1]] },
        {
          name: "Long",
          row: 5,
          col: 1,
          columns: Array.from({ length: 12 }, (_, i) => ({ header: `b${i}` })),
          rows: [[1], [2], [3]],
        },
      ],
    };
    expect(printSetupOf(wide, Array(20).fill(12))).toEqual({
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: 5, last: 5 },
    });
    expect(printSetupOf({ ...wide, tables: wide.tables.slice(0, 1) }, [10]).orientation).toBe("portrait");
    expect(printSetupOf({ ...wide, print: { orientation: "portrait" } }, [300]).orientation).toBe("portrait");
  });
});

describe("uniqueModelLabels", () => {
  const v = (over: Partial<ModelLabelFacts>): ModelLabelFacts => ({
    id: "1",
    plate: "",
    make: "Christiania",
    model: "Classic",
    type: "bike",
    fuelLabel: "bike",
    kmPerLitre: null,
    whPerKm: null,
    ...over,
  });
  const en = { bike: "bike", ebike: "e-bike", ev: "EV", fossil: "fossil car" };

  it("names an e-bike as one, and adds the plate (or Bil id) where names still collide", () => {
    expect(
      uniqueModelLabels(
        [v({ id: "1", plate: "AB12345" }), v({ id: "2" }), v({ id: "3", type: "ebike" })],
        en,
      ),
    ).toEqual([
      "Christiania Classic (bike, AB12345)",
      "Christiania Classic (bike, Bil id 2)",
      "Christiania Classic (e-bike)",
    ]);
  });

  it("adds km/l or Wh/km first, and only where names collide", () => {
    const car = { make: "Toyota", model: "Yaris", type: "fossil" as const, fuelLabel: "benzin" };
    expect(
      uniqueModelLabels(
        [
          v({ ...car, id: "1", kmPerLitre: 21.9 }),
          v({ ...car, id: "2", kmPerLitre: 18.2 }),
          v({ id: "3", make: "Renault", model: "Zoe", type: "ev", fuelLabel: "el", whPerKm: 165 }),
        ],
        en,
      ),
    ).toEqual(["Toyota Yaris (benzin, 21.9 km/l)", "Toyota Yaris (benzin, 18.2 km/l)", "Renault Zoe (el)"]);
  });
});
