import type { Result } from "../../core/result";
import type { ColumnMapping } from "../read/locateTable";
import { normaliseHeader, TRIPS_SHEET, VEHICLES_SHEET, type SheetSpec } from "./sheets";

/** Per input sheet: field → the sheet's header that holds it. */
export interface InputColumnMapping {
  vehicles?: ColumnMapping;
  trips?: ColumnMapping;
}

/** The sheets a user may map columns of, by the key InputColumnMapping uses. */
const MAPPABLE: readonly { key: keyof InputColumnMapping; spec: SheetSpec }[] = [
  { key: "vehicles", spec: VEHICLES_SHEET },
  { key: "trips", spec: TRIPS_SHEET },
];

/** The mapping, or what is wrong with the first bad entry (a command-line message). */
export type ColumnMappingParse = Result<InputColumnMapping, string>;

/**
 * Reads `Field=Header` entries (`--map "Turlængde=Km kørt"`): Field is a column's Danish or
 * English name (units and case ignored), Header the user's own header as it stands in the sheet.
 * A field on both sheets (Bil id, Lokation) is mapped on both; `Ture!Bil id=Enhed` names one sheet.
 */
export function parseColumnMapping(entries: readonly string[]): ColumnMappingParse {
  const mapping: Record<string, Record<string, string>> = {};
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const left = eq > 0 ? entry.slice(0, eq).trim() : "";
    const header = eq > 0 ? entry.slice(eq + 1).trim() : "";
    if (left === "" || header === "")
      return {
        ok: false,
        errors: [`--map takes Field=Header, e.g. --map "Turlængde=Km kørt"; got "${entry}"`],
      };
    const bang = left.indexOf("!");
    const sheetName = bang >= 0 ? normaliseHeader(left.slice(0, bang)) : null;
    const fieldName = normaliseHeader(bang >= 0 ? left.slice(bang + 1) : left);
    const sheets = MAPPABLE.filter(
      (m) => sheetName === null || [m.spec.da, m.spec.en].map(normaliseHeader).includes(sheetName),
    );
    if (sheets.length === 0)
      return {
        ok: false,
        errors: [
          `--map "${entry}": "${left.slice(0, bang)}" is not a sheet that can be mapped; use Køretøjer or Ture`,
        ],
      };
    let matched = false;
    for (const { key, spec } of sheets) {
      const col = spec.columns.find((c) => [c.da, c.en, c.field].map(normaliseHeader).includes(fieldName));
      if (!col) continue;
      matched = true;
      mapping[key] = { ...mapping[key], [col.field]: header };
    }
    if (!matched) {
      const fields = [...new Set(sheets.flatMap((s) => s.spec.columns.map((c) => c.da)))].join(", ");
      return {
        ok: false,
        errors: [`--map "${entry}": no column is called "${left}"; map one of: ${fields}`],
      };
    }
  }
  return { ok: true, value: mapping };
}
