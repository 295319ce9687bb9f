import { describe, expect, it } from "vitest";
import { savedFileName } from "../../src/browser/savedFileName";

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
