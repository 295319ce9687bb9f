import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import type { PlanCell } from "../../src/workbook/plan/types";
import { writeWorkbook } from "../helpers/workbookFile";
import { h, run, TRIP_HEADER, VEHICLE_HEADER } from "./cliTestKit";

const car = (id: number, model: string, kmPerLitre: number, cost: number, location: string): PlanCell[] => [
  id,
  `AB${id}`,
  "Toyota",
  model,
  "fossilbil",
  "benzin",
  kmPerLitre,
  null,
  null,
  cost,
  location,
];
const EV = (location: string): PlanCell[] => [
  3,
  "EL3",
  "Renault",
  "Zoe",
  "elbil",
  "el",
  null,
  165,
  390,
  45000,
  location,
];
const trip = (
  day: number,
  from: number,
  to: number,
  km: number,
  id: number,
  location: string,
  tripId: string,
) => [h(from, day), h(to, day), km, id, location, tripId];

/** Vehicles 1 and 2 at Nord, the EV at Syd; trips that overlap across the two locations. */
function twoLocations(nord: string, syd: string): Record<string, PlanCell[][]> {
  return {
    Køretøjer: [VEHICLE_HEADER, car(1, "Yaris", 20, 40000, nord), car(2, "Aygo", 22, 36000, nord), EV(syd)],
    Ture: [
      TRIP_HEADER,
      trip(0, 8, 10, 20, 1, nord, "T1"),
      trip(0, 9, 11, 30, 2, nord, "T2"),
      trip(0, 9.5, 12, 25, 3, syd, "T3"),
      trip(1, 8, 9, 10, 1, nord, "T4"),
      trip(1, 13, 15, 40, 3, syd, "T5"),
    ],
  };
}

describe("several locations", () => {
  it("two locations pooled give the same result as one location holding the same vehicles and trips", async () => {
    const pooled = await writeWorkbook(twoLocations("Nord", "Syd"));
    const single = await writeWorkbook(twoLocations("Samlet", "Samlet"));
    const fleet = ["--fleet", "1:1,3:1", "--json"];
    const a = await run(["simulate", pooled, "--location", "Nord", "--location", "syd", ...fleet]);
    const b = await run(["simulate", single, ...fleet]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const [x, y] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    expect(x.trips).toBe(5);
    expect(x.current.vehicles.map((v: { id: string }) => v.id)).toEqual(["1", "2", "3"]);
    for (const fleetName of ["current", "simulated"] as const) {
      expect(x[fleetName].yearlyCost).toBeCloseTo(y[fleetName].yearlyCost, 6);
      expect(x[fleetName].yearlyCo2eTonnes).toBeCloseTo(y[fleetName].yearlyCo2eTonnes, 9);
      expect(x[fleetName].unallocatedTripIds).toEqual(y[fleetName].unallocatedTripIds);
    }
    // One location alone is a different fleet: the pooling is real.
    const nord = JSON.parse((await run(["simulate", pooled, "--location", "Nord", "--json"])).stdout);
    expect(nord.trips).toBe(3);
  });

  it("refuses a location the data does not have, and asks which when there are several", async () => {
    const book = await writeWorkbook(twoLocations("Nord", "Syd"));
    const unknown = await run(["simulate", book, "--location", "Nord", "--location", "Øst"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'Køretøjer!K2: There is no location "Øst" on the vehicles or trips (known: Nord, Syd).',
    );
    const none = await run(["simulate", book]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("The data has 2 locations (Nord, Syd)");
    expect(none.stderr).toContain("--location NAME, repeated");
  });

  it("search accepts pooled locations", async () => {
    const book = await writeWorkbook(twoLocations("Nord", "Syd"));
    const { code, stdout, stderr } = await run([
      "search",
      book,
      "--location",
      "Nord",
      "--location",
      "Syd",
      "--iterations",
      "3",
      "--solutions",
      "1",
      "--json",
    ]);
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).solutions.length).toBe(1);
  });
});

describe("fleetopt overview", () => {
  it("ranks the locations by how much their vehicles are out, lowest first", async () => {
    const book = await writeWorkbook(twoLocations("Nord", "Syd"));
    const { code, stdout } = await run(["overview", book, "--json"]);
    expect(code).toBe(0);
    const o = JSON.parse(stdout);
    expect(o).toMatchObject({ fromDate: "2025-03-03", toDate: "2025-03-04", days: 2 });
    // Nord: 2 vehicles, 5 h out over 2 days → 5 / 96 h; Syd: 1 vehicle, 4.5 h over 2 days → 4.5 / 48 h.
    expect(o.locations.map((l: { name: string }) => l.name)).toEqual(["Nord", "Syd"]);
    expect(o.locations[0]).toMatchObject({ vehicles: 2, trips: 3, km: 60 });
    expect(o.locations[0].shareOfTimeOut).toBeCloseTo(5 / 96, 9);
    expect(o.locations[0].kmPerVehiclePerDay).toBeCloseTo(60 / 4, 9);
    expect(o.locations[1].shareOfTimeOut).toBeCloseTo(4.5 / 48, 9);
  });

  it("writes the Locations overview sheet with its chart into a new workbook", async () => {
    const book = await writeWorkbook(twoLocations("Nord", "Syd"));
    const out = join(dirname(book), "overview.xlsx");
    expect((await run(["overview", book, "--out", out])).code).toBe(0);
    const sheets = await readXlsx(readFileSync(out));
    const sheet = sheets.find((s) => s.name === "Locations overview");
    expect(sheets.map((s) => s.name)).toEqual(["Køretøjer", "Ture", "Locations overview"]);
    expect(sheet?.values[3]).toEqual([
      "Location",
      "Vehicles",
      "Trips",
      "Km",
      "Km per vehicle per day",
      "Share of time out",
    ]);
    expect(sheet?.values[4].slice(0, 3)).toEqual(["Nord", 2, 3]);
    const zip = readFileSync(out).toString("latin1");
    expect(zip).toContain("xl/charts/chart1.xml");
  });
});
