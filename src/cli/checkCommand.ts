import { checkVehicles, type VehicleCheckResult } from "../engine/checkVehicles";
import { vehicleCheckPlan } from "../workbook/plan/vehicleCheckPlan";
import { parseInputCommandArgs, rememberMapping } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { jsonText, printCellErrors } from "./commandOutput";
import { checkOutputTarget } from "./outputFile";
import { readInputWorkbook } from "./readInputWorkbook";
import { writeResult } from "./writeResult";

/**
 * `fleetopt check <workbook.xlsx> [--location …] [--from --to] [--json] [--out FILE.xlsx]`: the
 * vehicles whose data needs attention. Exit 0 whether or not there are problems (they are the
 * answer); 2 when the workbook cannot be read.
 */
export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseInputCommandArgs("check", argv, { location: true, period: true, out: true, json: true });
  const target = args.out ? await checkOutputTarget(args.out, [args.workbook], args.force) : null;
  const { host, sheets, inputs } = await readInputWorkbook(args.workbook, args.sheets);
  const outcome = checkVehicles(sheets, inputs, {
    location: args.location,
    ...(args.locations ? { locations: args.locations } : {}),
    fromDate: args.fromDate,
    toDate: args.toDate,
    language: args.language,
  });
  if (!outcome.ok) return printCellErrors(io, outcome.errors, args.language);
  const result = outcome.value;
  if (target) {
    const plan = rememberMapping(vehicleCheckPlan(result, args.language), args.sheets, inputs);
    await writeResult(target, host, plan);
    io.stderr(`Wrote ${target.path}\n`);
  }
  io.stdout(args.json ? jsonText(checkJson(result)) : checkText(result));
  return 0;
}

/** The JSON of issue 17: { vehicles: [ { id, problems: [ { code, cell, message, fix } ] } ] }. */
function checkJson(r: VehicleCheckResult) {
  return {
    fromDate: r.fromDate,
    toDate: r.toDate,
    vehiclesChecked: r.vehiclesChecked,
    vehicles: r.vehicles.map((v) => ({
      id: v.id,
      name: v.name,
      location: v.location,
      problems: v.problems.map((p) => ({ code: p.code, cell: p.cell, message: p.message, fix: p.fix })),
    })),
  };
}

function checkText(r: VehicleCheckResult): string {
  const head = `${r.vehicles.length} of ${r.vehiclesChecked} vehicles need attention${r.fromDate ? ` (period ${r.fromDate} – ${r.toDate})` : ""}.\n`;
  const lines = r.vehicles.flatMap((v) => [
    `\n${v.id} ${v.name}${v.location ? ` (${v.location})` : ""}\n`,
    ...v.problems.map((p) => `  ${p.code} ${p.cell}: ${p.message} Fix: ${p.fix}\n`),
  ]);
  return head + lines.join("");
}
