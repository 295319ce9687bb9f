import { transitionPlanFromSheets } from "../engine/transitionPlan";
import type { TransitionPlanSummary } from "../engine/transitionPlanSummary";
import { findScenarioSheets } from "../workbook/scenarioLink";
import type { SheetData } from "../workbook/sheetData";
import { readScenarioSheetRun } from "../workbook/transitionScenarioSheet";
import { loadNodeSolver } from "../solver/nodeSolver";
import { UsageError } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { jsonText, printCellErrors } from "./commandOutput";
import { checkOutputTarget } from "./outputFile";
import { parsePlanArgs } from "./planArgs";
import { readInputWorkbook } from "./readInputWorkbook";
import { writeResult } from "./writeResult";

/**
 * `fleetopt plan`: the transition plan from today's fleet to a scenario's (issue 18). Exit 0, or 2
 * with a message per bad input naming its cell.
 */
export async function planCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parsePlanArgs(argv);
  // Checked before minutes of simulation: an input is never rewritten, an existing file only with --force.
  const target = args.out ? await checkOutputTarget(args.out, [args.workbook], args.force) : null;
  const { host, sheets, inputs } = await readInputWorkbook(args.workbook);
  const scenarioSheet = chooseScenario(sheets, args.scenario);
  io.stderr(`Planning towards the scenario sheet '${scenarioSheet}'\n`);
  const scenario = readScenarioSheetRun(sheets.find((s) => s.name === scenarioSheet) as SheetData);
  // HiGHS loads only when the scenario was allocated optimally: its fleets on the way are too.
  const solver = scenario.ok && scenario.value.allocation === "optimal" ? await loadNodeSolver() : undefined;
  let outcome;
  try {
    outcome = transitionPlanFromSheets(
      sheets,
      inputs,
      { language: args.language, scenarioSheet, overrides: args.overrides },
      { solver, onProgress: (done, of) => io.stderr(`Simulated fleet ${done} of ${of}\n`) },
    );
  } finally {
    solver?.close();
  }
  if (!outcome.ok) return printCellErrors(io, outcome.errors, args.language);
  if (target) {
    const [sheet] = await writeResult(target, host, outcome.value.plan);
    io.stderr(`Wrote ${target.path} (sheet '${sheet}')\n`);
  }
  const summary = outcome.value.summary;
  io.stdout(args.json ? jsonText(summary) : planText(summary));
  return 0;
}

/** --scenario, else the workbook's only scenario sheet; none or several without --scenario is a usage error. */
function chooseScenario(sheets: readonly SheetData[], wanted: string | undefined): string {
  const scenarios = findScenarioSheets(sheets);
  if (wanted === undefined) {
    if (scenarios.length === 1) return scenarios[0];
    if (scenarios.length === 0)
      throw new UsageError(
        "the workbook has no scenario sheet; run `fleetopt simulate --out` (or the pane) first, then plan from its result",
      );
    throw new UsageError(
      `the workbook has ${scenarios.length} scenario sheets (${scenarios.join(", ")}); choose one with --scenario SHEET`,
    );
  }
  const sheet =
    sheets.find((s) => s.name === wanted) ??
    sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!sheet) {
    const list = scenarios.length > 0 ? scenarios.join(", ") : "none";
    throw new UsageError(`--scenario: the workbook has no sheet "${wanted}"; its scenario sheets: ${list}`);
  }
  return sheet.name;
}

/** The plan in a few lines for a terminal: one per year, then the events. */
function planText(s: TransitionPlanSummary): string {
  const kr = (x: number) => `${Math.round(x).toLocaleString("en-US")} kr`;
  const lines = [
    `Transition plan towards '${s.scenarioSheet}', ${s.firstYear}–${s.lastYear}`,
    ...s.years.map(
      (y) =>
        `  ${y.year}: ${y.vehicles} vehicles, cost ${kr(y.cost)}, ${y.co2eTonnes.toFixed(2)} t CO2e` +
        `${y.goalMet ? " (goal met)" : ""}, cumulative saving ${kr(y.cumulativeSaving)}`,
    ),
    `CO2e target ${s.co2eTargetTonnes.toFixed(2)} t: ${s.firstYearGoalMet !== null ? `met from ${s.firstYearGoalMet}` : "not met"}`,
    `Events (${s.events.length}):`,
    ...s.events.map((e) => `  ${e.date}  out ${e.out ?? "-"}  in ${e.in ?? "-"}  (${e.reason})`),
  ];
  return `${lines.join("\n")}\n`;
}
