import { describe, expect, it } from "vitest";
import { parseRangeOrigin } from "../../../src/hosts/excel/parseRangeOrigin";

describe("parseRangeOrigin", () => {
  it("gives the top-left cell of a sheet-qualified range address", () => {
    expect(parseRangeOrigin("Data!C3:F10")).toEqual({ row: 3, col: 3 });
  });

  it("reads quoted sheet names, including ones with ! and doubled apostrophes", () => {
    expect(parseRangeOrigin("'Bil''s data!'!AB12")).toEqual({ row: 12, col: 28 });
  });

  it("fails on an address that is not A1 notation", () => {
    expect(() => parseRangeOrigin("Data!R1C1")).toThrow("not A1 notation");
  });
});
