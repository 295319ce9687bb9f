import { describe, expect, it } from "vitest";
import { colourScale, conditionalLooks } from "../../src/browser/conditionalColours";
import { cellLook, contrast, luminance } from "../../src/browser/cellLook";
import type { CellValue } from "../../src/workbook/sheetData";
import type { ViewConditionalFormat } from "../../src/workbook/sheetView";

/** A sheet given as rows from A1. */
const at =
  (rows: CellValue[][]) =>
  (row: number, col: number): CellValue =>
    rows[row - 1]?.[col - 1] ?? null;

describe("conditional colours", () => {
  it("spreads a two-colour scale from the lowest to the highest number, mixed in RGB as Excel does", () => {
    const scale = colourScale(
      [
        { kind: "min", color: "#FFFFFF" },
        { kind: "max", color: "#63BE7B" },
      ],
      [10, 20, 30],
    )!;
    expect(scale(10)).toBe("#FFFFFF");
    expect(scale(30)).toBe("#63BE7B");
    // Half way: each channel half way (0xFF→0x63 is 0xB1, 0xFF→0xBE is 0xDF (rounded), 0xFF→0x7B is 0xBD).
    expect(scale(20)).toBe("#B1DFBD");
  });

  it("places three-colour stops at numbers, percents and percentiles of the range", () => {
    const values = [0, 10, 20, 30, 100];
    const stops = [
      { kind: "min" as const, color: "#F8696B" },
      { kind: "percentile" as const, value: 50, color: "#FFEB84" },
      { kind: "max" as const, color: "#63BE7B" },
    ];
    expect(colourScale(stops, values)!(20)).toBe("#FFEB84");
    expect(
      colourScale([{ ...stops[0] }, { kind: "percent", value: 20, color: "#FFEB84" }, stops[2]], values)!(20),
    ).toBe("#FFEB84");
    expect(colourScale([{ kind: "number", value: 5, color: "#000000" }, stops[2]], values)!(0)).toBe(
      "#000000",
    );
  });

  it("colours only the numbers of the range, and text cells keep their own look", () => {
    const formats: ViewConditionalFormat[] = [
      {
        kind: "colorScale",
        blocks: [{ top: 1, left: 1, bottom: 2, right: 2 }],
        stops: [
          { kind: "min", color: "#FFFFFF" },
          { kind: "max", color: "#63BE7B" },
        ],
      },
    ];
    const looks = conditionalLooks(
      formats,
      at([
        [1, "n/a"],
        [null, 3],
      ]),
    );
    expect(looks.get("1:1")?.fill).toBe("#FFFFFF");
    expect(looks.get("2:2")?.fill).toBe("#63BE7B");
    expect(looks.has("1:2")).toBe(false);
    expect(looks.has("2:1")).toBe(false);
  });

  it("marks values below a threshold cell, and follows that cell when it changes", () => {
    const rules: ViewConditionalFormat[] = [
      {
        kind: "cellIs",
        blocks: [{ top: 2, left: 1, bottom: 2, right: 3 }],
        operator: "lessThan",
        operand: { row: 1, col: 1 },
        fontColor: "#C00000",
      },
      // A later rule does not repaint what the first one set.
      {
        kind: "cellIs",
        blocks: [{ top: 2, left: 1, bottom: 2, right: 3 }],
        operator: "greaterThan",
        operand: -1,
        fontColor: "#0000FF",
        fill: "#FFFF00",
      },
    ];
    const sheet = (threshold: number) => at([[threshold], [5, 50, 500]]);
    const looks = conditionalLooks(rules, sheet(100));
    expect(looks.get("2:1")).toEqual({ fontColor: "#C00000", fill: "#FFFF00", bold: undefined });
    expect(looks.get("2:2")?.fontColor).toBe("#C00000");
    expect(looks.get("2:3")?.fontColor).toBe("#0000FF");
    expect(conditionalLooks(rules, sheet(10)).get("2:2")?.fontColor).toBe("#0000FF");
  });
});

describe("cellLook", () => {
  it("puts conditional colours over the cell's fill, and the cell's fill over its table's bands", () => {
    const table = { top: 1, left: 1, bottom: 5, right: 3, headerRow: true, stripes: true };
    expect(cellLook(null, table, 1, undefined)).toEqual({ fill: "#4472C4", color: "#FFFFFF", bold: true });
    expect(cellLook(null, table, 2, undefined)).toEqual({ fill: "#D9E1F2" });
    expect(cellLook(null, table, 3, undefined)).toEqual({});
    expect(cellLook({ value: 1, fill: "#FFF2CC" }, table, 2, undefined).fill).toBe("#FFF2CC");
    expect(cellLook({ value: 1, fill: "#FFF2CC" }, table, 2, { fill: "#63BE7B" }).fill).toBe("#63BE7B");
  });

  it("darkens text too faint for its background just enough to read (4.5:1)", () => {
    const note = cellLook({ value: "note", italic: true, fontColor: "#808080" }, undefined, 1, undefined);
    expect(note.color).not.toBe("#808080");
    expect(contrast(luminance(note.color!), luminance("#FFFFFF"))).toBeGreaterThanOrEqual(4.5);
    // Readable colours stay as they are.
    expect(cellLook({ value: 1, fontColor: "#C00000" }, undefined, 1, undefined).color).toBe("#C00000");
  });
});
