import { describe, expect, it } from "vitest";
import { readLocations } from "../../../src/workbook/read/readLocations";
import { readLogs } from "../../../src/workbook/read/readLogs";
import { readGpsPoints } from "../../../src/workbook/read/readGpsPoints";
import {
  detectSheetKind,
  proposeAggregationSheets,
  readAggregationInputs,
} from "../../../src/workbook/read/readAggregationInputs";
import { formatCellError } from "../../../src/workbook/read/cellError";
import type { CellValue, SheetData } from "../../../src/workbook/sheetData";

const sheet = (name: string, values: CellValue[][], originRow = 1, originCol = 1): SheetData => ({
  name,
  originRow,
  originCol,
  values,
});
const messages = (errors: Parameters<typeof formatCellError>[0][]) => errors.map((e) => formatCellError(e));
const D = 45719; // 2025-03-03 as an Excel serial

describe("readLocations", () => {
  it("reads several rows of one name as that location's parking spots", () => {
    const r = readLocations(
      sheet("Lokationer", [
        ["Lokation", "Breddegrad", "Længdegrad"],
        ["Rådhuset", 55.6761, 12.5683],
        ["Nord", "55,7", "12,55"],
        ["rådhuset ", 55.677, 12.569],
      ]),
    );
    expect(r.errors).toEqual([]);
    expect(r.locations).toEqual([
      {
        name: "Rådhuset",
        spots: [
          { lat: 55.6761, lon: 12.5683 },
          { lat: 55.677, lon: 12.569 },
        ],
      },
      { name: "Nord", spots: [{ lat: 55.7, lon: 12.55 }] },
    ]);
  });

  it("accepts the English headers", () => {
    const r = readLocations(
      sheet("Locations", [
        ["Location", "Latitude", "Longitude"],
        ["HQ", 55, 12],
      ]),
    );
    expect(r.locations).toHaveLength(1);
  });

  it("names the cell of an impossible latitude and of a location at 0, 0", () => {
    const r = readLocations(
      sheet("Lokationer", [
        ["Lokation", "Breddegrad", "Længdegrad"],
        ["Nord", 95, 12],
        ["Syd", 0, 0],
      ]),
    );
    expect(messages(r.errors)).toEqual([
      'Lokationer!B2: "Breddegrad" is 95, outside from -90 to 90. Fix: Enter a value from -90 to 90.',
      'Lokationer!B3: Location "Syd" lies at 0, 0 (in the Atlantic): the coordinates are missing. Fix: Enter the parking spot\'s latitude and longitude, e.g. 55.6761 and 12.5683.',
    ]);
  });
});

describe("readLogs", () => {
  const HEADER = [
    "Bil id",
    "Starttid",
    "Sluttid",
    "Start breddegrad",
    "Start længdegrad",
    "Slut breddegrad",
    "Slut længdegrad",
    "Distance (km)",
  ];

  it("reads times as Excel dates or as text in several formats", () => {
    const r = readLogs(
      sheet("Logninger", [
        HEADER,
        [7, D + 8 / 24, D + 9 / 24, 55.1, 12.1, 55.2, 12.2, 12.5],
        ["7", "2025-03-03 10:00", "03-03-2025 10.30", "55,1", "12,1", "55,2", "12,2", "3,5"],
        ["7", "2025-03-03T11:00:05", "3/3/2025 11:45:00", 55.1, 12.1, 55.2, 12.2, 1],
      ]),
    );
    expect(r.errors).toEqual([]);
    expect(
      r.logs.map((l) => [l.vehicleId, new Date(l.startMs).toISOString(), l.distanceKm, l.sourceRow]),
    ).toEqual([
      ["7", "2025-03-03T08:00:00.000Z", 12.5, 2],
      ["7", "2025-03-03T10:00:00.000Z", 3.5, 3],
      ["7", "2025-03-03T11:00:05.000Z", 1, 4],
    ]);
  });

  it("names sheet, cell and fix for unreadable cells and a log ending before it starts", () => {
    const r = readLogs(
      sheet(
        "Logninger",
        [
          HEADER,
          [7, "i går", D + 9 / 24, 55.1, 12.1, 55.2, 12.2, 12.5],
          [7, D + 10 / 24, D + 9 / 24, 55.1, 12.1, 55.2, 12.2, "tolv"],
        ],
        3,
        2,
      ),
    );
    expect(messages(r.errors)).toEqual([
      'Logninger!C4: "Starttid" must be a date and time, but the cell holds the text "i går". Fix: Enter it as an Excel date or as text like 2025-03-03 08:15.',
      'Logninger!I5: "Distance" must be a number (km), but the cell holds the text "tolv". Fix: Enter a number such as 12.5 or 12,5.',
      "Logninger!D5: The log ends (2025-03-03 09:00) before it starts (2025-03-03 10:00). Fix: Correct Starttid or Sluttid; they may have been swapped.",
    ]);
  });

  it("leaves (0, 0) positions to the aggregation rules instead of rejecting the sheet", () => {
    const r = readLogs(sheet("Logninger", [HEADER, [7, D, D + 0.01, 0, 0, 55.2, 12.2, 1]]));
    expect(r.errors).toEqual([]);
    expect(r.logs).toHaveLength(1);
  });

  it("reports a header without rows", () => {
    expect(messages(readLogs(sheet("Logninger", [HEADER])).errors)[0]).toMatch(
      /^Logninger!A2: The Logs table has a header but no rows/,
    );
  });
});

