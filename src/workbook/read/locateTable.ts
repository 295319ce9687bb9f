import type { CellValue, SheetData } from "../sheetData";
import { cellAddress } from "../sheetData";
import type { ColumnSpec, SheetSpec } from "../schema/sheets";
import { normaliseHeader, normaliseHeaderKeepingBrackets } from "../schema/sheets";
import type { CellError } from "./cellError";
import { cellError } from "./errorFactory";
import { isEmptyCell } from "./cellParsers";

/** Header rows are looked for in the first rows only: a title or a note may sit above a table. */
const HEADER_SEARCH_ROWS = 20;

/** Field → the header a user chose for it (`--map "Turlængde=Km kørt"`, the pane's mapping step). */
export type ColumnMapping = Readonly<Record<string, string>>;

export interface LocatedCell {
  value: CellValue;
  /** A1 address in the sheet. */
  address: string;
}

export interface LocatedRow {
  /** 1-based sheet row. */
  row: number;
  cells: Record<string, LocatedCell>;
}

export interface LocatedTable {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Field → 1-based sheet column. */
  columns: Record<string, number>;
  rows: LocatedRow[];
}

/** A column's names as written, brackets included ("wltp (el)" → "wltpel"). */
function namesKeepingBrackets(col: ColumnSpec): string[] {
  return [col.da, col.en, ...(col.aliases ?? [])].map(normaliseHeaderKeepingBrackets);
}

/** A column's names for a header with a unit in brackets; names with brackets of their own are left out. */
function namesWithoutUnit(col: ColumnSpec): string[] {
  return [col.da, col.en, ...(col.aliases ?? [])].filter((n) => !/[([]/.test(n)).map(normaliseHeader);
}

/**
 * Header cell → field. A user's mapping (`--map`, the pane's mapping step) wins; then a header
 * matches as written, brackets included; only then without its "(unit)", so "Wltp (El)" never
 * falls back to a bare "wltp".
 */
export function matchColumns(
  row: CellValue[],
  spec: SheetSpec,
  mapping: ColumnMapping = {},
): Map<string, number> {
  const found = new Map<string, number>();
  const taken = new Set<number>();
  const headers = row.map((v) => (typeof v === "string" ? v : null));
  for (const [field, header] of Object.entries(mapping)) {
    if (!spec.columns.some((c) => c.field === field)) continue;
    const wanted = normaliseHeaderKeepingBrackets(header);
    const i = headers.findIndex(
      (h, k) => h !== null && !taken.has(k) && normaliseHeaderKeepingBrackets(h) === wanted,
    );
    if (i >= 0) {
      found.set(field, i);
      taken.add(i);
    }
  }
  const pass = (normalise: (t: string) => string, names: (c: ColumnSpec) => string[]) =>
    headers.forEach((v, i) => {
      if (v === null || taken.has(i)) return;
      const h = normalise(v);
      if (h === "") return;
      const col = spec.columns.find((c) => !found.has(c.field) && names(c).includes(h));
      if (!col) return;
      found.set(col.field, i);
      taken.add(i);
    });
  pass(normaliseHeaderKeepingBrackets, namesKeepingBrackets);
  pass(normaliseHeader, namesWithoutUnit);
  return found;
}

/**
 * Finds the header row of a table on a sheet (Excel table or plain header row) and returns its
 * data rows with each cell's address. Reports a missing required column or an empty sheet as one
 * error each, pointing at the header row.
 */
export function locateTable(
  sheet: SheetData,
  spec: SheetSpec,
  mapping: ColumnMapping = {},
): { table: LocatedTable | null; errors: CellError[] } {
  const values = sheet.values;
  const nonEmpty = values.some((r) => r.some((v) => !isEmptyCell(v)));
  if (!nonEmpty) {
    return {
      table: null,
      errors: [
        cellError(
          sheet.name,
          "A1",
          {
            message: `The sheet is empty; it should hold the ${spec.en} table.`,
            fix: `Paste the ${spec.en.toLowerCase()} with a header row (use "Create template" for the layout).`,
          },
          {
            message: `Arket er tomt; det skal indeholde tabellen ${spec.da}.`,
            fix: `Indsæt ${spec.da.toLowerCase()} med en overskriftsrække (brug "Opret skabelon" for layoutet).`,
          },
        ),
      ],
    };
  }
  let best: { index: number; found: Map<string, number> } | null = null;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, values.length); r++) {
    const found = matchColumns(values[r], spec, mapping);
    if (!best || found.size > best.found.size) best = { index: r, found };
  }
  const headerIndex = best?.index ?? 0;
  const found = best?.found ?? new Map<string, number>();
  const headerRow = sheet.originRow + headerIndex;
  const missing = spec.columns.filter((c) => c.required && !found.has(c.field));
  if (found.size === 0 || missing.length > 0) {
    const names = (missing.length ? missing : spec.columns.filter((c) => c.required)).map((c) => `"${c.da}"`);
    const at = cellAddress(headerRow, sheet.originCol + (found.size ? lastColumn(found) + 1 : 0));
    return {
      table: null,
      errors: [
        cellError(
          sheet.name,
          at,
          {
            message: `The header row has no column ${names.join(", ")}.`,
            fix: `Add the column with that header (English: ${missing.map((c) => `"${c.en}"`).join(", ") || "see the template"}), map a header of your own to it (fleetopt: --map "${(missing[0] ?? spec.columns[0]).da}=Your header"), or choose the right sheet.`,
          },
          {
            message: `Overskriftsrækken mangler kolonnen ${names.join(", ")}.`,
            fix: `Tilføj kolonnen med den overskrift, knyt en af dine egne overskrifter til den (fleetopt: --map "${(missing[0] ?? spec.columns[0]).da}=Din overskrift"), eller vælg det rigtige ark.`,
          },
        ),
      ],
    };
  }
  const columns: Record<string, number> = {};
  for (const [field, idx] of found) columns[field] = sheet.originCol + idx;
  const rows: LocatedRow[] = [];
  for (let r = headerIndex + 1; r < values.length; r++) {
    const raw = values[r];
    if (!raw || raw.every((v) => isEmptyCell(v))) continue;
    const rowNumber = sheet.originRow + r;
    const cells: Record<string, LocatedCell> = {};
    for (const [field, idx] of found) {
      cells[field] = { value: raw[idx] ?? null, address: cellAddress(rowNumber, sheet.originCol + idx) };
    }
    rows.push({ row: rowNumber, cells });
  }
  return { table: { sheet: sheet.name, headerRow, columns, rows }, errors: [] };
}

function lastColumn(found: Map<string, number>): number {
  return Math.max(...found.values());
}

/** The error for a table with a header but no data rows. */
export function noRowsError(table: LocatedTable, spec: SheetSpec): CellError {
  return cellError(
    table.sheet,
    cellAddress(table.headerRow + 1, Math.min(...Object.values(table.columns))),
    {
      message: `The ${spec.en} table has a header but no rows.`,
      fix: `Paste the ${spec.en.toLowerCase()} below the header.`,
    },
    {
      message: `Tabellen ${spec.da} har overskrifter men ingen rækker.`,
      fix: `Indsæt ${spec.da.toLowerCase()} under overskriften.`,
    },
  );
}
