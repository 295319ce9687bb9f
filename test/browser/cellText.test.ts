import { describe, expect, it } from "vitest";
import { cellText, defaultAlignment } from "../../src/browser/cellText";
import { NUMBER_FORMATS } from "../../src/workbook/plan/types";

describe("cellText", () => {
  it("shows kroner with the page language's thousands separator", () => {
    expect(cellText(1909914.316269, NUMBER_FORMATS.dkk, "da")).toBe("1.909.914 kr.");
    expect(cellText(1909914.316269, NUMBER_FORMATS.dkk, "en")).toBe("1,909,914 kr.");
    expect(cellText(-1234.56, NUMBER_FORMATS.dkk2, "da")).toBe("-1.234,56 kr.");
  });

  it("shows percentages as Excel does, with the decimal separator of the language", () => {
    expect(cellText(0.200896, NUMBER_FORMATS.percent, "en")).toBe("20.1%");
    expect(cellText(0.200896, NUMBER_FORMATS.percent, "da")).toBe("20,1%");
  });

  it("shows a date serial as a date, and a date-time serial with its time", () => {
    expect(cellText(45719, NUMBER_FORMATS.date, "en")).toBe("2025-03-03");
    expect(cellText(45719.291666666664, NUMBER_FORMATS.dateTime, "da")).toBe("2025-03-03 07:00");
  });

  it("shows units and fixed decimals", () => {
    expect(cellText(50.51973782584399, NUMBER_FORMATS.tonnes, "en")).toBe("50.520 t");
    expect(cellText(3.14159, "0.00", "da")).toBe("3,14");
    expect(cellText(7, '00":00"', "en")).toBe("07:00");
  });

  it("shows General cells as Excel does: short decimals, text and booleans as they are", () => {
    expect(cellText(null, undefined, "en")).toBe("");
    expect(cellText(42, undefined, "en")).toBe("42");
    expect(cellText(1909914.316269, undefined, "en")).toBe("1909914.316");
    expect(cellText(1909914.316269, undefined, "da")).toBe("1909914,316");
    expect(cellText(true, undefined, "en")).toBe("TRUE");
    expect(cellText("Rådhuset", NUMBER_FORMATS.dkk, "da")).toBe("Rådhuset");
  });

  it("falls back to General for a format code Excel would not accept, rather than hiding the value", () => {
    expect(cellText(12.5, '0.0 "unclosed', "en")).toBe("12.5");
  });

  it("aligns numbers right, text left and booleans and errors in the middle, as Excel does", () => {
    expect(defaultAlignment(3)).toBe("right");
    expect(defaultAlignment("Bil")).toBe("left");
    expect(defaultAlignment(true)).toBe("center");
    expect(defaultAlignment("#DIV/0!")).toBe("center");
  });
});
