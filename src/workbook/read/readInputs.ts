import type { Parameters } from "../../core/model/parameters";
import type { Trip, Vehicle } from "../../core/model/types";
import type { SheetData } from "../sheetData";
import { INPUT_SHEETS, sheetNameMatches } from "../schema/sheets";
import type { CellError } from "./cellError";
import { cellError, MAX_REPORTED_ERRORS } from "./errorFactory";
import { readParameters } from "./readParameters";
import { readTrips } from "./readTrips";
import { readVehicles } from "./readVehicles";

export interface InputSheetNames {
  vehicles: string;
  trips: string;
  parameters: string | null;
}

/** Everything a simulation reads from the workbook, validated. */
export interface FleetInputs {
  vehicles: Vehicle[];
  trips: Trip[];
  parameters: Parameters;
  parameterKeysSet: string[];
  usageIssues: Map<string, CellError[]>;
}

export type InputsRead = { ok: true; inputs: FleetInputs } | { ok: false; errors: CellError[] };

/** Proposes which sheet is which from their names (Køretøjer/Vehicles, Ture/Trips, Parametre/Parameters). */
export function proposeInputSheets(sheetNames: readonly string[]): Partial<InputSheetNames> {
  const find = (i: number) => sheetNames.find((n) => sheetNameMatches(INPUT_SHEETS[i], n));
  return { vehicles: find(0), trips: find(1), parameters: find(2) ?? null };
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
  if (missing.length) return { ok: false, errors: missing };

  const v = readVehicles(vehicleSheet as SheetData);
  const t = readTrips(tripSheet as SheetData, v.vehicles);
  const p = readParameters(paramSheet);
  const errors = [...v.errors, ...t.errors, ...p.errors];
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  return {
    ok: true,
    inputs: {
      vehicles: v.vehicles,
      trips: t.trips,
      parameters: p.parameters,
      parameterKeysSet: p.explicitKeys,
      usageIssues: v.usageIssues,
    },
  };
}
