import { describe, expect, it } from "vitest";
import { templatePlan } from "../../../src/workbook/plan/templatePlan";

const aggregationSheets = new Set([
  "Lokationer",
  "Logninger",
  "GPS-punkter",
  "Locations",
  "Logs",
  "GPS points",
]);
/** The aggregation's part of "Create template". */
const aggregationTemplatePlan = (lang: Language) => ({
  sheets: templatePlan(lang).sheets.filter((s) => aggregationSheets.has(s.name)),
});
import { readAggregationInputs } from "../../../src/workbook/read/readAggregationInputs";
import type { CellValue, SheetData } from "../../../src/workbook/sheetData";
import type { Language } from "../../../src/core/language";

describe("the template's aggregation sheets", () => {
  it("gives empty Lokationer, Logninger and GPS-punkter tables whose headers the readers accept", () => {
    const plan = aggregationTemplatePlan("da");
    expect(plan.sheets.map((s) => s.name)).toEqual(["Lokationer", "Logninger", "GPS-punkter"]);
    const [loc, , gps] = plan.sheets.map((s) => s.tables[0]);
    expect(gps.columns.map((c) => c.header)).toEqual([
      "Bil id",
      "Tid",
      "Breddegrad (°)",
      "Længdegrad (°)",
      "Tænding",
      "Kilometertæller (km)",
    ]);
    expect(gps.columns?.[1]?.format).toBe("yyyy-mm-dd hh:mm");
    // Pasted data under the template's headers reads without a single error.
    const sheets: SheetData[] = [
      {
        name: "Lokationer",
        originRow: 1,
        originCol: 1,
        values: [loc.columns.map((c) => c.header), ["Nord", 55.7, 12.5]],
      },
      {
        name: "GPS-punkter",
        originRow: 1,
        originCol: 1,
        values: [gps.columns.map((c) => c.header), [1, 45719.3, 55.7, 12.5, 1, 100] as CellValue[]],
      },
    ];
    const read = readAggregationInputs(sheets, {
      locations: "Lokationer",
      logs: [],
      gpsPoints: ["GPS-punkter"],
      vehicles: null,
      parameters: null,
    });
    expect(read.ok).toBe(true);
  });

  it("names the sheets in English for an English Excel", () => {
    expect(aggregationTemplatePlan("en").sheets.map((s) => s.name)).toEqual([
      "Locations",
      "Logs",
      "GPS points",
    ]);
  });
});
