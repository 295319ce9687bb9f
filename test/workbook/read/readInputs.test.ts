import { describe, expect, it } from "vitest";
import { readInputs } from "../../../src/workbook/read/readInputs";
import { formatCellError } from "../../../src/workbook/read/cellError";
import type { CellValue, SheetData } from "../../../src/workbook/sheetData";

const sheet = (name: string, values: CellValue[][], originRow = 1, originCol = 1): SheetData => ({
  name,
  originRow,
  originCol,
  values,
});
const VEHICLE_HEADER = [
  "Bil id",
  "Nummerplade",
  "Mærke",
  "Model",
  "Type",
  "Drivmiddel",
  "WLTP Fossil (km/l)",
  "WLTP El (Wh/km)",
  "Årlig omkostning (kr)",
  "Lokation",
];
const vehicles = (...rows: CellValue[][]) => sheet("Køretøjer", [VEHICLE_HEADER, ...rows]);
const CAR: CellValue[] = [1, "AB12345", "Toyota", "Yaris", "fossilbil", "benzin", 20, null, 40000, "Nord"];
const EV: CellValue[] = [2, "CD67890", "Renault", "Zoe", "elbil", "el", null, 165, 45000, "Nord"];
const TRIP_HEADER = ["Starttid", "Sluttid", "Turlængde (km)", "Bil id", "Lokation"];
const trips = (...rows: CellValue[][]) => sheet("Ture", [TRIP_HEADER, ...rows]);
const SERIAL_0800 = 45719 + 8 / 24; // 2025-03-03 08:00
const SERIAL_0900 = 45719 + 9 / 24;
const NAMES = { vehicles: "Køretøjer", trips: "Ture", parameters: "Parametre" };
const params = (...rows: CellValue[][]) => sheet("Parametre", [["Parameter", "Værdi"], ...rows]);

const namesFor = (sheets: SheetData[]) => ({
  ...NAMES,
  parameters: sheets.some((s) => s.name === "Parametre") ? "Parametre" : null,
});

function errorsOf(sheets: SheetData[]): string[] {
  const r = readInputs(sheets, namesFor(sheets));
  if (r.ok) throw new Error("expected errors");
  return r.errors.map((e) => formatCellError(e));
}

