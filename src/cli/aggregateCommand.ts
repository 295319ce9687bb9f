import type { FileWorkbookHost } from "../hosts/file/fileWorkbookHost";
import { readCsv, sheetNameFromFile } from "../hosts/file/readCsv";
import { uniqueSheetName } from "../hosts/file/sheetNames";
import { aggregateSheets, type AggregationRequest, type AggregationSummary } from "../engine/aggregate";
import { detectSheetKind, proposeAggregationSheets } from "../workbook/read/readAggregationInputs";
import { formatCellError } from "../workbook/read/cellError";
import { csvImportPlan } from "../workbook/plan/csvImportPlan";
import type { SheetData } from "../workbook/sheetData";
import type { WorkbookPlan } from "../workbook/plan/types";
import { OUTPUT_OPTIONS, outputChoice, parseCommandLine, UsageError, type OutputChoice } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { jsonText, printCellErrors } from "./commandOutput";
import { openWorkbookFile, readInputFile } from "./openWorkbookFile";
import { checkOutputTarget } from "./outputFile";
import { checkCsvBytes } from "./checkCsvBytes";
import { writeResult } from "./writeResult";

export interface AggregateArgs extends OutputChoice {
  files: string[];
  locations: string | null;
}

/** Parses `aggregate <workbook.xlsx|file.csv…> [--locations SHEET] [--out FILE.xlsx] [--json]`. */
export function parseAggregateArgs(argv: string[]): AggregateArgs {
  const { values, positionals } = parseCommandLine(argv, {
    locations: { type: "string" },
    ...OUTPUT_OPTIONS,
  });
  if (positionals.length === 0)
    throw new UsageError(
      "aggregate needs a workbook or CSV files: fleetopt aggregate <workbook.xlsx|file.csv…>",
    );
  const bad = positionals.find((p) => !/\.(xlsx|csv)$/i.test(p));
  if (bad) throw new UsageError(`aggregate reads .xlsx and .csv files, not "${bad}"`);
  if (positionals.filter((p) => /\.xlsx$/i.test(p)).length > 1)
    throw new UsageError("aggregate reads one workbook (.xlsx) at most; add more data as .csv files");
  const output = outputChoice(values);
  return { files: positionals, locations: values.locations ?? null, ...output };
}

/**
 * `fleetopt aggregate`: Lokationer plus Logninger and/or GPS-punkter (from a workbook, CSV files, or
 * both) into a new Ture sheet and the precision report. Exit 0, or 2 with cell-addressed messages.
 */
export async function aggregateCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseAggregateArgs(argv);
  const target = args.out ? await checkOutputTarget(args.out, args.files, args.force) : null;
  let workbook: FileWorkbookHost | null = null;
  const sheets: SheetData[] = [];
  const csvSheets: SheetData[] = [];
  for (const file of args.files) {
    if (/\.xlsx$/i.test(file)) {
      const opened = await openWorkbookFile(file, "or name it .csv: aggregate reads CSV files");
      workbook = opened.host;
      for (const s of opened.sheets)
        sheets.push({ name: s.name, originRow: s.originRow, originCol: s.originCol, values: s.values });
    } else {
      const data = await readInputFile(file);
      const name = uniqueSheetName(
        sheetNameFromFile(file),
        sheets.map((s) => s.name),
      );
      checkCsvBytes(file, data);
      const sheet = readCsv(new TextDecoder().decode(data), name);
      sheets.push(sheet);
      csvSheets.push(sheet);
    }
  }
  const request = { ...assignSheets(sheets, args.locations), language: args.language };
  const outcome = aggregateSheets(sheets, request, (p) => {
    if (args.json) io.stderr(`${p.phase} ${Math.round(p.fraction * 100)}%\n`);
  });
  if (!outcome.ok) return printCellErrors(io, outcome.errors, "en");
  for (const w of outcome.value.warnings) io.stderr(`warning: ${formatCellError(w, "en")}\n`);
  if (target) {
    // CSV input becomes sheets of the new workbook, before the results.
    const plan: WorkbookPlan = {
      sheets: [
        ...csvSheets.map((s) => ({ ...csvImportPlan(s).sheets[0], activate: false })),
        ...outcome.value.plan.sheets,
      ],
    };
    await writeResult(target, workbook, plan);
    io.stderr(`Wrote ${target.path}\n`);
  }
  const summary = outcome.value.summary;
  io.stdout(args.json ? jsonText(summary) : formatAggregationText(summary));
  return 0;
}

/** Which sheet is which: --locations, then the sheet names, then the header rows (CSV files). */
export function assignSheets(
  sheets: readonly SheetData[],
  locations: string | null,
): Omit<AggregationRequest, "language"> {
  const names = sheets.map((s) => s.name);
  const proposed = proposeAggregationSheets(names);
  const kinds = new Map(sheets.map((s) => [s.name, detectSheetKind(s)]));
  const ofKind = (kind: "logs" | "gpsPoints") => names.filter((n) => kinds.get(n) === kind);
  const locationSheet =
    locations ?? proposed.locations ?? names.find((n) => kinds.get(n) === "locations") ?? null;
  if (locationSheet === null)
    throw new UsageError(
      `no Lokationer (Locations) sheet among: ${names.join(", ")}; name one with --locations`,
    );
  if (!names.includes(locationSheet))
    throw new UsageError(`--locations "${locationSheet}" is not a sheet; sheets: ${names.join(", ")}`);
  const logs = ofKind("logs");
  const gpsPoints = ofKind("gpsPoints");
  if (logs.length === 0 && gpsPoints.length === 0) {
    throw new UsageError(
      `no Logninger (Logs) or GPS-punkter (GPS points) sheet among: ${names.join(", ")} (recognised by their header row)`,
    );
  }
  return {
    locations: locationSheet,
    logs: logs.filter((n) => n !== locationSheet),
    gpsPoints: gpsPoints.filter((n) => n !== locationSheet),
    vehicles: proposed.vehicles,
    parameters: proposed.parameters,
  };
}

export function formatAggregationText(s: AggregationSummary): string {
  const pct = (p: number | null) => (p === null ? "–" : `${(p * 100).toFixed(1)} %`);
  const lines = [
    `${s.roundTrips} round trips (${s.completeRoundTrips} complete) from ${s.logsUsed} of ${s.logs} logs; precision ${pct(s.precision)}`,
    ...s.locations.map(
      (l) =>
        `  ${l.location || "(no location)"}: ${l.vehicles} vehicles, ${l.logsUsed}/${l.logs} logs used, ${l.roundTrips} round trips, ${l.kmComplete.toFixed(1)} of ${l.kmAll.toFixed(1)} km complete (${pct(l.precision)})`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
