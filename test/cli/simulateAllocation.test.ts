import { describe, expect, it } from "vitest";
import { writeWorkbook } from "../helpers/workbookFile";
import { run, h, VEHICLE_HEADER, TRIP_HEADER } from "./cliTestKit";

const VEHICLES = [
  VEHICLE_HEADER,
  [1, "AB11111", "Toyota", "Yaris", "fossilbil", "benzin", 20, null, null, 40000, "Nord"],
  [3, "EL33333", "Renault", "Zoe", "elbil", "el", null, 165, 390, 45000, "Nord"],
];
// 08–10 (10 km) and 09–11 (30 km) overlap: the EV (cheaper per km) should take the longer one.
const TRIPS = [TRIP_HEADER, [h(8), h(10), 10, 1, "Nord", "T-1"], [h(9), h(11), 30, 3, "Nord", "T-2"]];

describe("fleetopt simulate --allocation greedy|optimal", () => {
  it("optimal prints optimal, gap and bound at the top of the JSON, and the report", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { code, stdout } = await run(["simulate", book, "--allocation", "optimal", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.allocation).toBe("optimal");
    expect(json.optimal).toBe(true);
    expect(json.gap).toBe(0);
    expect(json.bound).toBeCloseTo(json.allocationReport.objective, 1);
    expect(json.allocationReport).toMatchObject({ optimal: true, stoppedBy: "solved" });
    // The EV takes the 30 km trip, the car the 10 km one.
    const km = Object.fromEntries(
      json.simulated.vehicles.map((v: { sourceId: string; km: number }) => [v.sourceId, v.km]),
    );
    expect(km).toEqual({ "1": 10, "3": 30 });
  });

  it("greedy runs (no optimality fields) and --compare lists simple, greedy and optimal", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { code, stdout } = await run(["simulate", book, "--allocation", "greedy", "--compare", "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.allocation).toBe("greedy");
    expect(json.optimal).toBeUndefined();
    expect(json.allocationComparison.map((r: { method: string }) => r.method)).toEqual([
      "simple",
      "greedy",
      "optimal",
    ]);
  });

  it("refuses a time limit that is not 1–3600 seconds with exit code 2", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { code, stderr } = await run(["simulate", book, "--allocation", "optimal", "--time-limit", "0"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--time-limit/);
  });
});
