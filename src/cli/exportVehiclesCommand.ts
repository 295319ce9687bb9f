import { exportVehiclesPlan } from "../engine/exportVehicles";
import { parseInputCommandArgs, UsageError } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { printCellErrors } from "./commandOutput";
import { checkOutputTarget } from "./outputFile";
import { readInputWorkbook } from "./readInputWorkbook";
import { writeResult } from "./writeResult";

/**
 * `fleetopt export-vehicles <workbook.xlsx> --out FILE.xlsx`: the vehicle sheet as OS2
 * FleetOptimiser's `Oversigt_over_flåde.xlsx`, ready for OS2's import. The file holds that one
 * sheet only, as OS2's own export does.
 */
export async function exportVehiclesCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseInputCommandArgs("export-vehicles", argv, { out: true });
  if (!args.out)
    throw new UsageError(
      "export-vehicles needs --out FILE.xlsx: the OS2 file to write (e.g. Oversigt_over_flåde.xlsx)",
    );
  const target = await checkOutputTarget(args.out, [args.workbook], args.force);
  const { sheets, inputs } = await readInputWorkbook(args.workbook, args.sheets, { trips: false });
  const outcome = exportVehiclesPlan(sheets, inputs);
  if (!outcome.ok) return printCellErrors(io, outcome.errors, args.language);
  // OS2's file holds its one sheet only, so nothing of the source workbook goes along.
  await writeResult(target, null, outcome.value.plan);
  io.stderr(`Wrote ${args.out}: ${outcome.value.vehicles} vehicles in OS2's format (sheet Sheet1)\n`);
  return 0;
}
