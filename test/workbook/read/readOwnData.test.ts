import { describe, expect, it } from "vitest";
import { proposeInputSheetsFromData, readInputs } from "../../../src/workbook/read/readInputs";
import { formatCellError } from "../../../src/workbook/read/cellError";
import type { CellValue, SheetData } from "../../../src/workbook/sheetData";
import { OS2_VEHICLE_HEADER } from "../../../src/workbook/schema/os2VehicleExport";
import { columnMappingSheetPlan } from "../../../src/workbook/schema/columnMappingSheet";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  originRow: 1,
  originCol: 1,
  values,
});

/** Two vehicles as OS2's configuration page exports them (Oversigt_over_flåde.xlsx, Sheet1). */
const OS2_ROWS: CellValue[][] = [
  [
    101,
    "AB12345",
    "Toyota",
    "Yaris",
    "fossilbil",
    "benzin",
    20.5,
    null,
    null,
    null,
    38000,
    "Rådhuset",
    "Hjemmeplejen",
    "Social og Sundhed",
    "01-02-2023",
    "31-01-2027",
    "operationel",
    15000,
    null,
  ],
  [
    102,
    "CD67890",
    "Renault",
    "Zoe",
    "elbil",
    "el",
    null,
    165,
    20,
    300,
    45000,
    "Rådhuset",
    "Hjemmeplejen",
    "Social og Sundhed",
    "15-03-2024",
    "14-03-2028",
    "finansiel",
    20000,
    7,
  ],
];
const os2Sheet = () => sheet("Sheet1", [[...OS2_VEHICLE_HEADER], ...OS2_ROWS]);
const TRIP_HEADER = ["Starttid", "Sluttid", "Turlængde (km)", "Bil id", "Lokation"];
const trips = (...rows: CellValue[][]) => sheet("Ture", [TRIP_HEADER, ...rows]);

