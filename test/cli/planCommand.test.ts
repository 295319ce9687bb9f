import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { cellValueAtAddress } from "../../src/workbook/read/cellValueAt";
import { bookWithScenario } from "../engine/transitionFixture";
import { run } from "./cliTestKit";

describe("fleetopt plan", () => {
  it("prints the years and events as --json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetopt-plan-"));
    const book = await bookWithScenario(dir);
    const r = await run(["plan", book, "--json", "--set", "escalation=0", "--set", "discountRate=0"]);
    expect(r.stderr).toContain("Planning towards the scenario sheet 'Scenario'");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["years", "events"]));
    expect(Object.keys(json.years[0]).sort()).toEqual(
      [
        "year",
        "vehicles",
        "vehiclesByType",
        "cost",
        "costParts",
        "co2eTonnes",
        "unallocatedTrips",
        "chargePoints",
        "presentValue",
        "cumulativeSaving",
        "goalMet",
      ].sort(),
    );
    expect(json.events[0]).toEqual({ date: "2027-06-30", out: "1", in: "4", reason: "lease ends" });
    expect(json.years).toHaveLength(5);
  });

  it("writes the plan sheet with --out, and the next run takes the edited event date", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetopt-plan-"));
    const book = await bookWithScenario(dir);
    const out = join(dir, "planned.xlsx");
    const first = await run(["plan", book, "--out", out, "--start", "2026-01-01", "--years", "6"]);
    expect(first.code).toBe(0);
    const sheets = await readXlsx(readFileSync(out));
    const planSheet = sheets.find((s) => s.name === "Transition plan");
    expect(planSheet).toBeDefined();
    expect(cellValueAtAddress(planSheet!, "A1")).toBe("FleetOptimiser transition plan: Loc");

    // Two native charts: the fleet by type as stacked columns, cost and CO2e as lines.
    const { chartParts, editInputsAndDropResults } = await import("../libreoffice/libreOffice");
    const charts = [...(await chartParts(out)).values()];
    const fleetChart = charts.find((x) => x.includes("Fleet by type per year"));
    expect(fleetChart).toMatch(/<c:barChart>.*<c:grouping val="stacked"\/>.*<c:overlap val="100"\/>/s);
    expect(charts.find((x) => x.includes("Cost and CO2e per year"))).toContain("<c:lineChart>");

    // Edit the first event's date in the file (A25), as a user would in Excel.
    const edited = await editInputsAndDropResults(out, "Transition plan", { A25: 46_265 }); // 2026-08-31
    const next = await run(["plan", edited, "--json"]);
    expect(next.code).toBe(0);
    const json = JSON.parse(next.stdout);
    expect(json.events[0]).toEqual({ date: "2026-08-31", out: "1", in: "4", reason: "lease ends" });
    // The years came from the edited sheet's input too.
    expect(json.years).toHaveLength(6);
  });

  it("exits 2 naming the cell of a lease end that is not a date", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetopt-plan-"));
    const book = await bookWithScenario(dir, "soon");
    const r = await run(["plan", book, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/Køretøjer!K2: /);
  });

  it("exits 2 naming the lease-end cell when the plan's years end before it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetopt-plan-"));
    const book = await bookWithScenario(dir);
    const r = await run(["plan", book, "--start", "2026-01-01", "--years", "2"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Køretøjer!K3: vehicle 2 leaves on 2028-03-31, after the plan's last year 2027/);
  });

  it("exits 2 on an unknown --set key and on a start that is not a date", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetopt-plan-"));
    const book = await bookWithScenario(dir);
    const unknown = await run(["plan", book, "--set", "discount=4%"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--set discount: no such plan input/);
    const badStart = await run(["plan", book, "--start", "next year"]);
    expect(badStart.code).toBe(2);
    expect(badStart.stderr).toMatch(/start=next year is not valid/);
  });
});
