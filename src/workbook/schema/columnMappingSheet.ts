import type { InputColumnMapping } from "./columnMapping";
import { cellValueAt } from "../read/cellValueAt";
import type { SheetPlan } from "../plan/types";
import type { SheetData } from "../sheetData";
import { TRIPS_SHEET, VEHICLES_SHEET } from "./sheets";

/**
 * The column mapping remembered in the workbook: a very hidden sheet (like the scenario registry)
 * of `sheet · field · header` rows, so headers mapped once (`--map`) are used the next time the
 * workbook is read. Recognised by the marker in A1, whatever its name; hosts never overwrite a
 * sheet, so a newer mapping is a newer sheet and the last one in tab order wins.
 */
export const COLUMN_MAPPING_MARKER = "FleetOptimiser column mapping";
export const COLUMN_MAPPING_SHEET = "_fleetopt_columns";
const VERSION = 1;
const HEADER_ROW = 3;
const KEYS = ["sheet", "field", "header"] as const;
const SHEET_KEYS = ["vehicles", "trips"] as const;

export function columnMappingSheetPlan(mapping: InputColumnMapping): SheetPlan {
  const rows = SHEET_KEYS.flatMap((key) =>
    Object.entries(mapping[key] ?? {}).map(([field, header]) => [key, field, header]),
  );
  return {
    name: COLUMN_MAPPING_SHEET,
    visibility: "veryHidden",
    ranges: [
      { row: 1, col: 1, values: [[COLUMN_MAPPING_MARKER, VERSION]] },
      { row: HEADER_ROW, col: 1, values: [[...KEYS], ...rows] },
    ],
    tables: [],
  };
}

/**
 * The mapping the workbook remembers; empty when it has none. Rows a person broke (an unknown
 * sheet or field, an empty header) are skipped: a stale mapping must not stop a run.
 */
export function readStoredColumnMapping(sheets: readonly SheetData[]): InputColumnMapping {
  const sheet = [...sheets].reverse().find((s) => cellValueAt(s, 1, 1) === COLUMN_MAPPING_MARKER);
  if (!sheet) return {};
  const fieldsOf = { vehicles: VEHICLES_SHEET, trips: TRIPS_SHEET };
  const mapping: Record<string, Record<string, string>> = {};
  const lastRow = sheet.originRow + sheet.values.length - 1;
  for (let row = HEADER_ROW + 1; row <= lastRow; row++) {
    const [key, field, header] = [1, 2, 3].map((c) => cellValueAt(sheet, row, c));
    if (key !== "vehicles" && key !== "trips") continue;
    if (typeof field !== "string" || typeof header !== "string" || header.trim() === "") continue;
    if (!fieldsOf[key].columns.some((c) => c.field === field)) continue;
    mapping[key] = { ...mapping[key], [field]: header };
  }
  return mapping;
}

/** The stored mapping with the given one on top, field by field. */
export function mergeColumnMappings(
  stored: InputColumnMapping,
  given: InputColumnMapping,
): InputColumnMapping {
  const out: Record<string, Record<string, string>> = {};
  for (const key of SHEET_KEYS) {
    const merged = { ...stored[key], ...given[key] };
    if (Object.keys(merged).length) out[key] = merged;
  }
  return out;
}

/** Does the mapping map anything? */
export function mapsAnything(mapping: InputColumnMapping): boolean {
  return SHEET_KEYS.some((k) => Object.keys(mapping[k] ?? {}).length > 0);
}
