import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { readInputs } from "../../src/workbook/read/readInputs";
import { writeWorkbook } from "../helpers/workbookFile";
import { HOME, offset } from "../core/aggregation/aggregationFixtures";
import { run, h } from "./cliTestKit";

const AWAY = offset(6000);
const LOG_HEADER = [
  "Bil id",
  "Starttid",
  "Sluttid",
  "Start breddegrad",
  "Start længdegrad",
  "Slut breddegrad",
  "Slut længdegrad",
  "Distance (km)",
];
// Vehicle 1: two round trips on day 0 and 1; a three-day log; vehicle 2: one trip from home.
const LOGS = [
  LOG_HEADER,
  [1, h(8), h(8.5), HOME.lat, HOME.lon, AWAY.lat, AWAY.lon, 6],
  [1, h(9), h(9.5), AWAY.lat, AWAY.lon, HOME.lat, HOME.lon, 6],
  [1, h(8, 1), h(9, 1), HOME.lat, HOME.lon, HOME.lat, HOME.lon, 3],
  [1, h(10, 1), h(10, 4), HOME.lat, HOME.lon, HOME.lat, HOME.lon, 800],
  [2, h(8), h(9), HOME.lat, HOME.lon, HOME.lat, HOME.lon, 14],
];
const LOCATIONS = [
  ["Lokation", "Breddegrad", "Længdegrad"],
  ["Nord", HOME.lat, HOME.lon],
];
const VEHICLES = [
  [
    "Bil id",
    "Nummerplade",
    "Mærke",
    "Model",
    "Type",
    "Drivmiddel",
    "WLTP Fossil",
    "Årlig omkostning",
    "Lokation",
  ],
  [1, "AB11111", "Toyota", "Yaris", "fossilbil", "benzin", 20, 40000, "Nord"],
  [2, "AB22222", "Skoda", "Fabia", "fossilbil", "benzin", 16, 38000, "Nord"],
];

describe("fleetopt aggregate", () => {
  it("prints logs used, round trips and precision per location with --json", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Lokationer: LOCATIONS, Logninger: LOGS });
    const { code, stdout, stderr } = await run(["aggregate", book, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ logs: 5, logsUsed: 4, roundTrips: 3, completeRoundTrips: 3 });
    expect(json.locations).toEqual([
      expect.objectContaining({ location: "Nord", vehicles: 2, logs: 5, logsUsed: 4, roundTrips: 3 }),
    ]);
    // 29 of 829 km: the three-day log is dropped by the 24 h rule, but its km were logged.
    expect(json.locations[0].precision).toBeCloseTo(29 / 829, 6);
    expect(json.locations[0].discarded.tooLong).toBe(1);
    expect(stderr).toContain("roundTrips 100%");
  });

  it("writes a new workbook with the input sheets, a new Ture sheet and the report; the simulation reads it", async () => {
    const book = await writeWorkbook({
      Køretøjer: VEHICLES,
      Ture: [["Starttid", "Sluttid", "Turlængde", "Bil id"]],
      Lokationer: LOCATIONS,
      Logninger: LOGS,
    });
    const out = join(dirname(book), "aggregated.xlsx");
    const { code, stdout } = await run(["aggregate", book, "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^3 round trips \(3 complete\) from 4 of 5 logs/);
    const sheets = await readXlsx(readFileSync(out));
    expect(sheets.map((s) => s.name)).toEqual([
      "Køretøjer",
      "Ture",
      "Lokationer",
      "Logninger",
      "Ture (2)",
      "Aggregation",
    ]);
    const read = readInputs(sheets, { vehicles: "Køretøjer", trips: "Ture (2)", parameters: null });
    expect(
      read.ok ? read.value.trips.map((t) => [t.vehicleId, t.distanceKm, t.location]) : read.errors,
    ).toEqual([
      ["1", 12, "Nord"],
      ["2", 14, "Nord"],
      ["1", 3, "Nord"],
    ]);
  });

  it("reads CSV files, recognising them by their header row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetopt-csv-"));
    const csv = (rows: (string | number)[][]) => rows.map((r) => r.join(";")).join("\n");
    writeFileSync(
      join(dir, "baser.csv"),
      csv([
        ["Lokation", "Breddegrad", "Længdegrad"],
        ["Nord", String(HOME.lat).replace(".", ","), String(HOME.lon).replace(".", ",")],
      ]),
    );
    const fix = (min: number, metres: number) => {
      const p = offset(metres);
      return [7, `2025-03-03 08:${String(min).padStart(2, "0")}`, p.lat, p.lon];
    };
    writeFileSync(
      join(dir, "export.csv"),
      csv([
        ["Bil id", "Tid", "Breddegrad", "Længdegrad"],
        fix(0, 0),
        fix(1, 600),
        fix(2, 1200),
        fix(3, 600),
        fix(4, 0),
      ]),
    );
    const out = join(dir, "result.xlsx");
    const { code, stdout } = await run([
      "aggregate",
      join(dir, "baser.csv"),
      join(dir, "export.csv"),
      "--json",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).locations[0]).toMatchObject({
      location: "Nord",
      roundTrips: 1,
      completeRoundTrips: 1,
    });
    const names = (await readXlsx(readFileSync(out))).map((s) => s.name);
    expect(names).toEqual(["baser", "export", "Ture", "Aggregation"]);
  });

  it("exits 2 naming sheet, row and column for bad input, and writes nothing", async () => {
    const bad = LOGS.map((r) => [...r]);
    bad[2][7] = "seks";
    const book = await writeWorkbook({ Lokationer: LOCATIONS, Logninger: bad });
    const out = join(dirname(book), "never.xlsx");
    const { code, stdout, stderr } = await run(["aggregate", book, "--out", out, "--json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      'Logninger!H3: "Distance" must be a number (km), but the cell holds the text "seks".',
    );
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 when there is no locations sheet, or --out would overwrite the input", async () => {
    const book = await writeWorkbook({ Logninger: LOGS });
    const missing = await run(["aggregate", book]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /no Lokationer \(Locations\) sheet among: Logninger; name one with --locations/,
    );
    const overwrite = await run(["aggregate", book, "--locations", "Logninger", "--out", book]);
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr).toMatch(/--out must name a new file/);
  });

  it("warns on stderr about a vehicle with no location, and still aggregates the others", async () => {
    const vehicles = VEHICLES.map((r) => [...r]);
    vehicles[2][8] = "Syd";
    const book = await writeWorkbook({ Køretøjer: vehicles, Lokationer: LOCATIONS, Logninger: LOGS });
    const { code, stderr, stdout } = await run(["aggregate", book, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toContain(
      'warning: Køretøjer!I3: Vehicle 2 belongs to "Syd", which is not on Lokationer; its 1 logs were not used.',
    );
    expect(JSON.parse(stdout).roundTrips).toBe(2);
  });
});
