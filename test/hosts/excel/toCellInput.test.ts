import { describe, expect, it } from "vitest";
import { toCellInput } from "../../../src/hosts/excel/toCellInput";

describe("toCellInput", () => {
  it("writes a formula cell as its formula text", () => {
    expect(toCellInput({ formula: "=SUM(B2:B9)", result: 12 })).toBe("=SUM(B2:B9)");
  });

  it("passes numbers, booleans, plain text and null through", () => {
    expect([42.5, true, "Elbil", null].map(toCellInput)).toEqual([42.5, true, "Elbil", null]);
  });

  it("marks text that would become a formula with an apostrophe (no formula injection)", () => {
    expect(["=1+1", "+45 1234", "-ikke-", "@navn"].map(toCellInput)).toEqual([
      "'=1+1",
      "'+45 1234",
      "'-ikke-",
      "'@navn",
    ]);
  });

  it("marks text that Excel would turn into a number, date or boolean", () => {
    expect(["0123", "2024-01-05", "TRUE", "false"].map(toCellInput)).toEqual([
      "'0123",
      "'2024-01-05",
      "'TRUE",
      "'false",
    ]);
  });

  it("keeps a leading apostrophe by doubling it", () => {
    expect(toCellInput("'citat")).toBe("''citat");
  });

  it("refuses numbers Excel cannot store", () => {
    expect(() => toCellInput(Number.NaN)).toThrow("NaN");
  });
});
