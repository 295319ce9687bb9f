import { describe, expect, it } from "vitest";
import { columnWidthPoints } from "../../../src/hosts/excel/columnWidthPoints";

describe("columnWidthPoints", () => {
  it("turns Excel's default 8.43 characters into its default 48 points", () => {
    expect(columnWidthPoints(8.43)).toBe(48);
  });

  it("adds 5 px of padding to 7 px per character, at 0.75 pt per px", () => {
    expect(columnWidthPoints(10)).toBe(56.25);
  });
});
