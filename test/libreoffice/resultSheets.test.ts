import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Workbook } from "@cj-tech-master/excelts";
import { FileWorkbookHost } from "../../src/hosts/file/fileWorkbookHost";
import { loadWorkbook } from "../../src/hosts/file/readXlsx";
import { simulateSheets } from "../../src/engine/simulate";
import { proposeInputSheets } from "../../src/workbook/read/readInputs";
import { defaultScenarioRequest, type ScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import type { ScenarioSummary } from "../../src/core/scenario/scenarioSummary";
import { readScenarioRegistry, registerScenario } from "../../src/workbook/scenarioRegistry";
import { SCENARIO_METADATA_SHEET } from "../../src/workbook/plan/scenarioMetadata";
import { runCli } from "../../src/cli/main";
import { loadHighsSolver } from "../../src/solver/highsSolver";
import {
  chartParts,
  editInputsAndDropResults,
  findSoffice,
  LIBREOFFICE_APT_PACKAGE,
  recalculateWithLibreOffice,
} from "./libreOffice";

/**
 * The acceptance, on the bundled sample: two manual scenarios and an optimal one (HiGHS),
 * the dashboards, and the comparison, written through the file host as the pane writes them; saved,
 * reopened without the add-in (ExcelTS), and opened in LibreOffice, which recalculates the
 * comparison's live links. Three days keep the exact allocation quick.
 */
const SAMPLE = "assets/sample/fleetoptimiser-sample.xlsx";
const PERIOD = { fromDate: "2025-03-03", toDate: "2025-03-05" };
const soffice = findSoffice();
const skipped = soffice ? "" : ` [SKIPPED: no soffice; apt-get install -y ${LIBREOFFICE_APT_PACKAGE}]`;
const LO_TIMEOUT = 240_000;

interface Written {
  file: string;
  summaries: ScenarioSummary[];
  scenarioSheets: string[];
}

async function writeThreeScenarios(): Promise<Written> {
  const host = await FileWorkbookHost.open(readFileSync(SAMPLE));
  const names = await host.listSheets();
  const proposed = proposeInputSheets(names);
  const inputs = {
    vehicles: proposed.vehicles!,
    trips: proposed.trips!,
    parameters: proposed.parameters ?? null,
  };
  const sheets = await Promise.all(names.map((n) => host.readSheet(n)));
  const base: ScenarioRequest = { ...defaultScenarioRequest(), ...PERIOD, language: "en" };
  const first = simulateSheets(sheets, inputs, base, undefined, { dashboards: true });
  if (!first.ok) throw new Error(JSON.stringify(first.errors));
  // The second manual scenario drops two vehicles of the current fleet.
  const fleet = first.value.summary.current.vehicles
    .slice(2)
    .map((v) => ({ sourceId: v.sourceId, count: 1 }));
  const requests: ScenarioRequest[] = [base, { ...base, fleet }, { ...base, allocation: "optimal" }];
  const solver = await loadHighsSolver();
  const summaries: ScenarioSummary[] = [];
  const scenarioSheets: string[] = [];
  for (const request of requests) {
    const outcome = simulateSheets(sheets, inputs, request, undefined, { solver });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const [sheet] = await host.writePlan(outcome.value.plan);
    const registered = await registerScenario(host, outcome.value.summary, sheet, { language: "en" });
    expect(registered.ok).toBe(true);
    summaries.push(outcome.value.summary);
    scenarioSheets.push(sheet);
  }
  await host.writePlan(first.value.dashboards!);
  const file = join(mkdtempSync(join(tmpdir(), "fleetopt-results-")), "results.xlsx");
  writeFileSync(file, await host.save());
  return { file, summaries, scenarioSheets };
}

const numberIn = (wb: Workbook, sheet: string, cell: string): number => {
  const v = wb.getWorksheet(sheet)!.getCell(cell).value;
  const n = typeof v === "object" && v !== null && "result" in v ? v.result : v;
  if (typeof n !== "number") throw new Error(`${sheet}!${cell} is not a number: ${JSON.stringify(v)}`);
  return n;
};

let written: Written;
beforeAll(async () => {
  written = await writeThreeScenarios();
}, 240_000);

describe("two manual scenarios and an optimal one on the sample, saved and reopened without the add-in", () => {
  it("keeps the scenario sheets, the comparison and the dashboards, each with its native charts", async () => {
    const wb = await loadWorkbook(readFileSync(written.file));
    expect(written.scenarioSheets).toEqual(["Scenario", "Scenario (2)", "Scenario (3)"]);
    for (const s of written.scenarioSheets) expect(wb.getWorksheet(s)!.getCharts()).toHaveLength(6);
    expect(wb.getWorksheet("Scenario comparison")!.getCharts()).toHaveLength(2);
    const dashboards = wb.getWorksheet("Dashboards")!;
    expect(dashboards.getCharts()).toHaveLength(3);
    expect(dashboards.conditionalFormattings.length).toBeGreaterThanOrEqual(6);
    expect(wb.getWorksheet(SCENARIO_METADATA_SHEET)!.state).toBe("veryHidden");

    // The comparison's figures are the scenario sheets' own, as numbers with units.
    written.summaries.forEach((summary, i) => {
      const row = 5 + i;
      const comparison = wb.getWorksheet("Scenario comparison")!;
      expect(comparison.getCell(`A${row}`).value).toBe(written.scenarioSheets[i]);
      expect(numberIn(wb, "Scenario comparison", `J${row}`)).toBeCloseTo(summary.simulated.yearlyCost, 2);
      expect(numberIn(wb, "Scenario comparison", `J${row}`)).toBeCloseTo(
        numberIn(wb, written.scenarioSheets[i], "C5"),
        2, // the registry keeps the summary's figures, rounded to øre
      );
      expect(comparison.getCell(`J${row}`).numFmt).toBe('#,##0 "kr."');
      expect(numberIn(wb, "Scenario comparison", `O${row}`)).toBe(summary.simulated.unallocatedTrips);
    });
    expect(wb.getWorksheet("Scenario comparison")!.getCell("B7").value).toBe("optimal");
    expect(wb.getWorksheet("Scenario comparison")!.getCell("C7").value).toBe("optimal");
  });

  it("restores the list of scenarios from the very hidden sheet", async () => {
    const reopened = await FileWorkbookHost.open(readFileSync(written.file));
    const registry = await readScenarioRegistry(reopened);
    expect(registry?.comparisonSheet).toBe("Scenario comparison");
    expect(registry?.records.map((r) => [r.sheet, r.kind, r.allocation])).toEqual([
      ["Scenario", "manual", "simple"],
      ["Scenario (2)", "manual", "simple"],
      ["Scenario (3)", "optimal", "optimal"],
    ]);
    expect(await reopened.listSheets()).not.toContain(SCENARIO_METADATA_SHEET);
  });
});

describe.skipIf(!soffice)(`the result sheets opened in LibreOffice${skipped}`, () => {
  it(
    "keeps every chart, and recalculates the comparison from the scenario sheets",
    async () => {
      // A changed figure on the second scenario sheet, every cached result dropped: what the
      // comparison then shows can only come from LibreOffice recalculating its links.
      const edited = await editInputsAndDropResults(written.file, "Scenario (2)", { C5: 123_456 });
      const converted = recalculateWithLibreOffice(soffice!, edited);
      const parts = [...(await chartParts(converted)).values()];
      expect(parts).toHaveLength(3 * 6 + 2 + 3);
      expect(parts.filter((xml) => xml.includes("<c:lineChart>"))).toHaveLength(1);
      const wb = await loadWorkbook(readFileSync(converted));
      expect(numberIn(wb, "Scenario comparison", "J6")).toBe(123_456);
      expect(numberIn(wb, "Scenario comparison", "K6")).toBeCloseTo(
        numberIn(wb, "Scenario comparison", "I6") - 123_456,
        6,
      );
      expect(numberIn(wb, "Scenario comparison", "J5")).toBeCloseTo(
        written.summaries[0].simulated.yearlyCost,
        2,
      );
    },
    LO_TIMEOUT,
  );

  it(
    "finds the same sheets and charts in `fleetopt simulate --out`, with recalculated values",
    async () => {
      const out = join(mkdtempSync(join(tmpdir(), "fleetopt-simulate-out-")), "result.xlsx");
      let stderr = "";
      const code = await runCli(
        ["simulate", SAMPLE, "--from", PERIOD.fromDate, "--to", PERIOD.toDate, "--out", out],
        { stdout: () => {}, stderr: (t) => (stderr += t) },
      );
      expect(code, stderr).toBe(0);
      const dropped = await editInputsAndDropResults(out, "Scenario", {});
      const converted = recalculateWithLibreOffice(soffice!, dropped);
      expect((await chartParts(converted)).size).toBe(6 + 2 + 3);
      const wb = await loadWorkbook(readFileSync(converted));
      const original = await loadWorkbook(readFileSync(out));
      expect(numberIn(wb, "Scenario comparison", "J5")).toBeCloseTo(numberIn(original, "Scenario", "C5"), 6);
      expect(numberIn(wb, "Scenario", "D5")).toBeCloseTo(
        numberIn(original, "Scenario", "B5") - numberIn(original, "Scenario", "C5"),
        6,
      );
      // The km heat map's totals are =SUM formulas, recalculated too.
      const dash = wb.getWorksheet("Dashboards")!;
      let totals = 0;
      dash.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (typeof v === "object" && v !== null && "formula" in v && String(v.formula).startsWith("SUM"))
            totals += typeof v.result === "number" ? 1 : 0;
        }),
      );
      expect(totals).toBeGreaterThan(0);
    },
    LO_TIMEOUT,
  );
});
