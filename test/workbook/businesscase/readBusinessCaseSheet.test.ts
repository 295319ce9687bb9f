import { describe, expect, it } from "vitest";
import { REPORT_EXAMPLE_INPUTS } from "../../../src/core/businesscase/inputs";
import { businessCasePlan } from "../../../src/workbook/plan/businessCasePlan";
import { formatCellError } from "../../../src/workbook/read/cellError";
import { isBusinessCaseSheet, readBusinessCaseSheet } from "../../../src/workbook/read/readBusinessCaseSheet";
import type { CellValue, SheetData } from "../../../src/workbook/sheetData";
import { sheetDataOf } from "./planCells";
import type { Language } from "../../../src/core/language";

const written = (language: Language = "en") =>
  sheetDataOf(businessCasePlan({ language, inputs: { ...REPORT_EXAMPLE_INPUTS } }).sheets[0]);

/** The sheet after the user typed `value` into `address`. */
function edited(sheet: SheetData, address: string, value: CellValue): SheetData {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  const values = sheet.values.map((r) => [...r]);
  values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = value;
  return { ...sheet, values };
}

describe("readBusinessCaseSheet", () => {
  it("recognises a business-case sheet by its title and reads back every input it was written with", () => {
    for (const language of ["en", "da"] as const) {
      const sheet = written(language);
      expect(isBusinessCaseSheet(sheet)).toBe(true);
      expect(readBusinessCaseSheet(sheet)).toEqual({ ok: true, value: REPORT_EXAMPLE_INPUTS });
    }
  });

  it("takes the user's edits, including numbers typed as Danish text and percentages as text", () => {
    let sheet = edited(written(), "B14", 250);
    sheet = edited(sheet, "B36", "13,75");
    sheet = edited(sheet, "B55", "3,5 %");
    const read = readBusinessCaseSheet(sheet);
    expect(read.ok && read.value).toMatchObject({
      vehicles: 250,
      fuelPricePerLitre: 13.75,
      discountRate: 0.035,
    });
  });

  it("refuses zero km/l, a negative price and text, each with its cell and a fix", () => {
    let sheet = edited(written(), "B35", 0);
    sheet = edited(sheet, "B36", -13);
    sheet = edited(sheet, "B33", "tre tusind");
    const read = readBusinessCaseSheet(sheet);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => formatCellError(e))).toEqual([
      `'Business case'!B33: "Lease per month" must be a number of at least 0, but the cell holds the text "tre tusind". Fix: Enter a number of at least 0; the report's example is 3200.`,
      `'Business case'!B35: "Fuel economy (average)" must be a number greater than 0, but the cell holds the value 0. Fix: Enter a number greater than 0; the report's example is 18.`,
      `'Business case'!B36: "Fuel price" must be a number of at least 0, but the cell holds the value -13. Fix: Enter a number of at least 0; the report's example is 13.`,
    ]);
    expect(formatCellError(read.errors[1], "da")).toBe(
      `'Business case'!B35: "Brændstofforbrug (gns.)" skal være et tal større end 0, men cellen indeholder værdien 0. Ret: Skriv et tal større end 0; rapportens eksempel er 18.`,
    );
  });

  it("refuses an emptied input cell and a fraction of a vehicle", () => {
    const read = readBusinessCaseSheet(edited(edited(written(), "B34", null), "B14", 2.5));
    expect(read.ok ? [] : read.errors.map((e) => e.cell)).toEqual(["B14", "B34"]);
  });

  it("refuses to read by position when rows were moved, naming the first label that is off", () => {
    const sheet = written();
    const moved = { ...sheet, values: [sheet.values[0], [null], ...sheet.values.slice(1)] };
    const read = readBusinessCaseSheet(moved);
    expect(read.ok ? null : formatCellError(read.errors[0])).toMatch(
      /^'Business case'!A14: This cell should hold the label "Vehicles in the fleet": rows of the business case were moved/,
    );
  });
});
