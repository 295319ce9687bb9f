import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { writeResultFile } from "../../src/hosts/file/writeWorkbookFile";
import type { SheetPlan } from "../../src/workbook/plan/types";
import { cellValueAtAddress } from "../../src/workbook/read/cellValueAt";
import type { CellValue } from "../../src/workbook/sheetData";
import { transitionWorkbook, tripRows, vehicleRows } from "../engine/transitionFixture";
import { run } from "./cliTestKit";

const rawSheet = (name: string, values: CellValue[][]): SheetPlan => ({
  name,
  ranges: [{ row: 1, col: 1, values: values.map((r) => r.map((v) => (v instanceof Date ? null : v))) }],
  tables: [],
});

/** A workbook file as a user has it after `simulate --out`: the inputs and one scenario sheet. */
async function bookWithScenario(dir: string, leaseEndOfYaris?: CellValue): Promise<string> {
  const { scenario } = transitionWorkbook();
  const path = join(dir, "book.xlsx");
  const bytes = await writeResultFile(null, {
    sheets: [
      rawSheet("Køretøjer", vehicleRows(leaseEndOfYaris)),
      rawSheet("Ture", tripRows()),
      { ...scenario, name: "Scenario", activate: false },
    ],
  });
  writeFileSync(path, bytes);
  return path;
}

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

    // Edit the first event's date in the file (A25), as a user would in Excel.
    const { editInputsAndDropResults } = await import("../libreoffice/libreOffice");
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
