import { searchSheets } from "../engine/search";
import { loadNodeSolver } from "../solver/nodeSolver";
import type { SearchSummary } from "../core/search/searchResult";
import type { CliIo } from "./cliIo";
import { readInputWorkbook } from "./readInputWorkbook";
import { parseSearchArgs } from "./searchArgs";
import { checkOutputTarget } from "./outputFile";
import { jsonText, printCellErrors } from "./commandOutput";
import { writeSearchSheets } from "./writeScenarioSheets";
import { saveResult } from "./writeResult";
import { phaseLabel } from "../i18n/progressText";
import { progressLineFor } from "./progressLine";
import { progressStep } from "./progressText";
import { tickingSolver } from "./tickingSolver";

/**
 * `fleetopt search`: the tabu search on a workbook; exit 0, or 2 with a cell-addressed message.
 * With --out, the Search sheet and one scenario sheet per proposed fleet go into a copy of the
 * workbook, exactly as the pane writes them.
 */
export async function searchCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseSearchArgs(argv);
  const target = args.out ? await checkOutputTarget(args.out, [args.workbook], args.force) : null;
  // Progress on stderr once the run takes more than two seconds; stdout is the result alone.
  const progress = progressLineFor(io);
  try {
    progress.show("file", `Reading ${args.workbook}…`);
    const { host, sheets, inputs } = await readInputWorkbook(args.workbook, args.sheets);
    // HiGHS only when the proposals are to be confirmed with the exact allocation.
    if (args.request.allocation === "optimal")
      progress.show("loadingSolver", phaseLabel("en", "loadingSolver"));
    const solver = args.request.allocation === "optimal" ? await loadNodeSolver() : undefined;
    const outcome = await searchSheets(
      sheets,
      inputs,
      args.request,
      (p) => {
        const step = progressStep(p);
        progress.show(step.phase, step.text);
      },
      { solver: solver && tickingSolver(solver, () => progress.tick()) },
    );
    solver?.close();
    if (!outcome.ok) {
      progress.finish();
      return printCellErrors(io, outcome.errors, "en");
    }
    if (target) {
      progress.show("saving", `Writing ${target.path}…`);
      await writeSearchSheets(host, outcome.value, args.request.language ?? "en");
      await saveResult(target, host);
      progress.finish();
      io.stderr(`Wrote ${target.path}\n`);
    }
    progress.finish();
    const summary = outcome.value.summary;
    io.stdout(args.json ? jsonText(searchJson(summary)) : formatSearchText(summary));
    return 0;
  } finally {
    progress.finish();
  }
}

/** `solutions` and `paretoFront` first, as product.md §6 shows them; the rest are extra fields. */
export function searchJson(summary: SearchSummary) {
  const { solutions, paretoFront, ...rest } = summary;
  return { solutions, paretoFront, ...rest };
}

export function formatSearchText(s: SearchSummary): string {
  const kr = (n: number) => `${Math.round(n).toLocaleString("en-US")} kr`;
  const t = (n: number) => `${n.toFixed(2)} t`;
  const lines = [
    `${s.location}: ${s.fromDate} to ${s.toDate} (${s.periodDays} days), ${s.trips} trips, allocation ${s.allocation}`,
    `Today: ${kr(s.current.yearlyCost)}, ${t(s.current.yearlyCo2eTonnes)} CO2e per year, ${s.current.vehicles} vehicles`,
    `Goals: at most ${kr(s.targets.maxYearlyCost)} and ${t(s.targets.maxYearlyCo2eTonnes)} per year, ` +
      `at most ${s.goals.allowedUnallocatedTrips} unallocated trips (none over ${s.goals.maxUnallocatedKm} km), priority ${s.goals.priority}`,
    `Searched ${s.minTotal}–${s.maxTotal} vehicles (peak day ${s.peakDay?.date ?? "-"} needs ${s.minimumVehicles ?? "?"}), ` +
      `${s.iterations} iterations, ${s.simulations} fleets simulated`,
    "",
  ];
  s.solutions.forEach((x, i) => {
    lines.push(
      `${i + 1}. ${kr(x.yearlyCost)}, ${t(x.yearlyCo2eTonnes)}, ${x.unallocatedTrips} unallocated` +
        `${x.meetsGoals ? "" : " (misses the goals)"}: ${x.fleet.map((f) => `${f.sourceId}:${f.count}`).join(",")}`,
    );
    for (const c of x.changes.filter((c) => c.difference !== 0))
      lines.push(`     ${c.difference > 0 ? "+" : ""}${c.difference} ${c.model}`);
  });
  if (s.solutions.length === 0) lines.push("No fleet found.");
  lines.push("", `Pareto front: ${s.paretoFront.length} fleets`);
  return `${lines.join("\n")}\n`;
}
