import { describe, expect, it } from "vitest";
import { columnAddress, rangeAddress } from "../../../src/hosts/excel/rangeAddress";

describe("rangeAddress", () => {
  it("gives the A1 address of a block from its top-left corner and size", () => {
    expect(rangeAddress(2, 1, 3, 2)).toBe("A2:B4");
  });

  it("gives a single cell as just the cell", () => {
    expect(rangeAddress(7, 3, 1, 1)).toBe("C7");
  });
});

describe("columnAddress", () => {
  it("gives the whole column", () => {
    expect(columnAddress(28)).toBe("AB:AB");
  });
});
