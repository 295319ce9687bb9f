import type { SheetData } from "../sheetData";
import { VEHICLES_SHEET, type SheetSpec } from "../schema/sheets";
import type { CellError } from "./cellError";
import { FieldReader } from "./fieldReaders";
import { locateTable, type LocatedCell } from "./locateTable";
import { parseIdCell, parseTextCell } from "./cellParsers";

/** Only what the aggregation needs from Køretøjer; the other columns may still be incomplete. */
const HOMES_SPEC: SheetSpec = {
  ...VEHICLES_SHEET,
  columns: VEHICLES_SHEET.columns.filter((c) => c.field === "id" || c.field === "location"),
};

export interface VehicleHomesRead {
  /** Bil id → its Lokation cell (text and address); vehicles without Lokation are left out. */
  homes: Map<string, { name: string; cell: LocatedCell }>;
  /** Every Bil id on the sheet, with or without Lokation. */
  ids: Set<string>;
  errors: CellError[];
}

/**
 * Reads Bil id and Lokation from Køretøjer: where each vehicle's trips belong. The aggregation
 * needs nothing else, so a vehicle sheet still missing prices or WLTP does not block it.
 */
export function readVehicleHomes(sheet: SheetData): VehicleHomesRead {
  const homes = new Map<string, { name: string; cell: LocatedCell }>();
  const ids = new Set<string>();
  const { table, errors } = locateTable(sheet, HOMES_SPEC);
  if (!table) return { homes, ids, errors };
  const f = new FieldReader(sheet.name);
  for (const row of table.rows) {
    const id = parseIdCell(row.cells.id.value);
    if (id === null) continue; // a row without Bil id drives no logs
    ids.add(id);
    const name = parseTextCell(row.cells.location?.value ?? null);
    if (name !== "" && !homes.has(id)) homes.set(id, { name, cell: row.cells.location });
  }
  return { homes, ids, errors: f.errors };
}
