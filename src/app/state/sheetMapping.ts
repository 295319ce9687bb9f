import { INPUT_SHEETS, sheetNameMatches, type SheetSpec } from "../../workbook/schema/sheets";
import type { InputSheets } from "../../worker/api";

/** Which workbook sheet the user says holds each input; null: not chosen (yet). */
export interface SheetMapping {
  vehicles: string | null;
  trips: string | null;
  parameters: string | null;
}

export type MappingKey = keyof SheetMapping;

export const MAPPING_KEYS: readonly MappingKey[] = ["vehicles", "trips", "parameters"];

export type MappingProblem = "missing" | "duplicate";

/**
 * Proposes a sheet for each input by name (Køretøjer/Vehicles, Ture/Trips, Parametre/Parameters),
 * taking the first match in tab order. A sheet is never proposed for two inputs.
 * @example proposeMapping(["Ture", "Køretøjer"]) //=> { vehicles: "Køretøjer", trips: "Ture", parameters: null }
 */
export function proposeMapping(sheetNames: readonly string[]): SheetMapping {
  const taken = new Set<string>();
  const pick = (key: MappingKey): string | null => {
    const spec = specFor(key);
    const name = sheetNames.find((n) => !taken.has(n) && sheetNameMatches(spec, n)) ?? null;
    if (name !== null) taken.add(name);
    return name;
  };
  return { vehicles: pick("vehicles"), trips: pick("trips"), parameters: pick("parameters") };
}

/**
 * Keeps the user's choices that still name an existing sheet and proposes the rest again, so a
 * refreshed sheet list never loses a deliberate mapping.
 */
export function refreshMapping(previous: SheetMapping, sheetNames: readonly string[]): SheetMapping {
  const proposed = proposeMapping(sheetNames);
  const keep = (key: MappingKey): string | null => {
    const name = previous[key];
    return name !== null && sheetNames.includes(name) ? name : proposed[key];
  };
  return { vehicles: keep("vehicles"), trips: keep("trips"), parameters: keep("parameters") };
}

/** Why the mapping cannot be loaded yet, or null when it can. */
export function mappingProblem(mapping: SheetMapping): MappingProblem | null {
  if (mapping.vehicles === null || mapping.trips === null) return "missing";
  const chosen = MAPPING_KEYS.map((k) => mapping[k]).filter((n): n is string => n !== null);
  return new Set(chosen).size < chosen.length ? "duplicate" : null;
}

/** The engine's InputSheets for a complete mapping; null while a required sheet is missing. */
export function toInputSheets(mapping: SheetMapping): InputSheets | null {
  if (mappingProblem(mapping) !== null || mapping.vehicles === null || mapping.trips === null) return null;
  return { vehicles: mapping.vehicles, trips: mapping.trips, parameters: mapping.parameters };
}

/** The sheets an InputSheets names, in the order the engine reads them. */
export function inputSheetNames(inputs: InputSheets): string[] {
  return inputs.parameters === null
    ? [inputs.vehicles, inputs.trips]
    : [inputs.vehicles, inputs.trips, inputs.parameters];
}

function specFor(key: MappingKey): SheetSpec {
  const spec = INPUT_SHEETS.find((s) => s.key === key);
  if (!spec) throw new Error(`No sheet spec for ${key}`);
  return spec;
}