describe("OS2's vehicle export as it is", () => {
  it("is recognised as the vehicle sheet by its headers, though it is called Sheet1", () => {
    const sheets = [
      os2Sheet(),
      sheet("Data", [TRIP_HEADER, ["2025-03-03 08:00", "2025-03-03 09:00", 3, 101, ""]]),
    ];
    expect(proposeInputSheetsFromData(sheets)).toMatchObject({ vehicles: "Sheet1", trips: "Data" });
  });

  it("reads both WLTP columns apart, the DD-MM-YYYY dates, Afdeling and Forvaltning", () => {
    const r = readInputs([os2Sheet(), trips(["2025-03-03 08:00", "2025-03-03 09:00", 3, 101, "Rådhuset"])], {
      vehicles: "Sheet1",
      trips: "Ture",
      parameters: null,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [car, ev] = r.value.vehicles;
    expect(car).toMatchObject({
      id: "101",
      type: "fossil",
      fuel: "petrol",
      kmPerLitre: 20.5,
      whPerKm: null,
      yearlyCostDkk: 38000,
      leaseStartMs: Date.UTC(2023, 1, 1),
      leaseEndMs: Date.UTC(2027, 0, 31),
      leasingType: "operationel",
      kmPerYear: 15000,
      department: "Hjemmeplejen",
      forvaltning: "Social og Sundhed",
    });
    expect(ev).toMatchObject({
      type: "ev",
      kmPerLitre: null,
      whPerKm: 165,
      capacityDecreasePct: 20,
      rangeKm: 300,
      restHours: 7,
    });
    expect(r.value.usageIssues.size).toBe(0);
  });
});

describe("dates that cannot be read one way only", () => {
  const errorFor = (start: CellValue) => {
    const r = readInputs([os2Sheet(), trips([start, "2025-04-03 09:00", 3, 101, "Rådhuset"])], {
      vehicles: "Sheet1",
      trips: "Ture",
      parameters: null,
    });
    if (r.ok) throw new Error("expected the date to be refused");
    return r.errors.map((e) => formatCellError(e));
  };

  it("refuses 03/04/2025 08:05 as ambiguous, naming the cell and the accepted forms", () => {
    expect(errorFor("03/04/2025 08:05")).toEqual([
      'Ture!A2: "Starttid" holds "03/04/2025 08:05", which is refused: it may be day 3 of month 4 or, as US exports write it, day 4 of month 3. Fix: Write it as an Excel date, 2025-04-03 08:05 (year first) or 03-04-2025 08.05 (day first, with - or .).',
    ]);
  });

  it("refuses a day that does not exist instead of rolling over", () => {
    expect(errorFor("31-04-2025 08.00")).toEqual([
      expect.stringMatching(
        /^Ture!A2: "Starttid" holds "31-04-2025 08\.00", which is refused: day 31 does not exist in month 4 of 2025\. Fix: Write it as an Excel date/,
      ),
    ]);
  });

  it("refuses 24.00", () => {
    expect(errorFor("30-04-2025 24.00")).toEqual([
      expect.stringMatching(/^Ture!A2: .*which is refused: the time of day does not exist/),
    ]);
  });

  it("reads a slashed date whose day cannot be a month, and dotted day-first dates", () => {
    const r = readInputs(
      [
        os2Sheet(),
        trips(
          ["13/04/2025 08:05", "13/04/2025 09:05", 3, 101, "Rådhuset"],
          ["03.04.2025 08.05", "03-04-2025 09:05", 3, 101, "Rådhuset"],
        ),
      ],
      { vehicles: "Sheet1", trips: "Ture", parameters: null },
    );
    expect(r.ok && r.value.trips.map((t) => t.startMs)).toEqual([
      Date.UTC(2025, 3, 13, 8, 5),
      Date.UTC(2025, 3, 3, 8, 5),
    ]);
  });
});

describe("one cause, one message", () => {
  it("text in one vehicle's Årlig omkostning is reported once, not again for each of its trips", () => {
    const v = sheet("Køretøjer", [
      ["Bil id", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"],
      [1004, "fossilbil", "benzin", 20, "fyrre tusind", "Nord"],
      [1005, "fossilbil", "benzin", 20, 40000, "Nord"],
    ]);
    const tripRows = Array.from({ length: 12 }, (_, i) => [
      `2025-03-0${(i % 5) + 3} 08:00`,
      `2025-03-0${(i % 5) + 3} 09:00`,
      4,
      i % 2 === 0 ? 1004 : 1005,
      "Nord",
    ]);
    const r = readInputs([v, trips(...tripRows)], { vehicles: "Køretøjer", trips: "Ture", parameters: null });
    expect(!r.ok && r.errors.map((e) => formatCellError(e))).toEqual([
      'Køretøjer!E2: "Årlig omkostning" must be a number (kr), but the cell holds the text "fyrre tusind". Fix: Enter a number such as 12.5 or 12,5.',
    ]);
  });

  it("beyond 50 messages, says how many more there are", () => {
    const v = sheet("Køretøjer", [
      ["Bil id", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"],
      [1, "fossilbil", "benzin", 20, 40000, "Nord"],
    ]);
    const bad = Array.from({ length: 73 }, () => ["i går", "2025-03-03 09:00", 4, 1, "Nord"]);
    const r = readInputs([v, trips(...bad)], { vehicles: "Køretøjer", trips: "Ture", parameters: null });
    if (r.ok) throw new Error("expected errors");
    const lines = r.errors.map((e) => formatCellError(e));
    expect(lines).toHaveLength(51);
    expect(lines[49]).toMatch(/^Ture!A51: /);
    expect(lines[50]).toBe(
      "… and 23 more problems not shown. Fix: Correct the cells above (often one column holds them all) and run again.",
    );
  });

  it("refuses a trip of a billion km as a unit mistake", () => {
    const r = readInputs(
      [os2Sheet(), trips(["2025-03-03 08:00", "2025-03-03 09:00", 1e9, 101, "Rådhuset"])],
      {
        vehicles: "Sheet1",
        trips: "Ture",
        parameters: null,
      },
    );
    expect(!r.ok && r.errors.map((e) => formatCellError(e))).toEqual([
      expect.stringMatching(/^Ture!C2: "Turlængde" is 1000000000, outside from 0 to 10000\./),
    ]);
  });
});

describe("column mapping", () => {
  it("reads an FMS export whose headers are its own once they are mapped", () => {
    const v = sheet("Køretøjer", [
      ["Bil id", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"],
      [7, "fossilbil", "diesel", 18, 40000, "Syd"],
    ]);
    const t = sheet("Kørsel", [
      ["Afgang", "Ankomst", "Km kørt", "Enhed"],
      ["2025-03-03 08:00", "2025-03-03 09:00", "12,5", 7],
    ]);
    const names = { vehicles: "Køretøjer", trips: "Kørsel", parameters: null };
    expect(readInputs([v, t], names).ok).toBe(false);
    const r = readInputs([v, t], {
      ...names,
      columnMapping: {
        trips: { start: "Afgang", end: "Ankomst", distanceKm: "Km kørt", vehicleId: "Enhed" },
      },
    });
    expect(r.ok && r.value.trips[0]).toMatchObject({ distanceKm: 12.5, vehicleId: "7", location: "Syd" });
  });

  it("uses the mapping remembered in the workbook's hidden sheet, under a mapping given now", () => {
    const v = sheet("Køretøjer", [
      ["Bil id", "Type", "Drivmiddel", "WLTP Fossil", "Årlig omkostning", "Lokation"],
      [7, "fossilbil", "diesel", 18, 40000, "Syd"],
    ]);
    const t = sheet("Kørsel", [
      ["Afgang", "Ankomst", "Km kørt", "Km (GPS)", "Enhed"],
      ["2025-03-03 08:00", "2025-03-03 09:00", "12,5", 13, 7],
    ]);
    const plan = columnMappingSheetPlan({
      trips: { start: "Afgang", end: "Ankomst", distanceKm: "Km kørt", vehicleId: "Enhed" },
    });
    const stored = sheet("_fleetopt_columns", plan.ranges.flatMap((r) => [...r.values, []]) as CellValue[][]);
    const names = { vehicles: "Køretøjer", trips: "Kørsel", parameters: null };
    const r = readInputs([v, t, stored], names);
    expect(r.ok && r.value.trips[0].distanceKm).toBe(12.5);
    const now = readInputs([v, t, stored], {
      ...names,
      columnMapping: { trips: { distanceKm: "Km (GPS)" } },
    });
    expect(now.ok && now.value.trips[0].distanceKm).toBe(13);
  });
});
