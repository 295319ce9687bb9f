import { writeScenarioSheets } from "./writeScenarioSheets";
import { simulateSheets } from "../engine/simulate";
import { needsSolver } from "../engine/allocationProgress";
import { loadNodeSolver } from "../solver/nodeSolver";
import { phaseLabel } from "../i18n/progressText";
import { parseSimulateArgs } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { readInputWorkbook } from "./readInputWorkbook";
import { formatSummaryText } from "./formatSummaryText";
import { checkOutputTarget } from "./outputFile";
import { jsonText, printCellErrors } from "./commandOutput";
import { saveResult } from "./writeResult";
import { rememberMapping } from "./cliArgs";
import { progressLineFor } from "./progressLine";
import { progressStep } from "./progressText";
import { tickingSolver } from "./tickingSolver";

/** `fleetopt simulate`: one scenario on a workbook; exit 0, or 2 with a cell-addressed message. */
export async function simulateCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseSimulateArgs(argv);
  const target = args.out ? await checkOutputTarget(args.out, [args.workbook], args.force) : null;
  // Progress on stderr once the run takes more than two seconds; stdout is the result alone.
  const progress = progressLineFor(io);
  try {
    progress.show("file", `Reading ${args.workbook}…`);
    const { host, sheets, inputs } = await readInputWorkbook(args.workbook, args.sheets);
    if (needsSolver(args.request)) progress.show("loadingSolver", phaseLabel("en", "loadingSolver"));
    const solver = needsSolver(args.request) ? await loadNodeSolver() : undefined;
    const outcome = simulateSheets(
      sheets,
      inputs,
      args.request,
      (p) => {
        const step = progressStep(p);
        progress.show(step.phase, step.text);
      },
      {
        dashboards: target !== null,
        solver: solver && tickingSolver(solver, () => progress.tick()),
      },
    );
    solver?.close();
    if (!outcome.ok) {
      progress.finish();
      return printCellErrors(io, outcome.errors, "en");
    }
    if (target) {
      progress.show("saving", `Writing ${target.path}…`);
      // The scenario sheet, the dashboards, and the registry with the comparison sheet: what the
      // pane leaves in a workbook after a run (README, "Result sheets").
      const { summary, plan, dashboards } = outcome.value;
      const withMapping = rememberMapping(dashboards ?? { sheets: [] }, args.sheets, inputs);
      await writeScenarioSheets(host, plan, withMapping, summary, args.request.language ?? "en");
      await saveResult(target, host);
      progress.finish();
      io.stderr(`Wrote ${target.path}\n`);
    }
    progress.finish();
    const summary = outcome.value.summary;
    io.stdout(args.json ? jsonText(summary) : formatSummaryText(summary));
    return 0;
  } finally {
    progress.finish();
  }
}
