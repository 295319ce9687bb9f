import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { writeWorkbook } from "../helpers/workbookFile";
import { run, h, VEHICLE_HEADER, TRIP_HEADER } from "./cliTestKit";

const VEHICLES = [
  VEHICLE_HEADER,
  [1, "AB11111", "Toyota", "Yaris", "fossilbil", "benzin", 15, null, null, 40000, "Nord"],
  [2, "AB22222", "Toyota", "Yaris", "fossilbil", "benzin", 15, null, null, 40000, "Nord"],
  [3, "AB33333", "Toyota", "Yaris", "fossilbil", "benzin", 15, null, null, 40000, "Nord"],
];
const CANDIDATES = [VEHICLE_HEADER, [50, null, "Renault", "Zoe", "elbil", "el", null, 150, 390, 42000, null]];
// Two trips at once on day 0, one on day 1: two vehicles cover the driving.
const TRIPS = [
  TRIP_HEADER,
  [h(8), h(10), 20, 1, "Nord", "T-1"],
  [h(9), h(11), 30, 2, "Nord", "T-2"],
  [h(8, 1), h(9, 1), 10, 1, "Nord", "T-3"],
];

const book = () => writeWorkbook({ Køretøjer: VEHICLES, Kandidater: CANDIDATES, Ture: TRIPS });

describe("fleetopt search", () => {
  it("prints { solutions, paretoFront } as product.md §6 shows them, and nothing else on stdout", async () => {
    const { code, stdout } = await run(["search", await book(), "--co2e-reduction", "50", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).slice(0, 2)).toEqual(["solutions", "paretoFront"]);
    // Two Zoes cover both overlapping trips, cost less than three Yaris and halve the CO2e.
    expect(json.solutions[0]).toMatchObject({
      fleet: [{ sourceId: "50", count: 2 }],
      unallocatedTrips: 0,
      meetsGoals: true,
    });
    for (const s of json.solutions) {
      expect(typeof s.yearlyCost).toBe("number");
      expect(typeof s.yearlyCo2eTonnes).toBe("number");
    }
    expect(json.paretoFront.length).toBeGreaterThan(0);
  });

  it("proposes fleets that `fleetopt simulate --fleet` confirms figure for figure", async () => {
    const path = await book();
    const search = JSON.parse((await run(["search", path, "--max-extra-cost", "100000", "--json"])).stdout);
    for (const s of search.solutions) {
      const fleet = s.fleet
        .map((f: { sourceId: string; count: number }) => `${f.sourceId}:${f.count}`)
        .join(",");
      const sim = JSON.parse((await run(["simulate", path, "--fleet", fleet, "--json"])).stdout);
      expect(sim.simulated.yearlyCost).toBeCloseTo(s.yearlyCost, 6);
      expect(sim.simulated.yearlyCo2eTonnes).toBeCloseTo(s.yearlyCo2eTonnes, 9);
      expect(sim.simulated.unallocatedTrips).toBe(s.unallocatedTrips);
    }
  });

  it("writes the Search sheet and one scenario sheet per proposal with --out", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fleetopt-search-")), "out.xlsx");
    const { code } = await run(["search", await book(), "--solutions", "2", "--out", out, "--json"]);
    expect(code).toBe(0);
    const sheets = await readXlsx(readFileSync(out));
    const names = sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["Køretøjer", "Kandidater", "Ture", "Search", "Solution 1", "Solution 2"]),
    );
    const solution = sheets.find((s) => s.name === "Solution 1");
    expect(String(solution?.values[0][0])).toMatch(/^FleetOptimiser simulation: Nord/);
    // Registered like manual scenarios: the comparison sheet lists both proposals.
    const comparison = sheets.find((s) => s.name === "Scenario comparison");
    const cells = comparison?.values.flat().map(String) ?? [];
    expect(cells).toEqual(expect.arrayContaining(["Solution 1", "Solution 2"]));
  });

  it("names the proposals' sheets as they are really written when earlier results took the names", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetopt-search-"));
    const first = join(dir, "first.xlsx");
    const second = join(dir, "second.xlsx");
    expect((await run(["search", await book(), "--solutions", "1", "--out", first])).code).toBe(0);
    expect((await run(["search", first, "--solutions", "1", "--out", second])).code).toBe(0);
    const sheets = await readXlsx(readFileSync(second));
    expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Search (2)", "Solution 1 (2)"]));
    const search = sheets.find((s) => s.name === "Search (2)");
    const row = search?.values.find((r) => r[0] === 1 && typeof r[1] === "string");
    expect(row?.[1]).toBe("Solution 1 (2)");
  });

  it("exits 2 with a message that names the fix for bad goals and unknown vehicles", async () => {
    const path = await book();
    const priority = await run(["search", path, "--priority", "11"]);
    expect(priority.code).toBe(2);
    expect(priority.stderr).toMatch(/--priority must be from 0 \(cost\) to 10 \(CO2e\)/);
    const locked = await run(["search", path, "--locked", "50"]);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toMatch(/Locked vehicle 50 is not in the current fleet/);
    const fleet = await run(["search", path, "--fleet", "1:1"]);
    expect(fleet.code).toBe(2);
    expect(fleet.stderr).toMatch(/--fleet is for simulate/);
    expect((await run(["search"])).stderr).toMatch(/exactly one workbook/);
  });
});
