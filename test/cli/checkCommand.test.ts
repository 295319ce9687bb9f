import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadWorkbook, readXlsx } from "../../src/hosts/file/readXlsx";
import { PROBLEM_CODES } from "../../src/engine/checkVehicles";
import type { PlanCell } from "../../src/workbook/plan/types";
import { writeWorkbook } from "../helpers/workbookFile";
import { D, h, run } from "./cliTestKit";

const HEADER = [
  "Bil id",
  "Mærke",
  "Model",
  "Type",
  "Drivmiddel",
  "WLTP Fossil",
  "WLTP El",
  "Rækkevidde",
  "Årlig omkostning",
  "Slut leasing",
  "Lokation",
];
// The period is 2025-03-03 … 2025-03-05 (serials D … D+2).
const VEHICLES: PlanCell[][] = [
  HEADER,
  [1, "Toyota", "Yaris", "fossilbil", "benzin", 20, null, null, 40000, D + 800, "Nord"], // clean
  [2, "Toyota", "Aygo", "fossilbil", "benzin", null, null, null, 38000, D + 800, "Nord"], // no km/l
  [3, "Renault", "Zoe", "elbil", "el", null, 165, null, 45000, D + 800, "Nord"], // no range
  [4, "Skoda", "Fabia", "fossilbil", "diesel", 18, null, null, null, D + 800, "Nord"], // no yearly cost
  [5, "VW", "Polo", "fossilbil", "benzin", 19, null, null, 39000, D - 10, "Nord"], // lease ended
  [6, "VW", "Up", "fossilbil", "benzin", 21, null, null, 35000, D + 100, "Nord"], // lease ends soon
  [7, "Kia", "Rio", "fossilbil", "benzin", 19, null, null, 36000, D + 800, "Nord"], // drove nothing
  [8, "Opel", "Corsa", "fossilbil", "benzin", 19, null, null, 36000, D + 800, ""], // trips, no location
  [9, "Ford", "Fiesta", "fossilbil", "benzin", 19, null, null, 36000, D + 800, "Nord"], // implausible trips
];
const TRIPS: PlanCell[][] = [
  ["Starttid", "Sluttid", "Turlængde", "Bil id", "Lokation"],
  [h(8), h(9), 10, 1, "Nord"],
  [h(8, 1), h(9, 1), 10, 2, "Nord"],
  [h(8, 1), h(9, 1), 10, 3, "Nord"],
  [h(8, 1), h(9, 1), 10, 4, "Nord"],
  [h(8, 2), h(9, 2), 10, 5, "Nord"],
  [h(8, 2), h(9, 2), 10, 6, "Nord"],
  [h(8, 2), h(9, 2), 10, 8, "Nord"],
  [h(8), h(9), 1500, 9, "Nord"], // over 1,000 km
  [h(8, 1), h(8, 2) + 1 / 24, 20, 9, "Nord"], // over 24 h
  [h(10, 2), h(10, 2), 3, 9, "Nord"], // 0 minutes
];

interface Problem {
  code: string;
  cell: string;
  message: string;
}

