import { describe, expect, it } from "vitest";
import { dateToSerial, serialToDate } from "../../../src/hosts/file/excelDate";

describe("Excel serial dates", () => {
  it("gives the serial Excel stores for whole seconds, to the last bit", () => {
    expect(dateToSerial(new Date(Date.UTC(2025, 2, 3, 0, 0, 1)))).toBe(45719.00001157408);
    expect(dateToSerial(new Date(Date.UTC(2025, 2, 3, 7, 30)))).toBe(45719.3125);
    expect(dateToSerial(new Date(Date.UTC(1899, 11, 30)))).toBe(0);
  });

  it("round-trips whole minutes", () => {
    for (let m = 0; m < 1440 * 3; m += 7) {
      const serial = 45719 + m / 1440;
      expect(dateToSerial(serialToDate(serial))).toBeCloseTo(serial, 10);
    }
  });
});