describe("readGpsPoints", () => {
  it("reads the optional Tænding and Kilometertæller columns", () => {
    const r = readGpsPoints(
      sheet("GPS-punkter", [
        ["Bil id", "Tid", "Breddegrad", "Længdegrad", "Tænding", "Kilometertæller (km)"],
        [1, D, 55.1, 12.1, "til", 1000],
        [1, D + 0.001, 55.1, 12.1, false, "1001,5"],
        [1, D + 0.002, 55.1, 12.1, null, null],
      ]),
    );
    expect(r.errors).toEqual([]);
    expect(r.fixes.map((f) => [f.ignition, f.odometerKm])).toEqual([
      [true, 1000],
      [false, 1001.5],
      [null, null],
    ]);
  });

  it("works without them", () => {
    const r = readGpsPoints(
      sheet("GPS points", [
        ["Vehicle id", "Time", "Latitude", "Longitude"],
        [1, D, 55, 12],
      ]),
    );
    expect(r.fixes[0]).toMatchObject({ vehicleId: "1", ignition: null, odometerKm: null, sourceRow: 2 });
  });

  it("names an ignition value it cannot read", () => {
    const r = readGpsPoints(
      sheet("GPS-punkter", [
        ["Bil id", "Tid", "Breddegrad", "Længdegrad", "Tænding"],
        [1, D, 55, 12, "måske"],
      ]),
    );
    expect(messages(r.errors)).toEqual([
      `'GPS-punkter'!E2: "Tænding" must say on or off, but the cell holds the text "måske". Fix: Use 1/0, TRUE/FALSE, on/off or til/fra.`,
    ]);
  });

  it("stops after 50 errors on a sheet with a wrong column", () => {
    const rows = Array.from({ length: 500 }, () => [1, "aldrig", 55, 12]);
    const r = readGpsPoints(sheet("GPS-punkter", [["Bil id", "Tid", "Breddegrad", "Længdegrad"], ...rows]));
    expect(r.errors).toHaveLength(50);
  });
});

describe("readAggregationInputs", () => {
  const LOCATIONS = sheet("Lokationer", [
    ["Lokation", "Breddegrad", "Længdegrad"],
    ["Nord", 55, 12],
  ]);
  const POINTS = sheet("GPS-punkter", [
    ["Bil id", "Tid", "Breddegrad", "Længdegrad"],
    [1, D, 55, 12],
  ]);
  const VEHICLES = sheet("Køretøjer", [
    ["Bil id", "Type", "Lokation"],
    [1, "elbil", "nord"],
    [2, "", "Syd"],
    [3, "", ""],
  ]);

  it("proposes the sheets from their names and recognises CSV sheets by their header", () => {
    expect(proposeAggregationSheets(["Køretøjer", "Lokationer", "GPS-punkter", "Parametre"])).toEqual({
      locations: "Lokationer",
      logs: null,
      gpsPoints: "GPS-punkter",
      vehicles: "Køretøjer",
      parameters: "Parametre",
    });
    expect(detectSheetKind({ ...POINTS, name: "export_2025" })).toBe("gpsPoints");
    expect(detectSheetKind({ ...LOCATIONS, name: "baser" })).toBe("locations");
    expect(detectSheetKind(VEHICLES)).toBeNull();
  });

  it("matches Køretøjer's Lokation to Lokationer without regard to case, and marks unknown ones", () => {
    const r = readAggregationInputs([LOCATIONS, POINTS, VEHICLES], {
      locations: "Lokationer",
      logs: [],
      gpsPoints: ["GPS-punkter"],
      vehicles: "Køretøjer",
      parameters: null,
    });
    if (!r.ok) throw new Error(messages(r.errors).join("\n"));
    expect([...r.value.vehicleHomes]).toEqual([
      ["1", { location: 0, name: "nord" }],
      ["2", null],
    ]);
    expect(r.value.homeCells.get("2")).toEqual({ sheet: "Køretøjer", cell: "C3", name: "Syd" });
  });

  it("needs logs or GPS points", () => {
    const r = readAggregationInputs([LOCATIONS], {
      locations: "Lokationer",
      logs: [],
      gpsPoints: [],
      vehicles: null,
      parameters: null,
    });
    expect(r.ok ? [] : messages(r.errors)).toEqual([
      "Choose a sheet with logs (Logninger) or GPS points (GPS-punkter) to aggregate.",
    ]);
  });

  it("reads the agg_ parameters from Parametre and rejects unknown keys", () => {
    const params = sheet("Parametre", [
      ["Parameter", "Værdi"],
      ["agg_radius_m", 150],
      ["agg_radius", 1],
    ]);
    const r = readAggregationInputs([LOCATIONS, POINTS, params], {
      locations: "Lokationer",
      logs: [],
      gpsPoints: ["GPS-punkter"],
      vehicles: null,
      parameters: "Parametre",
    });
    expect(r.ok ? [] : messages(r.errors)[0]).toMatch(/^Parametre!A3: "agg_radius" is not a known parameter/);
  });
});
