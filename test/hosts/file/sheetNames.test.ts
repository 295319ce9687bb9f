import { describe, expect, it } from "vitest";
import {
  isValidTableName,
  quoteSheetName,
  sanitizeSheetName,
  uniqueSheetName,
  uniqueTableName,
} from "../../../src/hosts/file/sheetNames";

describe("sanitizeSheetName", () => {
  it("removes the characters Excel forbids and cuts to 31 characters", () => {
    expect(sanitizeSheetName("Scenarie [1]: 2025/03*?\\")).toBe("Scenarie 1 202503");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
  });

  it("never returns an empty, apostrophe-wrapped or reserved name", () => {
    expect(sanitizeSheetName("[]")).toBe("Sheet");
    expect(sanitizeSheetName("'Kørebog'")).toBe("Kørebog");
    expect(sanitizeSheetName("History")).toBe("History 1");
  });
});

describe("uniqueSheetName", () => {
  it("adds (2), (3)… comparing names case-insensitively, as Excel does", () => {
    expect(uniqueSheetName("Kørebog", ["Ture"])).toBe("Kørebog");
    expect(uniqueSheetName("Kørebog", ["KØREBOG"])).toBe("Kørebog (2)");
    expect(uniqueSheetName("Kørebog", ["Kørebog", "Kørebog (2)"])).toBe("Kørebog (3)");
  });

  it("shortens the base so the suffix fits in 31 characters", () => {
    const long = "Sammenligning af scenarier 2025";
    expect(long).toHaveLength(31);
    const name = uniqueSheetName(long, [long]);
    expect(name).toBe("Sammenligning af scenarier (2)");
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe("table names", () => {
  it("accepts Excel's table names and rejects cell-like or malformed ones", () => {
    for (const ok of ["tblKoeretoejer", "_x", "Tbl.1", "Køretøjer"]) expect(isValidTableName(ok)).toBe(true);
    for (const bad of ["", "1tbl", "A1", "xfd100", "R1C1", "R", "c", "tbl ture", "tbl-ture"]) {
      expect(isValidTableName(bad)).toBe(false);
    }
  });

  it("adds _2, _3… when the workbook already has the name", () => {
    expect(uniqueTableName("tblTure", ["TBLTURE", "tblTure_2"])).toBe("tblTure_3");
    expect(() => uniqueTableName("bad name", [])).toThrow(/not a valid/);
  });
});

describe("quoteSheetName", () => {
  it("quotes and doubles apostrophes", () => {
    expect(quoteSheetName("Bilernes ture")).toBe("'Bilernes ture'");
    expect(quoteSheetName("Ole's")).toBe("'Ole''s'");
  });
});
