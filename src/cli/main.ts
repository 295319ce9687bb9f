import { simulateCommand } from "./simulateCommand";
import { aggregateCommand } from "./aggregateCommand";
import { businessCaseCommand } from "./businessCaseCommand";
import { planCommand } from "./planCommand";
import "./installChartSupport";
import { searchCommand } from "./searchCommand";
import { checkCommand } from "./checkCommand";
import { overviewCommand } from "./overviewCommand";
import { exportVehiclesCommand } from "./exportVehiclesCommand";
import { UsageError } from "./cliArgs";
import { processIo, type CliIo } from "./cliIo";
import { InputError, formatCellError } from "../workbook/read/cellError";
import { UnreadableWorkbookError } from "../hosts/file/inspectWorkbookBytes";

const USAGE = `fleetopt: FleetOptimiser for Excel, headless

  fleetopt simulate <workbook.xlsx> [--location NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                    [--current IDS] [--fleet ID:COUNT,...] [--allocation simple|greedy|optimal]
                    [--compare] [--time-limit SECONDS] [--limit-km]
                    [--out FILE.xlsx] [--force] [--json] [--language en|da]

  fleetopt search <workbook.xlsx> [--location NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                    [--current IDS] [--allocation simple|greedy|optimal] [--limit-km]
                    [--locked IDS|none] [--candidates IDS|none] [--co2e-reduction PCT]
                    [--max-extra-cost KR] [--priority 0-10] [--allowed-unallocated N]
                    [--max-unallocated-km KM] [--iterations N] [--solutions N]
                    [--out FILE.xlsx] [--force] [--json] [--language en|da]

  fleetopt business-case [workbook.xlsx] [--scenario SHEET | --no-scenario] [--set KEY=VALUE]...
                    [--out FILE.xlsx] [--force] [--json] [--language en|da]

  fleetopt plan <workbook.xlsx> [--scenario SHEET] [--start YYYY-MM-DD] [--years N]
                    [--set KEY=VALUE]... [--out FILE.xlsx] [--force] [--json] [--language en|da]

  fleetopt aggregate <workbook.xlsx|file.csv...> [--locations SHEET] [--out FILE.xlsx] [--force]
                    [--json] [--language en|da]

  fleetopt check <workbook.xlsx> [--location NAME]... [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                    [--out FILE.xlsx] [--force] [--json] [--language en|da]

  fleetopt overview <workbook.xlsx> [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                    [--out FILE.xlsx] [--force] [--json] [--language en|da]

  fleetopt export-vehicles <workbook.xlsx> --out FILE.xlsx [--force]

Every command that reads fleet inputs also takes --vehicles SHEET, --trips SHEET,
--parameters SHEET (sheets are otherwise found by name or by their headers) and
--map "Field=Header" (repeatable) for a column under a header of your own, e.g.
--map "Turlængde=Km kørt". simulate and search take --location more than once to pool
locations into one fleet.

simulate --out writes a NEW workbook: the input sheets, the scenario sheet (with charts), a
Dashboards sheet, the Scenario comparison sheet and the very hidden scenario registry.
--out never names an input (nor a link to one); an existing file is replaced only with --force.
The file is written whole or not at all.

Exit codes: 0 done, 2 bad input or an unreadable file (the message names the file, or the
sheet and cell, and the fix), 1 an internal error (please report it).
`;

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  // `fleetopt simulate --help` is what people type first; the usage covers every command.
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    switch (command) {
      case "simulate":
        return await simulateCommand(rest, io);
      case "aggregate":
        return await aggregateCommand(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      case "business-case":
        return await businessCaseCommand(rest, io);
      case "plan":
        return await planCommand(rest, io);
      case "search":
        return await searchCommand(rest, io);
      case "check":
        return await checkCommand(rest, io);
      case "overview":
        return await overviewCommand(rest, io);
      case "export-vehicles":
        return await exportVehiclesCommand(rest, io);
      default:
        throw new UsageError(`Unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`fleetopt: ${e.message}\n`);
      return 2;
    }
    // A workbook read outside openWorkbookFile: still one line and exit 2, without its name.
    if (e instanceof UnreadableWorkbookError) {
      io.stderr(`fleetopt: ${e.message}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      for (const err of e.errors) io.stderr(`${formatCellError(err)}\n`);
      return 2;
    }
    io.stderr(internalErrorText(e));
    return 1;
  }
}

/**
 * One line for an error the CLI did not expect, so users see what to report instead of a stack
 * trace; FLEETOPT_DEBUG=1 adds the stack for whoever fixes it.
 */
function internalErrorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const line = `fleetopt: internal error: ${message.split("\n")[0]} — please report this with the command line\n`;
  const stack = process.env.FLEETOPT_DEBUG === "1" && e instanceof Error ? `${e.stack}\n` : "";
  return line + stack;
}
