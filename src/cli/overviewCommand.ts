import { locationsOverview, type LocationsOverview } from "../engine/locationsOverview";
import { locationsOverviewPlan } from "../workbook/plan/locationsOverviewPlan";
import { parseInputCommandArgs, rememberMapping } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { jsonText, printCellErrors } from "./commandOutput";
import { checkOutputTarget } from "./outputFile";
import { readInputWorkbook } from "./readInputWorkbook";
import { writeResult } from "./writeResult";

/** `fleetopt overview <workbook.xlsx> [--from --to] [--out FILE.xlsx] [--json]`: the locations side by side. */
export async function overviewCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseInputCommandArgs("overview", argv, { period: true, out: true, json: true });
  const target = args.out ? await checkOutputTarget(args.out, [args.workbook], args.force) : null;
  const { host, sheets, inputs } = await readInputWorkbook(args.workbook, args.sheets);
  const outcome = locationsOverview(sheets, inputs, { fromDate: args.fromDate, toDate: args.toDate });
  if (!outcome.ok) return printCellErrors(io, outcome.errors, args.language);
  if (target) {
    const plan = rememberMapping(locationsOverviewPlan(outcome.value, args.language), args.sheets, inputs);
    await writeResult(target, host, plan);
    io.stderr(`Wrote ${target.path}\n`);
  }
  io.stdout(args.json ? jsonText(outcome.value) : overviewText(outcome.value));
  return 0;
}

function overviewText(o: LocationsOverview): string {
  const head = o.fromDate
    ? `Period ${o.fromDate} – ${o.toDate} (${o.days} days), lowest-utilised first:\n`
    : "No trips.\n";
  const rows = o.locations.map(
    (l) =>
      `  ${l.name}: ${l.vehicles} vehicles, ${l.trips} trips, ${l.km.toFixed(1)} km, ` +
      `${l.kmPerVehiclePerDay.toFixed(1)} km per vehicle per day, ${(l.shareOfTimeOut * 100).toFixed(1)} % of the time out\n`,
  );
  return head + rows.join("");
}
