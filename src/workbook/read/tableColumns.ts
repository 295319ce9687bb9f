import type { CellValue, SheetData } from "../sheetData";
import { cellAddress } from "../sheetData";
import type { SheetSpec } from "../schema/sheets";
import type { CellError } from "./cellError";
import { MAX_REPORTED_ERRORS } from "./errorFactory";
import type { FieldReader } from "./fieldReaders";
import { locateTable, noRowsError, type LocatedCell } from "./locateTable";
import * as P from "./cellParsers";

// Local copies: compiled to CommonJS (the CLI, the bench), an imported function is a getter call
// per use, which shows on a million rows.
const isEmptyCell = P.isEmptyCell;
const parseNumberCell = P.parseNumberCell;
const parseDateTimeCell = P.parseDateTimeCell;

/** locateTable looks for the header in the first rows only; it needs no more of the sheet. */
const HEADER_ROWS_LOOKED_AT = 21;

/**
 * A located table read column by column, for sheets of a million rows (GPS points, logs): cells are
 * parsed straight from the 2-D values, and an address is built only for a cell that has an error,
 * instead of locateTable's object per cell.
 */
export class TableColumns {
  private constructor(
    readonly sheet: SheetData,
    /** Index in `values` of the header row. */
    readonly headerIndex: number,
    /** Field → index into a values row. */
    readonly columns: Readonly<Record<string, number>>,
  ) {}

  /** Finds the header row exactly as locateTable does, with the same errors. */
  static locate(sheet: SheetData, spec: SheetSpec): { table: TableColumns | null; errors: CellError[] } {
    const head = { ...sheet, values: sheet.values.slice(0, HEADER_ROWS_LOOKED_AT) };
    const { table, errors } = locateTable(head, spec);
    if (!table) return { table: null, errors };
    const columns: Record<string, number> = {};
    for (const [field, col] of Object.entries(table.columns)) columns[field] = col - sheet.originCol;
    return { table: new TableColumns(sheet, table.headerRow - sheet.originRow, columns), errors: [] };
  }

  /** 1-based sheet column of a field (0 when the column is absent). */
  sheetColumn(field: string): number {
    const c = this.columns[field];
    return c === undefined ? 0 : this.sheet.originCol + c;
  }

  /** The error for a header without data rows, as locateTable's tables give it. */
  noRows(spec: SheetSpec): CellError {
    const columns: Record<string, number> = {};
    for (const field of Object.keys(this.columns)) columns[field] = this.sheetColumn(field);
    return noRowsError(
      { sheet: this.sheet.name, headerRow: this.sheet.originRow + this.headerIndex, columns, rows: [] },
      spec,
    );
  }

  has(field: string): boolean {
    return field in this.columns;
  }

  /** Indices into `values` of the data rows: below the header, not entirely empty. */
  *rowIndices(): Generator<number> {
    const values = this.sheet.values;
    for (let r = this.headerIndex + 1; r < values.length; r++) {
      const row = values[r];
      if (!row) continue;
      // The first cell usually decides it; only rows starting empty need the full check.
      if (!isEmptyCell(row[0]) || !row.every((v) => isEmptyCell(v))) yield r;
    }
  }

  /** 1-based sheet row of values[r]. */
  sheetRow(r: number): number {
    return this.sheet.originRow + r;
  }

  value(r: number, field: string): CellValue {
    const c = this.columns[field];
    return c === undefined ? null : (this.sheet.values[r][c] ?? null);
  }

  /** The cell with its address, for an error message; undefined when the column is absent. */
  cell(r: number, field: string): LocatedCell | undefined {
    const c = this.columns[field];
    if (c === undefined) return undefined;
    return { value: this.value(r, field), address: cellAddress(this.sheetRow(r), this.sheet.originCol + c) };
  }

  /** A number, or null with the FieldReader's error; parsed without building the cell on success. */
  number(
    f: FieldReader,
    r: number,
    field: string,
    header: string,
    opts: { required?: boolean; min?: number; max?: number; unit?: string } = {},
  ): number | null {
    const v = this.value(r, field);
    const n = isEmptyCell(v) ? null : parseNumberCell(v);
    if (n !== null && (opts.min === undefined || n >= opts.min) && (opts.max === undefined || n <= opts.max))
      return n;
    return f.number(this.cell(r, field), header, opts);
  }

  dateTime(f: FieldReader, r: number, field: string, header: string, required: boolean): number | null {
    const v = this.value(r, field);
    const ms = isEmptyCell(v) ? null : parseDateTimeCell(v);
    return ms !== null ? ms : f.dateTime(this.cell(r, field), header, required);
  }
}

/** Reading stops here: a wrong column would otherwise give one error per row of a huge sheet. */
export function tooManyErrors(f: FieldReader): boolean {
  return f.errors.length >= MAX_REPORTED_ERRORS;
}
