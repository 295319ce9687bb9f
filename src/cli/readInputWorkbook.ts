import { proposeInputSheetsFromData } from "../workbook/read/readInputs";
import { mergeColumnMappings, readStoredColumnMapping } from "../workbook/schema/columnMappingSheet";
import type { InputSheets } from "../engine/api";
import { CSV_VIA_AGGREGATE, openWorkbookFile, type OpenedWorkbook } from "./openWorkbookFile";
import { UsageError, type InputSheetChoice } from "./cliArgs";

/**
 * A workbook with fleet inputs, as `simulate`, `search`, `check`, `overview`, `plan` and
 * `export-vehicles` read it: its sheets, the host to write the result copy through, and which
 * sheets hold the vehicles, trips and parameters: those named on the command line, else found by
 * name or by their headers.
 */
export async function readInputWorkbook(
  path: string,
  choice: InputSheetChoice = { columnMapping: {} },
  /** export-vehicles reads the vehicles only; its inputs then name no trip sheet (""). */
  needs: { trips: boolean } = { trips: true },
): Promise<OpenedWorkbook & { inputs: InputSheets }> {
  const { sheets, host } = await openWorkbookFile(path, CSV_VIA_AGGREGATE);
  const names = sheets.map((s) => s.name);
  for (const flag of ["vehicles", "trips", "parameters"] as const) {
    const wanted = choice[flag];
    if (wanted !== undefined && !names.includes(wanted))
      throw new UsageError(`--${flag} "${wanted}": ${path} has no such sheet; sheets: ${names.join(", ")}`);
  }
  // Headers mapped before (stored in the workbook) hold unless --map says otherwise.
  const columnMapping = mergeColumnMappings(readStoredColumnMapping(sheets), choice.columnMapping);
  const proposed = proposeInputSheetsFromData(sheets, columnMapping);
  const vehicles = choice.vehicles ?? proposed.vehicles;
  const trips = choice.trips ?? proposed.trips;
  if (!vehicles || (!trips && needs.trips)) {
    const what = !vehicles ? ["Køretøjer (Vehicles)", "vehicles"] : ["Ture (Trips)", "trips"];
    throw new UsageError(
      `${path} has no ${what[0]} sheet, and no sheet has its headers; sheets: ${names.join(", ")}. ` +
        `Name the sheet with --${what[1]} SHEET, and map headers of your own with --map "Field=Header".`,
    );
  }
  return {
    sheets,
    host,
    inputs: {
      vehicles,
      trips: trips ?? "",
      parameters: choice.parameters ?? proposed.parameters ?? null,
      columnMapping,
    },
  };
}