describe("readInputs", () => {
  it("reads vehicles, trips and parameters from Danish headers with units", () => {
    const r = readInputs(
      [vehicles(CAR, EV), trips([SERIAL_0800, SERIAL_0900, "12,5", 1, "Nord"]), params(["sub_time", 10])],
      NAMES,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.vehicles.map((v) => [v.id, v.type, v.fuel])).toEqual([
      ["1", "fossil", "petrol"],
      ["2", "ev", "electric"],
    ]);
    expect(r.value.trips[0]).toMatchObject({
      distanceKm: 12.5,
      vehicleId: "1",
      location: "Nord",
      startMs: Date.UTC(2025, 2, 3, 8),
      endMs: Date.UTC(2025, 2, 3, 9),
    });
    expect(r.value.parameters.changeoverMin).toBe(10);
    expect(r.value.parameters.allowanceLowDkkPerKm).toBe(3.44);
  });

  it("accepts English headers, a table that does not start at A1, and times as text in several formats", () => {
    const v = sheet(
      "Vehicles",
      [
        ["Vehicle id", "Type", "Fuel", "WLTP Fossil", "Yearly cost", "Location"],
        [7, "4", "petrol", "18.5", "41.000,50", "Syd"],
      ],
      3,
      2,
    );
    const t = sheet("Trips", [
      ["Start", "End", "Distance", "Vehicle id"],
      ["2025-03-03 08:15", "03-03-2025 09.45", 4, "7"],
      ["2025-03-04T10:00:00", "4.3.2025 11:00", "1,234.5", 7],
    ]);
    const r = readInputs([v, t], { vehicles: "Vehicles", trips: "Trips", parameters: null });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.vehicles[0]).toMatchObject({
      id: "7",
      kmPerLitre: 18.5,
      yearlyCostDkk: 41000.5,
      location: "Syd",
      sourceRow: 4,
    });
    expect(r.value.trips.map((x) => [x.startMs, x.endMs, x.distanceKm, x.location])).toEqual([
      [Date.UTC(2025, 2, 3, 8, 15), Date.UTC(2025, 2, 3, 9, 45), 4, "Syd"],
      [Date.UTC(2025, 2, 4, 10), Date.UTC(2025, 2, 4, 11), 1234.5, "Syd"],
    ]);
  });

  describe("bad input gives one clear message naming sheet, cell and fix", () => {
    it("a missing column", () => {
      const t = sheet("Ture", [
        ["Starttid", "Sluttid", "Bil id"],
        [SERIAL_0800, SERIAL_0900, 1],
      ]);
      expect(errorsOf([vehicles(CAR), t])).toEqual([
        expect.stringMatching(/^Ture!D1: The header row has no column "Turlængde"\. Fix: Add the column/),
      ]);
    });

    it("text in a number cell", () => {
      expect(errorsOf([vehicles(CAR), trips([SERIAL_0800, SERIAL_0900, "ti km", 1, "Nord"])])).toEqual([
        'Ture!C2: "Turlængde" must be a number (km), but the cell holds the text "ti km". Fix: Enter a number such as 12.5 or 12,5.',
      ]);
    });

    it("an end before its start", () => {
      expect(errorsOf([vehicles(CAR), trips([SERIAL_0900, SERIAL_0800, 3, 1, "Nord"])])).toEqual([
        "Ture!B2: The trip ends (2025-03-03 08:00) before it starts (2025-03-03 09:00). Fix: Correct Starttid or Sluttid; they may have been swapped.",
      ]);
    });

    it("an unknown Bil id", () => {
      expect(errorsOf([vehicles(CAR), trips([SERIAL_0800, SERIAL_0900, 3, 99, "Nord"])])).toEqual([
        "Ture!D2: Bil id 99 is not in the vehicle sheet. Fix: Add vehicle 99 to the vehicle sheet, or correct the id.",
      ]);
    });

    it("an empty sheet", () => {
      expect(errorsOf([vehicles(CAR), sheet("Ture", [])])).toEqual([
        expect.stringMatching(/^Ture!A1: The sheet is empty/),
      ]);
    });

    it("a header without rows", () => {
      expect(errorsOf([vehicles(CAR), trips()])).toEqual([
        expect.stringMatching(/^Ture!A2: The Trips table has a header but no rows/),
      ]);
    });

    it("duplicate vehicle ids", () => {
      expect(errorsOf([vehicles(CAR, [...CAR]), trips([SERIAL_0800, SERIAL_0900, 3, 1, "Nord"])])).toEqual([
        "Køretøjer!A3: Bil id 1 appears twice (also in row 2). Fix: Give every vehicle its own Bil id, or delete the duplicate row.",
      ]);
    });

    it("duplicate trip ids", () => {
      const t = sheet("Ture", [
        [...TRIP_HEADER, "Tur id"],
        [SERIAL_0800, SERIAL_0900, 3, 1, "Nord", "T1"],
        [SERIAL_0800, SERIAL_0900, 3, 1, "Nord", "T1"],
      ]);
      expect(errorsOf([vehicles(CAR), t])).toEqual([
        expect.stringMatching(/^Ture!F3: Tur id T1 appears twice \(also in row 2\)/),
      ]);
    });

    it("an unknown parameter key (a typo must not pass silently)", () => {
      expect(
        errorsOf([
          vehicles(CAR),
          trips([SERIAL_0800, SERIAL_0900, 3, 1, "Nord"]),
          params(["pris_benzn", 13]),
        ]),
      ).toEqual([expect.stringMatching(/^Parametre!A2: "pris_benzn" is not a known parameter\./)]);
    });

    it("a vehicle type and fuel that do not fit together", () => {
      expect(
        errorsOf([
          vehicles([3, "", "", "", "elbil", "diesel", null, 150, 1, "Nord"], CAR),
          trips([SERIAL_0800, SERIAL_0900, 3, 1, "Nord"]),
        ]),
      ).toEqual([expect.stringMatching(/^Køretøjer!F2: Drivmiddel "diesel" does not fit Type "elbil"/)]);
    });

    it("a bike window that ends before it starts", () => {
      expect(
        errorsOf([
          vehicles(CAR),
          trips([SERIAL_0800, SERIAL_0900, 3, 1, "Nord"]),
          params(["bike_slots", "15:30-07:00"]),
        ]),
      ).toEqual([
        expect.stringMatching(/^Parametre!B2: bike_slots "15:30-07:00" is not a list of time windows/),
      ]);
    });
  });

  it("reports errors in Danish too", () => {
    const sheets = [vehicles(CAR), trips([SERIAL_0800, SERIAL_0900, 3, 99, "Nord"])];
    const r = readInputs(sheets, namesFor(sheets));
    expect(!r.ok && formatCellError(r.errors[0], "da")).toBe(
      "Ture!D2: Bil id 99 findes ikke på køretøjsarket. Ret: Tilføj køretøj 99 på køretøjsarket, eller ret id'et.",
    );
  });

  it("keeps a vehicle without yearly cost readable, flagged for when a simulation uses it", () => {
    const sheets = [
      vehicles([5, "", "", "", "fossilbil", "benzin", 20, null, null, "Syd"], CAR),
      trips([SERIAL_0800, SERIAL_0900, 3, 1, "Nord"]),
    ];
    const r = readInputs(sheets, namesFor(sheets));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.usageIssues.get("5")?.map((e) => formatCellError(e))).toEqual([
      expect.stringMatching(/^Køretøjer!I2: Vehicle 5 has no "Årlig omkostning"/),
    ]);
  });
});

describe("EV requirements", () => {
  it("flags an EV without Rækkevidde for when a simulation uses it", () => {
    const v = sheet("Køretøjer", [
      ["Bil id", "Type", "Drivmiddel", "WLTP El", "Rækkevidde", "Årlig omkostning", "Lokation"],
      [4, "elbil", "el", 165, null, 45000, "Nord"],
    ]);
    const t = sheet("Ture", [TRIP_HEADER, [SERIAL_0800, SERIAL_0900, 3, 4, "Nord"]]);
    const r = readInputs([v, t], { vehicles: "Køretøjer", trips: "Ture", parameters: null });
    expect(r.ok && r.value.usageIssues.get("4")?.map((e) => formatCellError(e))).toEqual([
      expect.stringMatching(/^Køretøjer!E2: Vehicle 4 has no "Rækkevidde", which an EV's battery rule needs/),
    ]);
  });
});
