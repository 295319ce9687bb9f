import { describe, expect, it } from "vitest";
import { readCsv, sheetNameFromFile } from "../../../src/hosts/file/readCsv";
import { readGpsPoints } from "../../../src/workbook/read/readGpsPoints";

describe("readCsv", () => {
  it("detects a ; delimiter and reads a decimal comma, as a Danish Excel saves CSV", () => {
    const s = readCsv("Bil id;Tid;Breddegrad;Længdegrad\n7;2025-03-03 08:00;55,6761;12,5683\n", "GPS");
    expect(s.values).toEqual([
      ["Bil id", "Tid", "Breddegrad", "Længdegrad"],
      [7, "2025-03-03 08:00", 55.6761, 12.5683],
    ]);
  });

  it("detects a , delimiter with a decimal point, and quoted fields", () => {
    const s = readCsv('Lokation,Breddegrad,Længdegrad\n"Rådhuset, Nord",55.6761,12.5683\r\n', "L");
    expect(s.values[1]).toEqual(["Rådhuset, Nord", 55.6761, 12.5683]);
  });

  it("detects a tab delimiter, drops a byte-order mark and empty lines", () => {
    const s = readCsv("\uFEFFa\tb\n\n1\t2,5\n", "T");
    expect(s.values).toEqual([
      ["a", "b"],
      [1, 2.5],
    ]);
  });

  it("keeps ids with leading zeros as text", () => {
    expect(readCsv("Bil id;km\n007;1\n", "x").values[1]).toEqual(["007", 1]);
  });

  it("gives the workbook readers a sheet they read like any other", () => {
    const s = readCsv("Bil id;Tid;Breddegrad;Længdegrad\n7;03-03-2025 08.00;55,6;12,5\n", "GPS-punkter");
    const r = readGpsPoints(s);
    expect(r.errors).toEqual([]);
    expect(r.fixes[0]).toMatchObject({ vehicleId: "7", lat: 55.6, lon: 12.5, sourceRow: 2 });
  });

  it("names the sheet after the file", () => {
    expect(sheetNameFromFile("C:\\data\\GPS-punkter.csv")).toBe("GPS-punkter");
    expect(sheetNameFromFile("export.2025.csv")).toBe("export.2025");
  });
});