describe("fleetopt check", () => {
  it("lists every planted problem with its code and cell, and nothing for the clean vehicle", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { code, stdout, stderr } = await run(["check", book, "--json"]);
    expect(code, stderr).toBe(0);
    const json = JSON.parse(stdout) as { vehicles: { id: string; problems: Problem[] }[] };
    const found = json.vehicles.map((v) => [v.id, v.problems.map((p) => `${p.code} ${p.cell}`)]);
    expect(found).toEqual([
      ["2", ["missing-consumption Køretøjer!F3"]],
      ["3", ["ev-without-range Køretøjer!H4"]],
      ["4", ["missing-yearly-cost Køretøjer!I5"]],
      ["5", ["lease-expired Køretøjer!J6"]],
      ["6", ["lease-ends-within-a-year Køretøjer!J7"]],
      ["7", ["no-trips-in-period Køretøjer!A8"]],
      ["8", ["location-unknown Køretøjer!K9"]],
      ["9", ["implausible-trip Ture!C9", "implausible-trip Ture!B10", "implausible-trip Ture!B11"]],
    ]);
    const codes = new Set(json.vehicles.flatMap((v) => v.problems.map((p) => p.code)));
    expect([...codes].sort()).toEqual([...PROBLEM_CODES].sort());
    expect(json.vehicles[3].problems[0].message).toBe(
      "The lease of vehicle 5 ended on 2025-02-21, before the period's last day 2025-03-05.",
    );
  });

  it("checks the chosen location and period only", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { stdout } = await run(["check", book, "--from", "2025-03-03", "--to", "2025-03-03", "--json"]);
    const json = JSON.parse(stdout) as { vehicles: { id: string; problems: Problem[] }[] };
    // Only vehicles 1 and 9 drove on the 3rd; the others now have no trips in the period.
    const noTrips = json.vehicles.filter((v) => v.problems.some((p) => p.code === "no-trips-in-period"));
    expect(noTrips.map((v) => v.id)).toEqual(["2", "3", "4", "5", "6", "7"]);
  });

  it("writes the Vehicle data check sheet with a link to each problem cell", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const out = join(dirname(book), "check.xlsx");
    expect((await run(["check", book, "--out", out])).code).toBe(0);
    const sheets = await readXlsx(readFileSync(out));
    const sheet = sheets.find((s) => s.name === "Vehicle data check");
    expect(sheet?.values[2][0]).toBe("8 of 9 vehicles need attention.");
    expect(sheet?.values[4]).toEqual([
      "Bil id",
      "Vehicle",
      "Location",
      "Problem",
      "Cell",
      "What is wrong",
      "Fix",
    ]);
    expect(sheet?.values[5].slice(0, 5)).toEqual([
      "2",
      "Toyota Aygo",
      "Nord",
      "missing-consumption",
      "Køretøjer!F3",
    ]);
    // The Cell column is a HYPERLINK formula to the cell, which works in any Excel.
    const workbook = await loadWorkbook(readFileSync(out));
    const link = workbook.getWorksheet("Vehicle data check")?.getCell("E6").value as { formula?: string };
    expect(link.formula).toBe('HYPERLINK("#Køretøjer!F3","Køretøjer!F3")');
  });
});

