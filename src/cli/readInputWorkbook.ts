import { readFile } from "node:fs/promises";
import { readXlsx } from "../hosts/file/readXlsx";
import { proposeInputSheets } from "../workbook/read/readInputs";
import type { SheetData } from "../workbook/sheetData";
import type { InputSheets } from "../worker/api";
import { UsageError } from "./cliArgs";

/** The bytes of a workbook named on the command line; a usage error when it cannot be read. */
export async function readWorkbookFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * A workbook with fleet inputs, as `simulate` and `search` read it: its bytes (kept to write the
 * result copy), its sheets and which of them hold the vehicles, trips and parameters.
 */
export async function readInputWorkbook(
  path: string,
): Promise<{ data: Uint8Array; sheets: SheetData[]; inputs: InputSheets }> {
  const data = await readWorkbookFile(path);
  const sheets = await readXlsx(data);
  const proposed = proposeInputSheets(sheets.map((s) => s.name));
  if (!proposed.vehicles || !proposed.trips) {
    throw new UsageError(
      `${path} has no ${!proposed.vehicles ? "Køretøjer (Vehicles)" : "Ture (Trips)"} sheet; sheets: ${sheets.map((s) => s.name).join(", ")}`,
    );
  }
  return {
    data,
    sheets,
    inputs: { vehicles: proposed.vehicles, trips: proposed.trips, parameters: proposed.parameters ?? null },
  };
}
