import type { Parameters } from "../../core/model/parameters";
import type { Trip, Vehicle } from "../../core/model/types";
import type { Result } from "../../core/result";
import type { SheetData } from "../sheetData";
import {
  INPUT_SHEETS,
  PARAMETERS_SHEET,
  sheetNameMatches,
  TRIPS_SHEET,
  VEHICLES_SHEET,
  type SheetSpec,
} from "../schema/sheets";
import type { CellError } from "./cellError";
import { capErrors, cellError } from "./errorFactory";
import { locateTable, type ColumnMapping } from "./locateTable";
import { mergeColumnMappings, readStoredColumnMapping } from "../schema/columnMappingSheet";
import type { InputColumnMapping } from "../schema/columnMapping";
import { readParameters } from "./readParameters";
import { readTrips } from "./readTrips";
import { readVehicles } from "./readVehicles";
import { readShifts } from "./readShifts";
import { CANDIDATES_SHEET, SHIFTS_SHEET } from "../schema/shiftSheets";
import type { LocationShifts } from "../../core/shifts/shiftTypes";

/** A candidate must not reuse a Bil id from Køretøjer: the fleet counts refer to vehicles by id. */
function candidateIdClashes(
  owned: readonly Vehicle[],
  candidates: readonly Vehicle[],
  sheet: SheetData,
): CellError[] {
  const ids = new Set(owned.map((v) => v.id));
  return candidates
    .filter((c) => ids.has(c.id))
    .map((c) =>
      cellError(
        sheet.name,
        `A${c.sourceRow}`,
        {
          message: `Bil id ${c.id} is used both here and in the vehicle sheet.`,
          fix: "Give the candidate its own Bil id.",
        },
        {
          message: `Bil id ${c.id} bruges både her og på køretøjsarket.`,
          fix: "Giv kandidaten sit eget Bil id.",
        },
      ),
    );
}

export interface InputSheetNames {
  vehicles: string;
  trips: string;
  parameters: string | null;
  /** Vagtlag; undefined: the sheet named Vagtlag/Shifts when there is one. */
  shifts?: string | null;
  /** Kandidater; undefined: the sheet named Kandidater/Candidates when there is one. */
  candidates?: string | null;
  /** Columns the user mapped to headers of their own (`--map`, the registry's stored mapping). */
  columnMapping?: InputColumnMapping;
}

export type { InputColumnMapping } from "../schema/columnMapping";

/** Everything a simulation reads from the workbook, validated. */
export interface FleetInputs {
  vehicles: Vehicle[];
  trips: Trip[];
  parameters: Parameters;
  parameterKeysSet: string[];
  usageIssues: Map<string, CellError[]>;
  shifts: LocationShifts[];
  /** The sheets actually read, for the settings block of a result. */
  sheetsUsed: { shifts: string | null; candidates: string | null };
  /** Where Køretøjer and Ture were read (sheet, field → column), to point messages at cells. */
  tables: { vehicles: ReadTable; trips: ReadTable };
}

/** A sheet read and the 1-based column of each field found on it. */
export interface ReadTable {
  sheet: string;
  columns: Record<string, number>;
}

export type InputsRead = Result<FleetInputs, CellError>;

/**
 * Proposes which sheet is which: by name (Køretøjer/Vehicles, Ture/Trips, Parametre/Parameters),
 * then, for an input no sheet is named after, the first other sheet whose header row has that
 * table's required columns (OS2's `Oversigt_over_flåde.xlsx` calls its vehicle sheet "Sheet1").
 */
export function proposeInputSheetsFromData(
  sheets: readonly SheetData[],
  mapping: InputColumnMapping = {},
): Partial<InputSheetNames> {
  const byName = proposeInputSheets(sheets.map((s) => s.name));
  const used = new Set(
    [byName.vehicles, byName.trips, byName.parameters, byName.shifts, byName.candidates].filter(
      (n): n is string => typeof n === "string",
    ),
  );
  const byHeaders = (spec: SheetSpec, map: ColumnMapping = {}) => {
    const found = sheets.find((s) => !used.has(s.name) && holdsTable(s, spec, map))?.name;
    if (found) used.add(found);
    return found;
  };
  const vehicles = byName.vehicles ?? byHeaders(VEHICLES_SHEET, mapping.vehicles);
  const trips = byName.trips ?? byHeaders(TRIPS_SHEET, mapping.trips);
  const parameters = byName.parameters ?? byHeaders(PARAMETERS_SHEET) ?? null;
  return { ...byName, vehicles, trips, parameters };
}

