import type { InputColumnMapping } from "../../workbook/read/readInputs";
import { matchColumns, type ColumnMapping } from "../../workbook/read/locateTable";
import { isEmptyCell } from "../../workbook/read/cellParsers";
import { TRIPS_SHEET, VEHICLES_SHEET, type SheetSpec } from "../../workbook/schema/sheets";
import type { CellValue, SheetData } from "../../workbook/sheetData";

/** The reader looks for the header row this far down (locateTable's limit). */
const HEADER_SEARCH_ROWS = 20;
const PREVIEW_ROWS = 5;

export type MappedSheetKey = keyof InputColumnMapping;

export const MAPPED_SHEET_SPECS: Record<MappedSheetKey, SheetSpec> = {
  vehicles: VEHICLES_SHEET,
  trips: TRIPS_SHEET,
};

export interface MappingField {
  field: string;
  da: string;
  en: string;
  /** The header the reader matches today (its own name or a stored mapping); null: none. */
  matched: string | null;
}

/** One input sheet whose required columns are not all found: what the mapping step offers. */
export interface SheetMappingNeed {
  key: MappedSheetKey;
  sheet: string;
  /** The header row's texts, in column order (empty cells left out). */
  headers: string[];
  /** Every required field, so the user sees the whole picture, not just the missing ones. */
  fields: MappingField[];
  /** Header → its values in the first five data rows: the preview under each choice. */
  preview: Record<string, CellValue[]>;
}

/** Field → header the user picked in the step; absent: not picked yet. */
export type MappingChoices = Record<string, string>;

export type MappingChoiceProblem = { kind: "incomplete" } | { kind: "duplicate"; header: string };

/**
 * What the mapping step must ask about one sheet, or null when every required column is found
 * (a wrong sheet or a broken cell is then the reader's error to report, not a mapping question).
 */
export function mappingNeed(
  key: MappedSheetKey,
  sheet: SheetData,
  mapping: ColumnMapping = {},
): SheetMappingNeed | null {
  const spec = MAPPED_SHEET_SPECS[key];
  const rows = sheet.values.slice(0, HEADER_SEARCH_ROWS);
  // The reader's header row: the one matching most columns; with none matched, the first row with text.
  let best = { index: -1, found: new Map<string, number>() };
  rows.forEach((row, index) => {
    const found = matchColumns(row, spec, mapping);
    if (found.size > best.found.size) best = { index, found };
  });
  if (best.index < 0) best.index = rows.findIndex((r) => r.some((v) => typeof v === "string" && v.trim()));
  if (best.index < 0) return null;
  const required = spec.columns.filter((c) => c.required);
  if (required.every((c) => best.found.has(c.field))) return null;

  const headerRow = rows[best.index];
  const headerAt = (i: number): string | null => {
    const v = headerRow[i];
    return typeof v === "string" && v.trim() !== "" ? v : null;
  };
  const dataRows = sheet.values
    .slice(best.index + 1)
    .filter((r) => r.some((v) => !isEmptyCell(v)))
    .slice(0, PREVIEW_ROWS);
  const headers: string[] = [];
  const preview: Record<string, CellValue[]> = {};
  headerRow.forEach((_, i) => {
    const h = headerAt(i);
    if (h === null || h in preview) return;
    headers.push(h);
    preview[h] = dataRows.map((r) => r[i] ?? null);
  });
  return {
    key,
    sheet: sheet.name,
    headers,
    fields: required.map((c) => {
      const i = best.found.get(c.field);
      return { field: c.field, da: c.da, en: c.en, matched: i === undefined ? null : headerAt(i) };
    }),
    preview,
  };
}

/** The step's starting choices: what the reader matches already. */
export function initialChoices(need: SheetMappingNeed): MappingChoices {
  const choices: MappingChoices = {};
  for (const f of need.fields) if (f.matched !== null) choices[f.field] = f.matched;
  return choices;
}

/** Why the choices cannot be saved yet: a field without a header, or one header for two fields. */
export function choiceProblem(need: SheetMappingNeed, choices: MappingChoices): MappingChoiceProblem | null {
  if (need.fields.some((f) => !choices[f.field])) return { kind: "incomplete" };
  const seen = new Set<string>();
  for (const f of need.fields) {
    const header = choices[f.field];
    if (seen.has(header)) return { kind: "duplicate", header };
    seen.add(header);
  }
  return null;
}

/**
 * The mapping to remember: the fields whose header the reader would not find by itself. Fields
 * found under their own name stay out, so renaming such a column later still works.
 */
export function chosenMapping(
  needs: readonly SheetMappingNeed[],
  choices: Record<MappedSheetKey, MappingChoices>,
): InputColumnMapping {
  const mapping: InputColumnMapping = {};
  for (const need of needs) {
    const own = Object.fromEntries(
      need.fields
        .filter((f) => choices[need.key]?.[f.field] && choices[need.key][f.field] !== f.matched)
        .map((f) => [f.field, choices[need.key][f.field]]),
    );
    if (Object.keys(own).length) mapping[need.key] = own;
  }
  return mapping;
}
