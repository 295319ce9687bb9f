import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { InputSheets } from "../../engine/api";
import type { VehicleCheckRequest } from "../../engine/checkVehicles";
import type { CellError } from "../../workbook/read/cellError";
import { readInputSheets } from "./readInputSheets";
import { abortable } from "./abortable";

export type VehicleCheckWritten =
  | { kind: "written"; sheetName: string; needAttention: number; checked: number }
  | { kind: "rejected"; errors: CellError[] };

/** "Check vehicle data": the engine's check of the freshly read sheets, written as a new Vehicle data check sheet. */
export async function writeVehicleCheck(
  host: WorkbookHost,
  engine: AbortableEngine,
  signal: AbortSignal,
  inputs: InputSheets,
  request: VehicleCheckRequest,
): Promise<VehicleCheckWritten> {
  const sheets = await abortable(signal, readInputSheets(host, inputs));
  const outcome = await engine.vehicleCheck(signal, sheets, inputs, request);
  if (!outcome.ok) return { kind: "rejected", errors: outcome.errors };
  const [sheetName] = await host.writePlan(outcome.value.plan);
  const { vehicles, vehiclesChecked } = outcome.value.result;
  return { kind: "written", sheetName, needAttention: vehicles.length, checked: vehiclesChecked };
}
