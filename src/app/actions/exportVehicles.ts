import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { InputSheets } from "../../engine/api";
import type { CellError } from "../../workbook/read/cellError";
import { abortable } from "./abortable";
import { downloadBytes } from "../../browser/downloadBytes";

export type VehicleExportOffered =
  { kind: "offered"; fileName: string; vehicles: number } | { kind: "rejected"; errors: CellError[] };

/** Hands the file to the user; replaceable so tests can see the file offered. */
export type SaveFile = (bytes: Uint8Array, fileName: string) => void;

/**
 * "Export vehicles for OS2": the vehicle sheet as OS2's Oversigt_over_flåde.xlsx, offered as a
 * download in both hosts: an add-in cannot open a new workbook in Excel, and in the browser page
 * a download is the natural way to hand over a file.
 */
export async function exportVehiclesForOs2(
  host: WorkbookHost,
  engine: AbortableEngine,
  signal: AbortSignal,
  inputs: InputSheets,
  save: SaveFile = downloadBytes,
): Promise<VehicleExportOffered> {
  // Only the vehicles are exported: reading the trips (possibly large) would be wasted.
  const vehiclesOnly: InputSheets = {
    ...inputs,
    trips: "",
    parameters: null,
    shifts: null,
    candidates: null,
  };
  const sheets = await abortable(signal, Promise.all([host.readSheet(inputs.vehicles)]));
  const outcome = await engine.exportVehicles(signal, sheets, vehiclesOnly);
  if (!outcome.ok) return { kind: "rejected", errors: outcome.errors };
  const { bytes, fileName, vehicles } = outcome.value;
  save(bytes, fileName);
  return { kind: "offered", fileName, vehicles };
}
