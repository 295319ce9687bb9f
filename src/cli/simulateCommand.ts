import { writeScenarioWorkbook } from "./writeScenarioWorkbook";
import { simulateSheets } from "../worker/engineApi";
import { needsSolver } from "../worker/allocationProgress";
import { loadNodeSolver } from "../worker/nodeSolver";
import { formatCellError } from "../workbook/read/cellError";
import { parseSimulateArgs } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { readInputWorkbook } from "./readInputWorkbook";
import { formatSummaryText } from "./formatSummaryText";
import { checkOutputTarget, writeOutputFile } from "./outputFile";
import { rememberMapping } from "./cliArgs";

/** `fleetopt simulate`: one scenario on a workbook; exit 0, or 2 with a cell-addressed message. */
export async function simulateCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseSimulateArgs(argv);
  const target = args.out ? await checkOutputTarget(args.out, [args.workbook], args.force) : null;
  const { data, sheets, inputs } = await readInputWorkbook(args.workbook, args.sheets);
  const solver = needsSolver(args.request) ? await loadNodeSolver() : undefined;
  const outcome = simulateSheets(
    sheets,
    inputs,
    args.request,
    (p) => {
      if (!args.json) return;
      io.stderr(`${p.phase} ${Math.round(p.fraction * 100)}%\n`);
    },
    {
      dashboards: target !== null,
      solver,
    },
  );
  solver?.close();
  if (!outcome.ok) {
    for (const e of outcome.errors) io.stderr(`${formatCellError(e, "en")}\n`);
    return 2;
  }
  if (target) {
    // The scenario sheet, the dashboards, and the registry with the comparison sheet: what the
    // pane leaves in a workbook after a run (README, "Result sheets").
    const { summary, plan, dashboards } = outcome.value;
    const withMapping = rememberMapping(dashboards ?? { sheets: [] }, args.sheets, inputs);
    const bytes = await writeScenarioWorkbook(data, plan, withMapping, summary, {
      language: args.request.language ?? "en",
    });
    await writeOutputFile(target, bytes);
    io.stderr(`Wrote ${target.path}\n`);
  }
  io.stdout(
    args.json
      ? `${JSON.stringify(outcome.value.summary, null, 2)}\n`
      : formatSummaryText(outcome.value.summary),
  );
  return 0;
}
