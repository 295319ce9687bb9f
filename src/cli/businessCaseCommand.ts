import type { XlsxSheet } from "../hosts/file/readXlsx";
import { businessCaseFromSheets, findBusinessCaseSheets } from "../engine/businessCase";
import { findScenarioSheets } from "../workbook/scenarioLink";
import type { BusinessCaseSummary } from "../core/businesscase/businessCaseSummary";
import { parseBusinessCaseArgs, type BusinessCaseArgs } from "./businessCaseArgs";
import { UsageError } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { printCellErrors } from "./commandOutput";
import { formatBusinessCaseText } from "./formatBusinessCaseText";
import { openWorkbookFile } from "./openWorkbookFile";
import { checkOutputTarget } from "./outputFile";
import { writeResult } from "./writeResult";

/**
 * `fleetopt business-case`: the break-even business case, from the report's example inputs or
 * from a workbook (a linked scenario sheet, the inputs of its newest business-case sheet), with
 * `--set` overrides. Exit 0, or 2 with a message per bad input naming its cell.
 */
export async function businessCaseCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseBusinessCaseArgs(argv);
  const target = args.out
    ? await checkOutputTarget(args.out, args.workbook ? [args.workbook] : [], args.force)
    : null;
  const workbook = args.workbook ? await openWorkbookFile(args.workbook) : null;
  const sheets = workbook?.sheets ?? null;
  const scenarioSheet = sheets ? chooseScenario(sheets, args) : null;
  // The newest business case (the last in tab order) holds the inputs the user edited last.
  const inputsSheet = sheets ? (findBusinessCaseSheets(sheets).at(-1) ?? null) : null;
  if (inputsSheet) io.stderr(`Inputs from the business-case sheet '${inputsSheet}'\n`);
  if (scenarioSheet) io.stderr(`Linked to the scenario sheet '${scenarioSheet}'\n`);

  const outcome = businessCaseFromSheets(sheets, {
    language: args.language,
    scenarioSheet,
    inputsSheet,
    overrides: args.overrides,
  });
  if (!outcome.ok) return printCellErrors(io, outcome.errors, "en");
  if (target) {
    const [sheet] = await writeResult(target, workbook?.host ?? null, outcome.value.plan);
    io.stderr(`Wrote ${target.path} (sheet '${sheet}')\n`);
  }
  const summary = outcome.value.summary;
  io.stdout(args.json ? businessCaseJson(summary) : formatBusinessCaseText(summary));
  return 0;
}

/** --scenario, else the workbook's only scenario sheet; several without --scenario is a usage error. */
function chooseScenario(sheets: readonly XlsxSheet[], args: BusinessCaseArgs): string | null {
  if (args.noScenario) return null;
  const scenarios = findScenarioSheets(sheets);
  if (args.scenario === undefined) {
    if (scenarios.length <= 1) return scenarios[0] ?? null;
    throw new UsageError(
      `the workbook has ${scenarios.length} scenario sheets (${scenarios.join(", ")}); ` +
        "choose one with --scenario SHEET, or --no-scenario",
    );
  }
  const wanted = args.scenario;
  const sheet =
    sheets.find((s) => s.name === wanted) ??
    sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!sheet) {
    const list = scenarios.length > 0 ? scenarios.join(", ") : "none";
    throw new UsageError(`--scenario: the workbook has no sheet "${wanted}"; its scenario sheets: ${list}`);
  }
  return sheet.name;
}

/**
 * product.md §6's JSON. Break-even vehicles keep one decimal even when whole ("2.0", as the
 * specification prints it); that is still plain JSON.
 */
export function businessCaseJson(summary: BusinessCaseSummary): string {
  const text = JSON.stringify(summary, null, 2).replace(
    /^(\s*"breakEvenVehicles(?:FirstYear|LaterYears)": -?\d+)(,?)$/gm,
    "$1.0$2",
  );
  return `${text}\n`;
}
