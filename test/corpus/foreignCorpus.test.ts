import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { expectValidXlsx } from "../helpers/ooxmlValidation";
import { run } from "../cli/cliTestKit";

/**
 * Input workbooks written by other programs (scripts/make-foreign-corpus.ts says how to rerun
 * it): each must go through every command and come out as a file Excel opens without repair.
 */
const CORPUS = join(__dirname, "../fixtures/foreign");
const FILES = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();
const SAMPLE = join(__dirname, "../../assets/sample/fleetoptimiser-sample.xlsx");

/** Every command with --out, kept small (one week, a few search iterations). */
const COMMANDS: Record<string, string[]> = {
  simulate: ["simulate"],
  search: ["search", "--iterations", "3"],
  aggregate: ["aggregate"],
  "business-case": ["business-case"],
};

async function roundTrip(input: string, command: string[], extra: string[] = []): Promise<void> {
  const out = join(mkdtempSync(join(tmpdir(), "fleetopt-corpus-")), "out.xlsx");
  const { code, stderr } = await run([...command, input, ...extra, "--out", out]);
  expect(stderr, "the writer reported problems").not.toMatch(/\[excelts\]/);
  expect({ code, stderr }).toMatchObject({ code: 0 });
  await expectValidXlsx(out);
}

describe("foreign-written inputs", () => {
  it("holds every program's file, each with the same fleet", async () => {
    expect(FILES).toEqual([
      "fleetoptimiser.xlsx",
      "libreoffice.xlsx",
      "openpyxl.xlsx",
      "pandas.xlsx",
      "sheetjs.xlsx",
    ]);
    const data = JSON.parse(readFileSync(join(CORPUS, "fleet-data.json"), "utf8")) as {
      sheets: Record<string, unknown[][]>;
    };
    for (const file of FILES) {
      const sheets = await readXlsx(readFileSync(join(CORPUS, file)));
      expect(
        sheets.map((s) => s.name),
        file,
      ).toEqual(Object.keys(data.sheets));
      for (const s of sheets) expect(s.values.length, `${file} ${s.name}`).toBe(data.sheets[s.name].length);
    }
  });

  it("simulates to the same figures whichever program wrote the file", async () => {
    const results = new Map<string, unknown>();
    for (const file of FILES) {
      const { code, stdout } = await run(["simulate", join(CORPUS, file), "--json"]);
      expect(code, file).toBe(0);
      results.set(file, JSON.parse(stdout));
    }
    const reference = results.get("fleetoptimiser.xlsx");
    expect(reference).toMatchObject({ trips: 183, periodDays: 7 });
    for (const [file, result] of results) expect(result, file).toEqual(reference);
  });

  for (const file of FILES) {
    describe(file, () => {
      for (const [name, command] of Object.entries(COMMANDS)) {
        it(`${name} --out writes a valid workbook`, () => roundTrip(join(CORPUS, file), command));
      }
    });
  }
});

describe("the committed sample workbook", () => {
  it("is itself valid", () => expectValidXlsx(SAMPLE));

  const week = ["--from", "2025-03-03", "--to", "2025-03-09"];
  it("simulate --out writes a valid workbook", () => roundTrip(SAMPLE, COMMANDS.simulate, week));
  it("search --out writes a valid workbook", () => roundTrip(SAMPLE, COMMANDS.search, week));
  it("business-case --out writes a valid workbook", () => roundTrip(SAMPLE, COMMANDS["business-case"]));
});
