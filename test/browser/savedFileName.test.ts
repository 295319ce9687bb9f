import { describe, expect, it } from "vitest";
import { savedFileName } from "../../src/browser/savedFileName";
import { cellText } from "../../src/browser/cellText";

describe("savedFileName", () => {
  it("adds -fleetoptimiser before the extension", () => {
    expect(savedFileName("Flåde 2025.xlsx")).toBe("Flåde 2025-fleetoptimiser.xlsx");
    expect(savedFileName("data.XLSX")).toBe("data-fleetoptimiser.xlsx");
  });

  it("does not repeat the suffix when a saved file is saved again", () => {
    expect(savedFileName("Flåde-fleetoptimiser.xlsx")).toBe("Flåde-fleetoptimiser.xlsx");
  });

  it("names a nameless workbook", () => {
    expect(savedFileName(".xlsx")).toBe("workbook-fleetoptimiser.xlsx");
  });
});

describe("cellText", () => {
  it("shows cells close to Excel's General format", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(42)).toBe("42");
    expect(cellText(45719.291666666664 /* 2025-03-03 07:00 as a serial */)).toBe("45719.291667");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(new Date(Date.UTC(2025, 2, 3, 7, 0)))).toBe("2025-03-03 07:00");
    expect(cellText("Rådhuset")).toBe("Rådhuset");
  });
});
