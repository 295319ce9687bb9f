import { describe, expect, it } from "vitest";
import { sanitizeSheetName, uniqueSheetName } from "../../../src/workbook/schema/uniqueSheetName";

describe("sanitizeSheetName", () => {
  it("removes the characters Excel forbids in sheet names", () => {
    expect(sanitizeSheetName("a[b]c:d*e?f/g\\h")).toBe("abcdefgh");
  });

  it("removes apostrophes at either end, which Excel refuses there", () => {
    expect(sanitizeSheetName("'Bilernes'")).toBe("Bilernes");
  });

  it("cuts a name to 31 characters", () => {
    expect(sanitizeSheetName("x".repeat(40))).toBe("x".repeat(31));
  });

  it("falls back to Sheet when nothing is left", () => {
    expect(sanitizeSheetName("[]?")).toBe("Sheet");
  });

  it("does not use History, which Excel reserves", () => {
    expect(sanitizeSheetName("history")).not.toMatch(/^history$/i);
  });
});

describe("uniqueSheetName", () => {
  it("keeps a free name as it is", () => {
    expect(uniqueSheetName("Resultat", new Set(["kørebog"]))).toBe("Resultat");
  });

  it('adds " (2)", " (3)" … when the name is taken, comparing without case as Excel does', () => {
    expect(uniqueSheetName("Resultat", new Set(["resultat"]))).toBe("Resultat (2)");
    expect(uniqueSheetName("Resultat", new Set(["resultat", "resultat (2)"]))).toBe("Resultat (3)");
  });

  it("shortens a long name so the suffix still fits in 31 characters", () => {
    const long = "Scenarie med alle elbiler i 2025";
    const taken = new Set([long.slice(0, 31).toLowerCase()]);
    const name = uniqueSheetName(long, taken);
    expect(name).toBe("Scenarie med alle elbiler i (2)");
    expect(name.length).toBeLessThanOrEqual(31);
  });

  describe("edge cases", () => {
    it("never cuts an emoji in half", () => {
      const name = sanitizeSheetName(`${"x".repeat(30)}🚗`);
      expect(name).toBe("x".repeat(30));
    });
  });
});
