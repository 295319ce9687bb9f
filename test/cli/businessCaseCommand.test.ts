import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadWorkbook, readXlsx } from "../../src/hosts/file/readXlsx";
import { writeResultFile } from "../../src/hosts/file/writeWorkbookFile";
import type { WorkbookPlan } from "../../src/workbook/plan/types";
import { scenarioFixture } from "../workbook/businesscase/scenarioFixture";
import { run } from "./cliTestKit";

const tempDir = () => mkdtempSync(join(tmpdir(), "fleetopt-bc-"));

/** A workbook file with a Ture sheet and the given scenario sheets (as the simulation writes them). */
async function workbookWithScenarios(names: string[]): Promise<string> {
  const scenario = scenarioFixture().plan.sheets[0];
  const plan: WorkbookPlan = {
    sheets: [
      { name: "Ture", ranges: [{ row: 1, col: 1, values: [["Starttid", "Sluttid"]] }], tables: [] },
      ...names.map((name, i) => ({
        ...scenario,
        name,
        tables: scenario.tables.map((t) => ({ ...t, name: `${t.name}_${i}` })),
      })),
    ],
  };
  const path = join(tempDir(), "book.xlsx");
  writeFileSync(path, await writeResultFile(null, plan));
  return path;
}

describe("fleetopt business-case", () => {
  it("prints the report's three figures as JSON: 2.8 and 2.0 vehicles, 0.9 % of the fleet", async () => {
    const { code, stdout, stderr } = await run(["business-case", "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      breakEvenVehiclesFirstYear: 2.8,
      breakEvenVehiclesLaterYears: 2,
      shareOfFleet: 0.009,
      carCostPerYear: 61_984.44,
      firstYearCost: 173_040,
      costPerVehicle: 576.8,
      scenario: { sheet: null, paybackMonths: 9.5 },
    });
    // Printed with one decimal, as product.md §6 shows it.
    expect(stdout).toContain('"breakEvenVehiclesLaterYears": 2.0,');
  });

  it("takes --set overrides: 250 vehicles and a 3,500 kr lease give 2.6 vehicles, 1.1 % of the fleet", async () => {
    const { code, stdout } = await run([
      "business-case",
      "--set",
      "vehicles=250",
      "--set",
      "leasePerMonth=3500",
      "--json",
    ]);
    expect(code).toBe(0);
    // 173,040 ÷ (61,984.44 + 300 × 12) = 2.638; 2.638 ÷ 250 = 0.0106.
    expect(JSON.parse(stdout)).toMatchObject({
      breakEvenVehiclesFirstYear: 2.6,
      shareOfFleet: 0.011,
      carCostPerYear: 65_584.44,
      costPerVehicle: 692.16,
    });
  });

  it("refuses zero km/l, a negative price and text with exit code 2 and the cell of each", async () => {
    const { code, stdout, stderr } = await run([
      "business-case",
      "--set",
      "kmPerLitre=0",
      "--set",
      "fuelPricePerLitre=-13",
      "--set",
      "vehicles=tre hundrede",
      "--json",
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^kmPerLitre \('Business case'!B35, BC_KmPerLitre\): .* greater than 0/),
      expect.stringMatching(
        /^fuelPricePerLitre \('Business case'!B36, BC_FuelPricePerLitre\): .* at least 0/,
      ),
      expect.stringMatching(/^vehicles \('Business case'!B14, BC_Vehicles\): .* whole number/),
    ]);
  });

  it("refuses an unknown --set key, listing the inputs", async () => {
    const { code, stderr } = await run(["business-case", "--set", "lease=3500"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--set lease: no such input\. Inputs: vehicles, .*leasePerMonth/);
  });

  it("writes the business-case sheet to a new file with --out, with its results and defined names", async () => {
    const out = join(tempDir(), "bc.xlsx");
    const { code, stderr } = await run(["business-case", "--out", out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`Wrote ${out}`);
    const [sheet] = await readXlsx(readFileSync(out));
    expect(sheet.name).toBe("Business case");
    expect(sheet.values[5][1]).toBeCloseTo(2.791_668, 6); // B6, cached for non-recalculating readers
    const workbook = await loadWorkbook(readFileSync(out));
    const names = workbook.definedNames.getAllNames().map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(["BreakEven_FirstYear", "BreakEven_ShareOfFleet", "BC_Vehicles"]),
    );
    expect(workbook.getWorksheet("Business case")!.getCell("B6").formula).toBe("B28/B52");
  });

  it("links the workbook's only scenario sheet and keeps the input sheets in the new file", async () => {
    const book = await workbookWithScenarios(["Scenario"]);
    const out = join(tempDir(), "linked.xlsx");
    const { code, stdout, stderr } = await run(["business-case", book, "--out", out, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toContain("Linked to the scenario sheet 'Scenario'");
    expect(JSON.parse(stdout).scenario).toMatchObject({ sheet: "Scenario", vehiclesRemoved: 1 });
    const workbook = await loadWorkbook(readFileSync(out));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Ture", "Scenario", "Business case"]);
    expect(workbook.getWorksheet("Business case")!.getCell("B60").formula).toBe("'Scenario'!D12");
  });

  it("asks which scenario when there are several, and links the one named by --scenario", async () => {
    const book = await workbookWithScenarios(["Scenario", "Scenario (2)"]);
    const ambiguous = await run(["business-case", book, "--json"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(
      /2 scenario sheets \(Scenario, Scenario \(2\)\); choose one with --scenario/,
    );
    const chosen = await run(["business-case", book, "--scenario", "Scenario (2)", "--json"]);
    expect(chosen.code).toBe(0);
    expect(JSON.parse(chosen.stdout).scenario.sheet).toBe("Scenario (2)");
    const none = await run(["business-case", book, "--no-scenario", "--json"]);
    expect(JSON.parse(none.stdout).scenario).toMatchObject({ sheet: null, vehiclesRemoved: 3 });
  });

  it("starts from the inputs of an edited business-case sheet, and names its bad cells", async () => {
    const first = join(tempDir(), "first.xlsx");
    await run(["business-case", "--out", first]);
    const edit = async (cell: string, value: number) => {
      const workbook = await loadWorkbook(readFileSync(first));
      workbook.getWorksheet("Business case")!.getCell(cell).value = value;
      const path = join(tempDir(), "edited.xlsx");
      writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
      return path;
    };
    const fewer = await run(["business-case", await edit("B14", 250), "--json"]);
    expect(fewer.stderr).toContain("Inputs from the business-case sheet 'Business case'");
    expect(JSON.parse(fewer.stdout)).toMatchObject({ vehicles: 250, costPerVehicle: 692.16 });

    const broken = await run(["business-case", await edit("B35", 0), "--json"]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /\n'Business case'!B35: "Fuel economy \(average\)" must be a number greater than 0/,
    );
  });

  it("never writes over the input workbook", async () => {
    const book = await workbookWithScenarios([]);
    const { code, stderr } = await run(["business-case", book, "--out", book]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out must name a new file/);
  });

  it("prints a readable summary without --json", async () => {
    const { code, stdout } = await run(["business-case"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Cost of one car per year        61,984.44 kr");
    expect(stdout).toContain("Break-even, first year          2.8 vehicles (0.9 % of the fleet)");
    expect(stdout).toContain("Break-even, later years         2.0 vehicles");
  });
});
