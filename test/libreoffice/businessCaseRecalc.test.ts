import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { computeBusinessCase } from "../../src/core/businesscase/businessCase";
import { REPORT_EXAMPLE_INPUTS } from "../../src/core/businesscase/inputs";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { writeResultFile } from "../../src/hosts/file/writeWorkbookFile";
import { businessCasePlan } from "../../src/workbook/plan/businessCasePlan";
import { readScenarioFigures } from "../../src/workbook/scenarioLink";
import { isFormula } from "../../src/workbook/plan/types";
import { cellValueAtAddress } from "../../src/workbook/read/cellValueAt";
import type { SheetData } from "../../src/workbook/sheetData";
import { plannedCells } from "../workbook/businesscase/planCells";
import { scenarioFixture } from "../workbook/businesscase/scenarioFixture";
import {
  editInputsAndDropResults,
  findSoffice,
  LIBREOFFICE_APT_PACKAGE,
  recalculateWithLibreOffice,
} from "./libreOffice";

/**
 * LibreOffice as an independent formula engine: the business case written by `fleetopt
 * business-case --out`, edited and recalculated there, must give what the JavaScript model gives.
 */
const soffice = findSoffice();
const skipped = soffice
  ? ""
  : ` [SKIPPED: LibreOffice's soffice is not on PATH; install it with apt-get install -y ${LIBREOFFICE_APT_PACKAGE}]`;
if (!soffice) console.warn(skipped.trim());

const LO_TIMEOUT = 180_000;

async function cli(args: string[]): Promise<void> {
  let stderr = "";
  const code = await runCli(args, { stdout: () => {}, stderr: (t) => (stderr += t) });
  if (code !== 0) throw new Error(`fleetopt ${args.join(" ")} failed: ${stderr}`);
}

const sheetNamed = async (path: string, name: string): Promise<SheetData> => {
  const sheet = (await readXlsx(readFileSync(path))).find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** Every formula cell LibreOffice computed, against the result the plan computed in JavaScript. */
function expectEveryFormulaAgrees(
  recalculated: SheetData,
  plan: ReturnType<typeof businessCasePlan>,
): number {
  let checked = 0;
  for (const [address, { cell }] of plannedCells(plan.sheets[0])) {
    if (!isFormula(cell)) continue;
    const got = cellValueAtAddress(recalculated, address);
    if (typeof cell.result === "number") expect(got, address).toBeCloseTo(cell.result, 6);
    else expect(got, address).toBe(cell.result);
    checked++;
  }
  return checked;
}

describe.skipIf(!soffice)(`the business case recalculated in LibreOffice${skipped}`, () => {
  it(
    "follows a change of vehicles and lease: 250 vehicles at 3,500 kr a month break even at 2.6 (1.1 %)",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "fleetopt-bc-lo-"));
      const written = join(dir, "business-case.xlsx");
      await cli(["business-case", "--out", written]);

      // B14 holds the vehicles and B33 the lease per month (BC_Vehicles, BC_LeasePerMonth).
      const edited = await editInputsAndDropResults(written, "Business case", { B14: 250, B33: 3_500 });
      const recalculated = await sheetNamed(recalculateWithLibreOffice(soffice!, edited), "Business case");

      const changed = { ...REPORT_EXAMPLE_INPUTS, vehicles: 250, leasePerMonth: 3_500 };
      const model = computeBusinessCase(changed);
      expect(model.breakEvenFirstYear).toBeCloseTo(173_040 / 65_584.444_444, 9);
      expect(cellValueAtAddress(recalculated, "B6")).toBeCloseTo(model.breakEvenFirstYear, 9); // 2.638
      expect(cellValueAtAddress(recalculated, "B7")).toBeCloseTo(model.breakEvenLaterYears, 9); // 1.876
      expect(cellValueAtAddress(recalculated, "B8")).toBeCloseTo(model.breakEvenShareOfFleet, 9); // 1.06 %
      expect(cellValueAtAddress(recalculated, "B52")).toBeCloseTo(65_584.444_444, 5);
      expect(cellValueAtAddress(recalculated, "B30")).toBeCloseTo(692.16, 9);

      const checked = expectEveryFormulaAgrees(
        recalculated,
        businessCasePlan({ language: "en", inputs: changed }),
      );
      expect(checked).toBeGreaterThan(60);
    },
    LO_TIMEOUT,
  );

  it(
    "evaluates the links to a scenario sheet, including the SUMIFS over its vehicle table",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "fleetopt-bc-lo-"));
      const { plan: scenario } = scenarioFixture("da");
      const book = join(dir, "book.xlsx");
      writeFileSync(
        book,
        await writeResultFile(null, { sheets: [{ ...scenario.sheets[0], name: "Scenarie (2)" }] }),
      );
      const written = join(dir, "linked.xlsx");
      await cli(["business-case", book, "--out", written, "--language", "da"]);

      const edited = await editInputsAndDropResults(written, "Businesscase", {});
      const recalculatedPath = recalculateWithLibreOffice(soffice!, edited);
      const recalculated = await sheetNamed(recalculatedPath, "Businesscase");

      const figures = readScenarioFigures(await sheetNamed(book, "Scenarie (2)"));
      if (!figures.ok) throw new Error("scenario not read");
      expect(figures.value.figures.electricitySaving).toBeLessThan(0);
      expect(cellValueAtAddress(recalculated, "B63")).toBeCloseTo(figures.value.figures.electricitySaving, 6);
      expect(cellValueAtAddress(recalculated, "B60")).toBe(figures.value.figures.vehiclesRemoved);

      const plan = businessCasePlan({
        language: "da",
        inputs: { ...REPORT_EXAMPLE_INPUTS, ...figures.value.figures },
        scenario: { sheet: "Scenarie (2)", language: "da" },
      });
      expect(expectEveryFormulaAgrees(recalculated, plan)).toBeGreaterThan(60);
    },
    LO_TIMEOUT,
  );
});
