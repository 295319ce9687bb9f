import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { readFileSync } from "node:fs";
import { writeWorkbook } from "../helpers/workbookFile";
import { run, h, VEHICLE_HEADER, TRIP_HEADER } from "./cliTestKit";

const VEHICLES = [
  VEHICLE_HEADER,
  [1, "AB11111", "Toyota", "Yaris", "fossilbil", "benzin", 20, null, null, 40000, "Nord"],
  [2, "AB22222", "Skoda", "Fabia", "fossilbil", "benzin", 16, null, null, 38000, "Nord"],
  [3, "EL33333", "Renault", "Zoe", "elbil", "el", null, 165, 390, 45000, "Nord"],
];
// Two cars drive at the same time on day 0 (08–10 and 09–11); day 1 has one trip.
const TRIPS = [
  TRIP_HEADER,
  [h(8), h(10), 20, 1, "Nord", "T-1"],
  [h(9), h(11), 30, 2, "Nord", "T-2"],
  [h(8, 1), h(9, 1), 10, 1, "Nord", "T-3"],
];

describe("fleetopt simulate", () => {
  it("prints the JSON of product.md §6 and nothing else on stdout", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { code, stdout } = await run(["simulate", book, "--fleet", "3:1", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      periodDays: 2,
      trips: 3,
      current: { unallocatedTrips: 0 },
      simulated: { unallocatedTrips: 1 },
    });
    // One Zoe takes T-1 and T-3; T-2 overlaps T-1 and goes to an employee's car.
    expect(json.simulated.unallocatedTripIds).toEqual(["T-2"]);
    expect(json.simulated.vehicles).toEqual([
      { id: "3#1", sourceId: "3", copy: 1, name: "Renault Zoe 1", km: 30, yearlyKm: 5475, trips: 2 },
    ]);
    expect(json.current.vehicles[0]).toEqual({
      id: "1",
      sourceId: "1",
      copy: 1,
      name: "Toyota Yaris AB11111",
      km: 30,
      yearlyKm: 5475,
      trips: 2,
    });
    // 30 km over 2 days is 5,475 km a year: 840 × 3.44 + 4,635 × 1.90 kr allowance.
    expect(json.simulated.allowance).toBeCloseTo(840 * 3.44 + 4635 * 1.9, 2);
    expect(json.financialSavings).toBeCloseTo(json.current.yearlyCost - json.simulated.yearlyCost, 1);
    expect(typeof json.co2eSavingsTonnes).toBe("number");
  });

  it("writes a new workbook with the input sheets and a result sheet with --out", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const out = join(dirname(book), "result.xlsx");
    const { code } = await run(["simulate", book, "--out", out]);
    expect(code).toBe(0);
    const sheets = await readXlsx(readFileSync(out));
    // The scenario, its dashboards, the very hidden registry and the comparison (README, "Result sheets").
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Køretøjer", "visible"],
      ["Ture", "visible"],
      ["Scenario", "visible"],
      ["Dashboards", "visible"],
      ["Scenario comparison", "visible"],
      ["_fleetopt_scenarios", "veryHidden"],
    ]);
    const scenario = sheets[2];
    expect(scenario.values[0][0]).toBe("FleetOptimiser simulation: Nord");
    expect(sheets[3].values[0][0]).toBe("FleetOptimiser dashboards: Nord");
  });

  it("exits 2 naming sheet, cell and fix for bad input, and writes nothing", async () => {
    const bad = TRIPS.map((r) => [...r]);
    bad[2][2] = "tredive";
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: bad });
    const out = join(dirname(book), "never.xlsx");
    const { code, stdout, stderr } = await run(["simulate", book, "--out", out, "--json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      'Ture!C3: "Turlængde" must be a number (km), but the cell holds the text "tredive".',
    );
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 for a vehicle in --fleet that is not in the workbook", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { code, stderr } = await run(["simulate", book, "--fleet", "9:2"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Vehicle 9 of the simulated fleet is not in the vehicle sheet.");
  });

  it("prints the usage and exits 0 for --help after a command", async () => {
    const { code, stdout } = await run(["simulate", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("fleetopt simulate <workbook.xlsx>");
    expect(stdout).toContain("--allocation simple|greedy|optimal");
  });

  it("exits 2 with usage help for unknown options", async () => {
    const { code, stderr } = await run(["simulate", "x.xlsx", "--colour", "red"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--colour'/);
  });

  it("extrapolates from the selected period, not from the span of the trips", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { stdout } = await run(["simulate", book, "--from", "2025-03-01", "--to", "2025-03-10", "--json"]);
    const json = JSON.parse(stdout);
    expect(json.periodDays).toBe(10);
    expect(json.current.vehicles[0].yearlyKm).toBeCloseTo((30 * 365) / 10, 6);
  });
});