describe("one cause, one message (fleetopt simulate)", () => {
  const good: PlanCell[][] = VEHICLES.slice(0, 2);

  it("text in Årlig omkostning gives exactly one message naming that cell", async () => {
    const vehicles = [
      HEADER,
      [1004, "Toyota", "Yaris", "fossilbil", "benzin", 20, null, null, "ukendt", D + 800, "Nord"],
    ];
    const trips = [TRIPS[0], ...[0, 1, 2].map((d) => [h(8, d), h(9, d), 10, 1004, "Nord"])];
    const { code, stderr } = await run([
      "simulate",
      await writeWorkbook({ Køretøjer: vehicles, Ture: trips }),
    ]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toEqual([
      'Køretøjer!I2: "Årlig omkostning" must be a number (kr), but the cell holds the text "ukendt". Fix: Enter a number such as 12.5 or 12,5.',
    ]);
  });

  it("more than 50 errors end with how many more there are", async () => {
    const trips = [TRIPS[0], ...Array.from({ length: 60 }, () => ["i morgen", h(9), 10, 1, "Nord"])];
    const { code, stderr } = await run(["simulate", await writeWorkbook({ Køretøjer: good, Ture: trips })]);
    expect(code).toBe(2);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(51);
    expect(lines[50]).toMatch(/^… and 10 more problems not shown\./);
  });

  it.each([
    ["03/04/2025 08:05", "it may be day 3 of month 4"],
    ["31-04-2025 08.00", "day 31 does not exist in month 4 of 2025"],
    ["30-04-2025 24.00", "the time of day does not exist"],
  ])("refuses the text date %s naming the cell and the accepted forms", async (text, why) => {
    const trips = [TRIPS[0], [text, "2025-05-01 09:00", 10, 1, "Nord"]];
    const { code, stderr } = await run(["simulate", await writeWorkbook({ Køretøjer: good, Ture: trips })]);
    expect(code).toBe(2);
    expect(stderr).toContain(`Ture!A2: "Starttid" holds "${text}", which is refused: ${why}`);
    expect(stderr).toContain("2025-04-03 08:05 (year first) or 03-04-2025 08.05 (day first, with - or .)");
  });

  it("refuses a fleet count above 1,000 per model", async () => {
    const book = await writeWorkbook({ Køretøjer: good, Ture: TRIPS.slice(0, 2) });
    const { code, stderr } = await run(["simulate", book, "--fleet", "1:1001"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--fleet 1:1001: 1001 copies of vehicle 1 is more than 1,000");
  });

  it("refuses a period without trips, naming the dates the data covers", async () => {
    const book = await writeWorkbook({
      Køretøjer: good,
      Ture: [TRIPS[0], [h(8), h(9), 10, 1, "Nord"], [h(8, 4), h(9, 4), 10, 1, "Nord"]],
    });
    const { code, stdout, stderr } = await run([
      "simulate",
      book,
      "--from",
      "2025-04-01",
      "--to",
      "2025-04-30",
      "--json",
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      "No trip of Nord's current fleet starts in the period 2025-04-01 to 2025-04-30; its trips cover 2025-03-03 to 2025-03-07. Fix: Choose a period within 2025-03-03 to 2025-03-07.",
    );
  });
});

describe("an FMS export with headers of its own (--map)", () => {
  const fms: PlanCell[][] = [
    ["Afgang", "Ankomst", "Km kørt", "Enhed"],
    [h(8), h(10), 20, 1],
    [h(8, 1), h(9, 1), 12, 1],
  ];
  const maps = [
    "--map",
    "Starttid=Afgang",
    "--map",
    "Sluttid=Ankomst",
    "--map",
    "Turlængde=Km kørt",
    "--map",
    "Ture!Bil id=Enhed",
  ];

  it("says which column is missing and how to map it, then simulates once mapped", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES.slice(0, 2), Kørsel: fms });
    const unmapped = await run(["simulate", book, "--trips", "Kørsel"]);
    expect(unmapped.code).toBe(2);
    expect(unmapped.stderr).toContain(
      'Kørsel!A1: The header row has no column "Starttid", "Sluttid", "Turlængde", "Bil id".',
    );
    expect(unmapped.stderr).toContain('--map "Starttid=Your header"');
    const mapped = await run(["simulate", book, ...maps, "--json"]);
    expect(mapped.code, mapped.stderr).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject({ trips: 2, periodDays: 2 });
  });

  it("remembers the mapping in the written workbook, so the next run needs no --map", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES.slice(0, 2), Kørsel: fms });
    const out = join(dirname(book), "mapped.xlsx");
    const first = await run(["simulate", book, ...maps, "--out", out, "--json"]);
    expect(first.code, first.stderr).toBe(0);
    const sheets = await readXlsx(readFileSync(out));
    expect(sheets.find((s) => s.name === "_fleetopt_columns")?.visibility).toBe("veryHidden");
    const again = await run(["simulate", out, "--json"]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).current.yearlyCost).toBeCloseTo(
      JSON.parse(first.stdout).current.yearlyCost,
      6,
    );
  });

  it("refuses a field that does not exist, listing those that do", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES.slice(0, 2), Kørsel: fms });
    const { code, stderr } = await run(["check", book, "--map", "Afstand=Km kørt"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--map "Afstand=Km kørt": no column is called "Afstand"; map one of: Bil id, Nummerplade',
    );
  });
});