/** Does the sheet's header row (in its first rows) have every required column of the table? */
function holdsTable(sheet: SheetData, spec: SheetSpec, mapping: ColumnMapping): boolean {
  const head = { ...sheet, values: sheet.values.slice(0, 21) };
  return locateTable(head, spec, mapping).table !== null;
}

/** Proposes which sheet is which from their names (Køretøjer/Vehicles, Ture/Trips, Parametre/Parameters). */
export function proposeInputSheets(sheetNames: readonly string[]): Partial<InputSheetNames> {
  const find = (i: number) => sheetNames.find((n) => sheetNameMatches(INPUT_SHEETS[i], n));
  return {
    vehicles: find(0),
    trips: find(1),
    parameters: find(2) ?? null,
    shifts: sheetNames.find((n) => sheetNameMatches(SHIFTS_SHEET, n)) ?? null,
    candidates: sheetNames.find((n) => sheetNameMatches(CANDIDATES_SHEET, n)) ?? null,
  };
}

/** Reads Køretøjer, Ture and Parametre; returns every error found (up to a cap) or the inputs. */
export function readInputs(sheets: readonly SheetData[], names: InputSheetNames): InputsRead {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const missing: CellError[] = [];
  const get = (name: string | null, what: { en: string; da: string }): SheetData | null => {
    if (name === null) return null;
    const s = byName.get(name);
    if (!s) {
      missing.push(
        cellError(
          name,
          "A1",
          {
            message: `There is no sheet named "${name}" for the ${what.en}.`,
            fix: `Choose the sheet that holds the ${what.en}, or create it from the template.`,
          },
          {
            message: `Der er intet ark med navnet "${name}" til ${what.da}.`,
            fix: `Vælg arket med ${what.da}, eller opret det fra skabelonen.`,
          },
        ),
      );
    }
    return s ?? null;
  };
  const vehicleSheet = get(names.vehicles, { en: "vehicles", da: "køretøjerne" });
  const tripSheet = get(names.trips, { en: "trips", da: "turene" });
  const paramSheet = get(names.parameters, { en: "parameters", da: "parametrene" });
  const proposed = proposeInputSheets(sheets.map((s) => s.name));
  const shiftSheet = get(names.shifts === undefined ? (proposed.shifts ?? null) : names.shifts, {
    en: "shifts",
    da: "vagtlagene",
  });
  const candidateSheet = get(
    names.candidates === undefined ? (proposed.candidates ?? null) : names.candidates,
    { en: "candidate vehicles", da: "kandidaterne" },
  );
  if (missing.length) return { ok: false, errors: missing };

  // A mapping remembered in the workbook applies wherever it is read (pane and CLI alike).
  const mapping = mergeColumnMappings(readStoredColumnMapping(sheets), names.columnMapping ?? {});
  const v = readVehicles(vehicleSheet as SheetData, VEHICLES_SHEET, false, mapping.vehicles);
  const c = candidateSheet ? readVehicles(candidateSheet, CANDIDATES_SHEET, true) : null;
  const vehicles = [...v.vehicles, ...(c?.vehicles.map((x) => ({ ...x, location: "" })) ?? [])];
  const clashes = c ? candidateIdClashes(v.vehicles, c.vehicles, candidateSheet as SheetData) : [];
  const t = readTrips(tripSheet as SheetData, v.vehicles, {
    rejectedIds: v.rejectedIds,
    mapping: mapping.trips,
  });
  const p = readParameters(paramSheet);
  const s = readShifts(shiftSheet);
  const errors = [...v.errors, ...(c?.errors ?? []), ...clashes, ...t.errors, ...p.errors, ...s.errors];
  if (errors.length) return { ok: false, errors: capErrors(errors) };
  return {
    ok: true,
    value: {
      vehicles,
      trips: t.trips,
      parameters: p.parameters,
      parameterKeysSet: p.explicitKeys,
      usageIssues: new Map([...v.usageIssues, ...(c?.usageIssues ?? [])]),
      shifts: s.shifts,
      sheetsUsed: { shifts: shiftSheet?.name ?? null, candidates: candidateSheet?.name ?? null },
      tables: {
        vehicles: { sheet: names.vehicles, columns: v.columns },
        trips: { sheet: names.trips, columns: t.columns },
      },
    },
  };
}
