import { checkVehicles, type VehicleCheckRequest, type VehicleCheckResult } from "./checkVehicles";
import { exportVehiclesPlan } from "./exportVehicles";
import { locationsOverview, type LocationsOverview } from "./locationsOverview";
import type { Language } from "../core/language";
import { locationsOverviewPlan } from "../workbook/plan/locationsOverviewPlan";
import type { WorkbookPlan } from "../workbook/plan/types";
import { vehicleCheckPlan } from "../workbook/plan/vehicleCheckPlan";
import type { SheetData } from "../workbook/sheetData";
import type { EngineResult, InputSheets } from "./envelope";

/** The pane's data tools (issue 17): the same engine functions the CLI's check, overview and export-vehicles run. */
export interface VehicleCheckOutcome {
  result: VehicleCheckResult;
  /** The Vehicle data check sheet. */
  plan: WorkbookPlan;
}

export interface LocationsOverviewRequest {
  fromDate: string | null;
  toDate: string | null;
  language: Language;
}

export interface LocationsOverviewOutcome {
  overview: LocationsOverview;
  /** The Locations overview sheet with its chart. */
  plan: WorkbookPlan;
}

export interface VehicleExportFile {
  /** An .xlsx holding OS2's Sheet1 only, as OS2's own export does. */
  bytes: Uint8Array;
  fileName: string;
  vehicles: number;
}

/** OS2's own name for the file its configuration page exports and imports. */
export const OS2_VEHICLE_FILE_NAME = "Oversigt_over_flåde.xlsx";

export function vehicleCheckSheets(
  sheets: readonly SheetData[],
  inputs: InputSheets,
  request: VehicleCheckRequest,
): EngineResult<VehicleCheckOutcome> {
  const checked = checkVehicles(sheets, inputs, request);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { result: checked.value, plan: vehicleCheckPlan(checked.value, request.language) },
  };
}

export function locationsOverviewSheets(
  sheets: readonly SheetData[],
  inputs: InputSheets,
  request: LocationsOverviewRequest,
): EngineResult<LocationsOverviewOutcome> {
  const outcome = locationsOverview(sheets, inputs, request);
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    value: { overview: outcome.value, plan: locationsOverviewPlan(outcome.value, request.language) },
  };
}

/**
 * The vehicle sheet as OS2's import file. An add-in cannot open a new workbook in Excel, so the
 * pane offers these bytes as a download in both hosts.
 */
export async function exportVehiclesFile(
  sheets: readonly SheetData[],
  inputs: InputSheets,
  workbookBytes: ((plan: WorkbookPlan) => Promise<Uint8Array>) | undefined,
): Promise<EngineResult<VehicleExportFile>> {
  // A host that offers the export passes a writer (createEngineApi's ports): missing is a wiring bug.
  if (!workbookBytes)
    throw new Error("exportVehiclesFile: this engine was created without a workbook writer");
  const outcome = exportVehiclesPlan(sheets, inputs);
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    value: {
      bytes: await workbookBytes(outcome.value.plan),
      fileName: OS2_VEHICLE_FILE_NAME,
      vehicles: outcome.value.vehicles,
    },
  };
}
