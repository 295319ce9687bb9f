import { readFile } from "node:fs/promises";
import { proposeInputSheetsFromData } from "../workbook/read/readInputs";
import { mergeColumnMappings, readStoredColumnMapping } from "../workbook/schema/columnMappingSheet";
import type { SheetData } from "../workbook/sheetData";
import type { InputSheets } from "../engine/api";
import { CSV_VIA_AGGREGATE, readWorkbookSheets } from "./readWorkbookSheets";
import { UsageError, type InputSheetChoice } from "./cliArgs";

/** The bytes of a workbook named on the command line; a usage error when it cannot be read. */
export async function readWorkbookFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * A workbook with fleet inputs, as `simulate`, `search`, `check` and `overview` read it: its bytes
 * (kept to write the result copy), its sheets and which of them hold the vehicles, trips and
 * parameters: those named on the command line, else found by name or by their headers.
 */
export async function readInputWorkbook(
  path: string,
  choice: InputSheetChoice = { columnMapping: {} },
  /** export-vehicles reads the vehicles only; its inputs then name no trip sheet (""). */
  needs: { trips: boolean } = { trips: true },
): Promise<{ data: Uint8Array; sheets: SheetData[]; inputs: InputSheets }> {
  const data = await readWorkbookFile(path);
  const sheets = await readWorkbookSheets(path, data, CSV_VIA_AGGREGATE);
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
    data,
    sheets,
    inputs: {
      vehicles,
      trips: trips ?? "",
      parameters: choice.parameters ?? proposed.parameters ?? null,
      columnMapping,
    },
  };
}
