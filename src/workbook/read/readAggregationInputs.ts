import type { DriveLog, GpsFix, HomeLocation } from "../../core/aggregation/types";
import type { VehicleHome } from "../../core/aggregation/aggregateTrips";
import type { Parameters } from "../../core/model/parameters";
import type { Result } from "../../core/result";
import type { SheetData } from "../sheetData";
import { cellAddress } from "../sheetData";
import {
  AGGREGATION_SHEETS,
  sheetNameMatches,
  VEHICLES_SHEET,
  PARAMETERS_SHEET,
  type SheetSpec,
} from "../schema/sheets";
import type { CellError } from "./cellError";
import { cellError, MAX_REPORTED_ERRORS } from "./errorFactory";
import { readLocations, locationKey } from "./readLocations";
import { readLogs } from "./readLogs";
import { readGpsPoints } from "./readGpsPoints";
import { readVehicleHomes } from "./readVehicleHomes";
import { readParameters } from "./readParameters";
import { locateTable } from "./locateTable";

/** Which sheets the aggregation reads. Logs and GPS points may each come from several sheets (CSV files). */
export interface AggregationSheetNames {
  locations: string;
  logs: string[];
  gpsPoints: string[];
  /** Køretøjer, for each vehicle's Lokation; null: every home is inferred from the logs. */
  vehicles: string | null;
  parameters: string | null;
}

export interface AggregationInputs {
  locations: HomeLocation[];
  logs: DriveLog[];
  fixes: GpsFix[];
  vehicleHomes: Map<string, VehicleHome | null>;
  parameters: Parameters;
  parameterKeysSet: string[];
  /** Where a vehicle's Lokation is written on Køretøjer (for "not on Lokationer" messages). */
  homeCells: Map<string, { sheet: string; cell: string; name: string }>;
  /** Bil ids on Køretøjer; null when no vehicle sheet was given. */
  knownVehicleIds: Set<string> | null;
  /** Sheet → 1-based column of its Bil id, to point at a vehicle's first row. */
  idColumns: Map<string, number>;
}

export type AggregationInputsRead = Result<AggregationInputs, CellError>;

/**
 * Proposes the aggregation's sheets from their names (Lokationer/Locations, Logninger/Logs,
 * GPS-punkter/GPS points, Køretøjer, Parametre), first match in tab order.
 */
export function proposeAggregationSheets(sheetNames: readonly string[]): {
  locations: string | null;
  logs: string | null;
  gpsPoints: string | null;
  vehicles: string | null;
  parameters: string | null;
} {
  const find = (spec: SheetSpec) => sheetNames.find((n) => sheetNameMatches(spec, n)) ?? null;
  const [locations, logs, gpsPoints] = AGGREGATION_SHEETS.map(find);
  return { locations, logs, gpsPoints, vehicles: find(VEHICLES_SHEET), parameters: find(PARAMETERS_SHEET) };
}

/** Which aggregation table a sheet holds, judged by its header row (for CSV files named anything). */
export function detectSheetKind(sheet: SheetData): "locations" | "logs" | "gpsPoints" | null {
  const head = { ...sheet, values: sheet.values.slice(0, 21) };
  for (const spec of AGGREGATION_SHEETS) {
    if (locateTable(head, spec).table) return spec.key as "locations" | "logs" | "gpsPoints";
  }
  return null;
}

/** Reads Lokationer, the logs and GPS points, Køretøjer's homes and Parametre; every error found. */
export function readAggregationInputs(
  sheets: readonly SheetData[],
  names: AggregationSheetNames,
): AggregationInputsRead {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const errors: CellError[] = [];
  const get = (name: string, what: { en: string; da: string }): SheetData | null => {
    const s = byName.get(name);
    if (!s)
      errors.push(
        cellError(
          name,
          "A1",
          {
            message: `There is no sheet named "${name}" for the ${what.en}.`,
            fix: `Choose the sheet that holds the ${what.en}.`,
          },
          {
            message: `Der er intet ark med navnet "${name}" til ${what.da}.`,
            fix: `Vælg arket med ${what.da}.`,
          },
        ),
      );
    return s ?? null;
  };
  if (names.logs.length === 0 && names.gpsPoints.length === 0) {
    errors.push({
      sheet: "",
      cell: "",
      messageEn: "Choose a sheet with logs (Logninger) or GPS points (GPS-punkter) to aggregate.",
      fixEn: "",
      messageDa: "Vælg et ark med logninger eller GPS-punkter at aggregere.",
      fixDa: "",
    });
  }
  const locationSheet = get(names.locations, { en: "locations", da: "lokationerne" });
  const logSheets = names.logs.map((n) => get(n, { en: "logs", da: "logningerne" }));
  const pointSheets = names.gpsPoints.map((n) => get(n, { en: "GPS points", da: "GPS-punkterne" }));
  const vehicleSheet =
    names.vehicles === null ? null : get(names.vehicles, { en: "vehicles", da: "køretøjerne" });
  const parameterSheet =
    names.parameters === null ? null : get(names.parameters, { en: "parameters", da: "parametrene" });
  if (errors.length) return { ok: false, errors };

  const idColumns = new Map<string, number>();
  const loc = readLocations(locationSheet as SheetData);
  errors.push(...loc.errors);
  const logs: DriveLog[] = [];
  for (const s of logSheets as SheetData[]) {
    const r = readLogs(s);
    errors.push(...r.errors);
    idColumns.set(s.name, r.idColumn);
    for (const l of r.logs) logs.push(l);
  }
  const fixes: GpsFix[] = [];
  for (const s of pointSheets as SheetData[]) {
    const r = readGpsPoints(s);
    errors.push(...r.errors);
    idColumns.set(s.name, r.idColumn);
    for (const x of r.fixes) fixes.push(x);
  }
  const homesRead = vehicleSheet ? readVehicleHomes(vehicleSheet) : null;
  if (homesRead) errors.push(...homesRead.errors);
  const params = readParameters(parameterSheet);
  errors.push(...params.errors);
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };

  const indexOf = new Map(loc.locations.map((l, i) => [locationKey(l.name), i]));
  const vehicleHomes = new Map<string, VehicleHome | null>();
  const homeCells = new Map<string, { sheet: string; cell: string; name: string }>();
  for (const [id, home] of homesRead?.homes ?? []) {
    const index = indexOf.get(locationKey(home.name));
    vehicleHomes.set(id, index === undefined ? null : { location: index, name: home.name });
    homeCells.set(id, { sheet: vehicleSheet?.name ?? "", cell: home.cell.address, name: home.name });
  }
  return {
    ok: true,
    value: {
      locations: loc.locations,
      logs,
      fixes,
      vehicleHomes,
      parameters: params.parameters,
      parameterKeysSet: params.explicitKeys,
      homeCells,
      knownVehicleIds: homesRead?.ids ?? null,
      idColumns,
    },
  };
}

/** The address of a vehicle's first data row, at its Bil id. */
export function firstRowCell(inputs: AggregationInputs, sheet: string, row: number): string {
  return cellAddress(row, inputs.idColumns.get(sheet) || 1);
}
