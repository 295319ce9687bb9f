import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { InputSheets } from "../../engine/api";
import type { LocationsOverviewRequest } from "../../engine/dataTools";
import type { CellError } from "../../workbook/read/cellError";
import { readInputSheets } from "./readInputSheets";
import { abortable } from "./abortable";

export type LocationsOverviewWritten =
  { kind: "written"; sheetName: string; locations: number } | { kind: "rejected"; errors: CellError[] };

/** "Locations overview": the locations side by side, written as a new sheet with its chart. */
export async function writeLocationsOverview(
  host: WorkbookHost,
  engine: AbortableEngine,
  signal: AbortSignal,
  inputs: InputSheets,
  request: LocationsOverviewRequest,
): Promise<LocationsOverviewWritten> {
  const sheets = await abortable(signal, readInputSheets(host, inputs));
  const outcome = await engine.locationsOverview(signal, sheets, inputs, request);
  if (!outcome.ok) return { kind: "rejected", errors: outcome.errors };
  const [sheetName] = await host.writePlan(outcome.value.plan);
  return { kind: "written", sheetName, locations: outcome.value.overview.locations.length };
}
