import { INPUT_SHEETS, sheetNameMatches, type SheetSpec } from "../../workbook/schema/sheets";
import { CANDIDATES_SHEET, SHIFTS_SHEET } from "../../workbook/schema/shiftSheets";
import type { InputSheets } from "../../engine/api";

/** Which workbook sheet the user says holds each input; null: not chosen (yet), or none for an optional one. */
export interface SheetMapping {
  vehicles: string | null;
  trips: string | null;
  parameters: string | null;
  /**
   * Vagtlag (trips within one shift are merged) and Kandidater (vehicle models not owned today), both
   * optional. Undefined: not decided, so every refresh proposes a sheet by name again; null: the user
   * chose none, which a refresh keeps.
   */
  shifts?: string | null;
  candidates?: string | null;
}

export type MappingKey = keyof SheetMapping;

export const MAPPING_KEYS: readonly MappingKey[] = [
  "vehicles",
  "trips",
  "parameters",
  "shifts",
  "candidates",
];

/** Only the vehicles and the trips are required; the other sheets may be "none". */
export function isOptionalMapping(key: MappingKey): boolean {
  return key !== "vehicles" && key !== "trips";
}

/** Keys whose "none" is remembered as a decision (see SheetMapping.shifts). */
function remembersNone(key: MappingKey): boolean {
  return key === "shifts" || key === "candidates";
}

export type MappingProblem = "missing" | "duplicate";

/**
 * Proposes a sheet for each input by name (Køretøjer/Vehicles, Ture/Trips, Parametre/Parameters,
 * Vagtlag/Shifts, Kandidater/Candidates), taking the first match in tab order. A sheet is never
 * proposed for two inputs.
 * @example proposeMapping(["Ture", "Køretøjer", "Vagtlag"]) //=> { vehicles: "Køretøjer", trips: "Ture", parameters: null, shifts: "Vagtlag" }
 */
export function proposeMapping(sheetNames: readonly string[]): SheetMapping {
  const taken = new Set<string>();
  const pick = (key: MappingKey): string | null | undefined => {
    const spec = specFor(key);
    const name = sheetNames.find((n) => !taken.has(n) && sheetNameMatches(spec, n));
    if (name === undefined) return remembersNone(key) ? undefined : null;
    taken.add(name);
    return name;
  };
  return mappingOf(pick);
}

/**
 * Keeps the user's choices that still name an existing sheet and proposes the rest again, so a
 * refreshed sheet list never loses a deliberate mapping.
 */
export function refreshMapping(previous: SheetMapping, sheetNames: readonly string[]): SheetMapping {
  const proposed = proposeMapping(sheetNames);
  const keep = (key: MappingKey): string | null | undefined => {
    const name = previous[key];
    if (name === null && remembersNone(key)) return null;
    return typeof name === "string" && sheetNames.includes(name) ? name : proposed[key];
  };
  return mappingOf(keep);
}

function mappingOf(sheetFor: (key: MappingKey) => string | null | undefined): SheetMapping {
  const mapping: SheetMapping = {
    vehicles: sheetFor("vehicles") ?? null,
    trips: sheetFor("trips") ?? null,
    parameters: sheetFor("parameters") ?? null,
  };
  for (const key of ["shifts", "candidates"] as const) {
    const name = sheetFor(key);
    if (name !== undefined) mapping[key] = name;
  }
  return mapping;
}

/** Why the mapping cannot be loaded yet, or null when it can. */
export function mappingProblem(mapping: SheetMapping): MappingProblem | null {
  if (mapping.vehicles === null || mapping.trips === null) return "missing";
  const chosen = MAPPING_KEYS.map((k) => mapping[k]).filter((n): n is string => typeof n === "string");
  return new Set(chosen).size < chosen.length ? "duplicate" : null;
}

/** The engine's InputSheets for a complete mapping; null while a required sheet is missing. */
export function toInputSheets(mapping: SheetMapping): InputSheets | null {
  if (mappingProblem(mapping) !== null || mapping.vehicles === null || mapping.trips === null) return null;
  // Shifts and candidates are always named (null: none), so the engine never guesses them.
  return {
    vehicles: mapping.vehicles,
    trips: mapping.trips,
    parameters: mapping.parameters,
    shifts: mapping.shifts ?? null,
    candidates: mapping.candidates ?? null,
  };
}

/** The sheets an InputSheets names, in the order the engine reads them. */
export function inputSheetNames(inputs: InputSheets): string[] {
  const optional = [inputs.parameters, inputs.shifts ?? null, inputs.candidates ?? null];
  return [inputs.vehicles, inputs.trips, ...optional.filter((n): n is string => n !== null)];
}

function specFor(key: MappingKey): SheetSpec {
  if (key === "shifts") return SHIFTS_SHEET;
  if (key === "candidates") return CANDIDATES_SHEET;
  const spec = INPUT_SHEETS.find((s) => s.key === key);
  if (!spec) throw new Error(`No sheet spec for ${key}`);
  return spec;
}
