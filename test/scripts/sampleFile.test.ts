import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generateSampleData, samplePlan } from "../../scripts/_lib/samplePlan";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { cellResult } from "../../src/workbook/plan/types";
import { readInputs } from "../../src/workbook/read/readInputs";

const SAMPLE_FILE = resolve(__dirname, "../../assets/sample/fleetoptimiser-sample.xlsx");

describe("assets/sample/fleetoptimiser-sample.xlsx", () => {
  it("passes the workbook readers without a single error", async () => {
    const sheets = await readXlsx(readFileSync(SAMPLE_FILE));
    const read = readInputs(sheets, { vehicles: "Køretøjer", trips: "Ture", parameters: "Parametre" });
    expect(read.ok ? [] : read.errors).toEqual([]);
    if (!read.ok) return;
    expect(read.value.vehicles).toHaveLength(43);
    expect(read.value.vehicles.filter((v) => v.location === "")).toHaveLength(3);
    // One location, so the CLI needs no --location on the sample.
    const locations = new Set([
      ...read.value.vehicles.flatMap((v) => (v.location === "" ? [] : [v.location])),
      ...read.value.trips.map((t) => t.location),
    ]);
    expect([...locations]).toEqual(["Hjemmeplejen Nord"]);
    expect(read.value.trips.length).toBeGreaterThan(8_000);
  });

  it("is what `npm run sample` writes today (regenerate it when the generator changes)", async () => {
    const sheets = await readXlsx(readFileSync(SAMPLE_FILE));
    const plan = samplePlan(generateSampleData());
    expect(sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const [i, sheetPlan] of plan.sheets.entries()) {
      const table = sheetPlan.tables[0];
      const expected = [table.columns.map((c) => c.header), ...table.rows.map((r) => r.map(cellResult))];
      const actual = sheets[i].values;
      expect(actual).toHaveLength(expected.length);
      expect(actual[0]).toEqual(expected[0]);
      // Dates pass through a millisecond Date on read, so compare numbers to a tenth of a second.
      const mismatches = actual.filter((row, r) =>
        row.some((v, c) => {
          const e = expected[r][c];
          return typeof e === "number" ? typeof v !== "number" || Math.abs(v - e) > 1e-6 : v !== e;
        }),
      );
      expect(mismatches).toEqual([]);
    }
  });
});
