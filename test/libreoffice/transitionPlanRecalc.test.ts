import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import type { TransitionPlanSummary } from "../../src/engine/transitionPlanSummary";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { transitionPlanLayout, YEAR_COL } from "../../src/workbook/plan/transitionPlanLayout";
import { cellValueAt } from "../../src/workbook/read/cellValueAt";
import type { SheetData } from "../../src/workbook/sheetData";
import { bookWithScenario } from "../engine/transitionFixture";
import {
  editInputsAndDropResults,
  findSoffice,
  LIBREOFFICE_APT_PACKAGE,
  recalculateWithLibreOffice,
} from "./libreOffice";

/**
 * LibreOffice as an independent formula engine for the transition plan: the sheet written by
 * `fleetopt plan --out`, with every cached result dropped, must recalculate to the --json figures;
 * and changing the discount rate, the escalation and the target in the file must give what a new
 * run with those inputs prints.
 */
const soffice = findSoffice();
const skipped = soffice
  ? ""
  : ` [SKIPPED: LibreOffice's soffice is not on PATH; install it with apt-get install -y ${LIBREOFFICE_APT_PACKAGE}]`;
if (!soffice) console.warn(skipped.trim());

const LO_TIMEOUT = 240_000;
const SHEET = "Transition plan";

async function plan(args: string[]): Promise<TransitionPlanSummary> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["plan", ...args, "--json"], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  if (code !== 0) throw new Error(`fleetopt plan ${args.join(" ")} failed: ${stderr}`);
  return JSON.parse(stdout) as TransitionPlanSummary;
}

async function recalculated(path: string, edits: Record<string, number>): Promise<SheetData> {
  const edited = await editInputsAndDropResults(path, SHEET, edits);
  const sheet = (await readXlsx(readFileSync(recalculateWithLibreOffice(soffice!, edited)))).find(
    (s) => s.name === SHEET,
  );
  if (!sheet) throw new Error(`no sheet ${SHEET}`);
  return sheet;
}

/** Every year row LibreOffice computed against the JSON (rounded to øre and grams there). */
function expectYearsAgree(
  sheet: SheetData,
  summary: TransitionPlanSummary,
  events: number,
  fleets: number,
): void {
  const layout = transitionPlanLayout(events, fleets, summary.years.length);
  summary.years.forEach((y, j) => {
    const at = (col: number) => cellValueAt(sheet, layout.firstYearRow + j, col);
    expect(at(YEAR_COL.year)).toBe(y.year);
    expect(at(YEAR_COL.vehicles)).toBe(y.vehicles);
    expect(at(YEAR_COL.ev)).toBe(y.vehiclesByType.ev);
    expect(at(YEAR_COL.fossil)).toBe(y.vehiclesByType.fossil);
    expect(at(YEAR_COL.fixed) as number).toBeCloseTo(y.costParts.fixed, 1);
    expect(at(YEAR_COL.energy) as number).toBeCloseTo(y.costParts.energy, 1);
    expect(at(YEAR_COL.cost) as number).toBeCloseTo(y.cost, 1);
    expect(at(YEAR_COL.co2e) as number).toBeCloseTo(y.co2eTonnes, 5);
    expect(at(YEAR_COL.unallocated) as number).toBeCloseTo(y.unallocatedTrips, 1);
    expect(at(YEAR_COL.chargePoints)).toBe(y.chargePoints);
    expect(at(YEAR_COL.presentValue) as number).toBeCloseTo(y.presentValue, 1);
    expect(at(YEAR_COL.cumulative) as number).toBeCloseTo(y.cumulativeSaving, 1);
    expect(at(YEAR_COL.goalMet)).toBe(y.goalMet ? "Yes" : "No");
  });
}

describe.skipIf(!soffice)(`the transition plan recalculated in LibreOffice${skipped}`, () => {
  it(
    "recalculates from scratch to the JSON, and follows a changed discount rate, escalation and target",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "fleetopt-plan-lo-"));
      const book = await bookWithScenario(dir);
      const out = join(dir, "planned.xlsx");
      const summary = await plan([book, "--out", out]);
      // Two events, so three fleets: today's, the one from 30 June 2027, the target.
      expect(summary.events).toHaveLength(2);
      expectYearsAgree(await recalculated(out, {}), summary, 2, 3);

      // B8 escalation, B9 discount rate, B10 the CO2e reduction target.
      const changed = await recalculated(out, { B8: 0.05, B9: 0.1, B10: 0.2 });
      const expected = await plan([
        book,
        "--set",
        "escalation=0.05",
        "--set",
        "discountRate=0.1",
        "--set",
        "co2eTargetPct=0.2",
      ]);
      expect(expected.years[4].presentValue).not.toBeCloseTo(summary.years[4].presentValue, 0);
      expect(expected.years.map((y) => y.goalMet)).not.toEqual(summary.years.map((y) => y.goalMet));
      expectYearsAgree(changed, expected, 2, 3);
    },
    LO_TIMEOUT,
  );
});
