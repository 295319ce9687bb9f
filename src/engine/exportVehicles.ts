import type { Vehicle, VehicleType } from "../core/model/types";
import { formatIsoDate } from "../core/time/naiveTime";
import type { WorkbookPlan, PlanCell } from "../workbook/plan/types";
import type { CellError } from "../workbook/read/cellError";
import { cellError } from "../workbook/read/errorFactory";
import { readVehicles } from "../workbook/read/readVehicles";
import { OS2_VEHICLE_COLUMNS, OS2_VEHICLE_SHEET_NAME } from "../workbook/schema/os2VehicleExport";
import { VEHICLES_SHEET } from "../workbook/schema/sheets";
import type { SheetData } from "../workbook/sheetData";
import type { EngineResult, InputSheets } from "./envelope";

/** OS2's Type names (vehicle_types.name), which its import reads. */
const OS2_TYPE_NAMES: Record<VehicleType, string> = {
  bike: "cykel",
  ebike: "elcykel",
  ev: "elbil",
  fossil: "fossilbil",
};

export interface VehicleExport {
  plan: WorkbookPlan;
  vehicles: number;
}

/**
 * The vehicle sheet in OS2 FleetOptimiser's import format (`Oversigt_over_flåde.xlsx`): Sheet1,
 * OS2's headers in its order, dates as DD-MM-YYYY text, Type and Drivmiddel as names. A coordinator
 * edits the metadata in Excel and imports the file in OS2. Rows with errors are refused (exported,
 * they would carry the error into OS2); a vehicle that only lacks data for a simulation is exported
 * as it is, since OS2 keeps such vehicles too. OS2 has no CO2 column, so Co2 pr km stays behind.
 */
export function exportVehiclesPlan(
  sheets: readonly SheetData[],
  inputs: InputSheets,
): EngineResult<VehicleExport> {
  const sheet = sheets.find((s) => s.name === inputs.vehicles);
  if (!sheet) return { ok: false, errors: [noSheet(inputs.vehicles)] };
  const read = readVehicles(sheet, VEHICLES_SHEET, false, inputs.columnMapping?.vehicles);
  if (read.errors.length) return { ok: false, errors: read.errors };
  const rows = read.vehicles.map((v) => OS2_VEHICLE_COLUMNS.map((c) => os2Cell(v, c.field)));
  return {
    ok: true,
    value: {
      vehicles: rows.length,
      plan: {
        sheets: [
          {
            name: OS2_VEHICLE_SHEET_NAME,
            ranges: [{ row: 1, col: 1, values: [OS2_VEHICLE_COLUMNS.map((c) => c.header), ...rows] }],
            tables: [],
            activate: true,
          },
        ],
      },
    },
  };
}

function os2Cell(v: Vehicle, field: (typeof OS2_VEHICLE_COLUMNS)[number]["field"]): PlanCell {
  switch (field) {
    case "id":
      // OS2's ids are integers; an id that is not one stays text rather than being guessed at.
      return /^\d+$/.test(v.id) ? Number(v.id) : v.id;
    case "type":
      return OS2_TYPE_NAMES[v.type];
    case "fuel":
      return v.fuelLabel;
    case "leaseStart":
      return os2Date(v.leaseStartMs);
    case "leaseEnd":
      return os2Date(v.leaseEndMs);
    case "department":
      return v.department ?? null;
    case "forvaltning":
      return v.forvaltning ?? null;
    case "location":
      return v.location === "" ? null : v.location;
    case "plate":
    case "make":
    case "model":
      return v[field] === "" ? null : v[field];
    default:
      return v[field];
  }
}

/** OS2 writes dates as DD-MM-YYYY text. */
function os2Date(ms: number | null): string | null {
  if (ms === null) return null;
  const [y, m, d] = formatIsoDate(ms).split("-");
  return `${d}-${m}-${y}`;
}

function noSheet(name: string): CellError {
  return cellError(
    name,
    "A1",
    {
      message: `There is no sheet named "${name}" for the vehicles.`,
      fix: "Choose the sheet that holds the vehicles.",
    },
    { message: `Der er intet ark med navnet "${name}" til køretøjerne.`, fix: "Vælg arket med køretøjerne." },
  );
}
