/**
 * The workbook state behind FakeExcel: plain data, no proxies, no queueing. Everything here runs
 * only when a fake `context.sync()` applies its queued operations, so it may mutate freely.
 *
 * No Node imports: the fake is also bundled for the browser (test/e2e/fakeOffice).
 */

/** What a cell holds, as office.js reports it: "" is an empty cell. */
export type FakeCellValue = string | number | boolean;

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeCellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  horizontalAlignment?: string;
  wrapText?: boolean;
}

/** What office.js was told about printing a sheet (Worksheet.pageLayout, ExcelApi 1.9). */
export interface ModelPageLayout {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** As given to setPrintTitleRows, e.g. "$5:$5". */
  printTitleRows?: string;
}

/** A chart on a sheet: what office.js was told, ranges as 0-based rectangles of the same sheet. */
export interface ModelChart {
  name: string;
  type: string;
  seriesBy: string;
  source: Rect;
  title: string;
  series: ModelChartSeries[];
  legend: { visible: boolean; position: string };
  /** Set through axes.valueAxis.minimum; null: Excel chooses. */
  valueAxisMinimum: number | null;
  /** Top-left and bottom-right cells given to setPosition, or null when never placed. */
  position: { start: Rect; end: Rect } | null;
}

export interface ModelChartSeries {
  name: string;
  values: Rect | null;
  xAxisValues: Rect | null;
}

/** A 0-based rectangle. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;

/** Error shaped like OfficeExtension.Error: code + message + debugInfo. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

export function columnLetters(col1: number): string {
  let s = "";
  let n = col1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Quotes a sheet name the way Excel does in addresses ('My sheet'!A1). */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "B3:D10" for a rect; a single cell is just "B3", as Excel reports it. */
export function rectToA1(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const first = `${d}${columnLetters(rect.col + 1)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  const last = `${d}${columnLetters(rect.col + rect.cols)}${d}${rect.row + rect.rows}`;
  return `${first}:${last}`;
}

/**
 * Parses the A1 forms our code uses: "B3", "B3:D10", "A:C" (whole columns), "2:4" (whole rows).
 * A sheet prefix ("Sheet1!A1") is tolerated and ignored: worksheet.getRange resolves on its own sheet.
 */
export function parseA1(address: string): Rect {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const [a, b = a] = local.split(":");
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const colOnly = /^([A-Za-z]{1,3})$/;
  const rowOnly = /^(\d+)$/;
  let m1 = cell.exec(a);
  let m2 = cell.exec(b);
  if (m1 && m2) {
    const r1 = Number(m1[2]) - 1;
    const r2 = Number(m2[2]) - 1;
    const c1 = columnNumber(m1[1]) - 1;
    const c2 = columnNumber(m2[1]) - 1;
    return checkRect(
      {
        row: Math.min(r1, r2),
        col: Math.min(c1, c2),
        rows: Math.abs(r2 - r1) + 1,
        cols: Math.abs(c2 - c1) + 1,
      },
      address,
    );
  }
  m1 = colOnly.exec(a);
  m2 = colOnly.exec(b);
  if (m1 && m2) {
    const c1 = columnNumber(m1[1]) - 1;
    const c2 = columnNumber(m2[1]) - 1;
    return checkRect({ row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 }, address);
  }
  m1 = rowOnly.exec(a);
  m2 = rowOnly.exec(b);
  if (m1 && m2) {
    const r1 = Number(m1[1]) - 1;
    const r2 = Number(m2[1]) - 1;
    return checkRect({ row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS }, address);
  }
  throw new FakeOfficeError("InvalidArgument", `The address "${address}" is not a valid A1 address.`);
}

export function checkRect(rect: Rect, what: string): Rect {
  const ok =
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    Number.isInteger(rect.rows) &&
    Number.isInteger(rect.cols) &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.col + rect.cols <= MAX_COLS;
  if (!ok) throw new FakeOfficeError("InvalidArgument", `The range ${what} is outside the worksheet.`);
  return rect;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** One worksheet row as parallel sparse arrays: far lighter than an object per cell at 1M cells. */
interface RowStore {
  values: (FakeCellValue | undefined)[];
  formulas: (string | undefined)[];
  numberFormats: (string | undefined)[];
  formats: (FakeCellFormat | undefined)[];
}

export interface FakeValidation {
  rect: Rect;
  rule: unknown;
  /** What Excel shows when a typed value breaks the rule (DataValidation.errorAlert). */
  errorAlert?: unknown;
}

export interface FakeCell {
  value: FakeCellValue;
  formula: string | null;
  numberFormat: string;
  format: FakeCellFormat;
}

/** A conditional format as queued through office.js (type, rule or criteria, colours). */
export interface ModelConditionalFormat {
  rect: Rect;
  type: string;
  rule: { formula1: string; operator: string } | null;
  criteria: unknown;
  fillColor?: string;
  fontColor?: string;
}

let nextSheetId = 1;

export class ModelSheet {
  readonly id = `{fake-sheet-${nextSheetId++}}`;
  visibility: FakeVisibility = "Visible";
  readonly rows = new Map<number, RowStore>();
  readonly columnWidths = new Map<number, number>();
  freezeRows = 0;
  freezeCols = 0;
  /** Row heights in points by 0-based row, as set through format.rowHeight. */
  readonly rowHeights = new Map<number, number>();
  pageLayout: ModelPageLayout = {};
  selection: Rect = { row: 0, col: 0, rows: 1, cols: 1 };
  validations: FakeValidation[] = [];
  charts: ModelChart[] = [];
  conditionalFormats: ModelConditionalFormat[] = [];
  deleted = false;

  constructor(public name: string) {}

  private row(r: number): RowStore {
    let store = this.rows.get(r);
    if (!store) {
      store = { values: [], formulas: [], numberFormats: [], formats: [] };
      this.rows.set(r, store);
    }
    return store;
  }

  cell(r: number, c: number): FakeCell {
    const store = this.rows.get(r);
    return {
      value: store?.values[c] ?? "",
      formula: store?.formulas[c] ?? null,
      numberFormat: store?.numberFormats[c] ?? "General",
      format: { ...(store?.formats[c] ?? {}) },
    };
  }

  /**
   * Stores what office.js would store for an input value: a leading "=" makes a formula, a leading
   * apostrophe forces text (and is not kept), null leaves the cell unchanged.
   */
  setInput(r: number, c: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const store = this.row(r);
    if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
      store.formulas[c] = input;
      // The fake does not calculate: a formula cell reads as "" until something seeds a value.
      store.values[c] = "";
      return;
    }
    store.formulas[c] = undefined;
    if (typeof input === "string" && input.startsWith("'")) store.values[c] = input.slice(1);
    else if (typeof input === "string" || typeof input === "number" || typeof input === "boolean")
      store.values[c] = input;
    else
      throw new FakeOfficeError("InvalidArgument", `Cannot store a value of type ${typeof input} in a cell.`);
  }

  setNumberFormat(r: number, c: number, format: unknown): void {
    if (format === null || format === undefined) return;
    if (typeof format !== "string")
      throw new FakeOfficeError("InvalidArgument", "A number format must be text.");
    this.row(r).numberFormats[c] = format;
  }

  setFormat(r: number, c: number, patch: FakeCellFormat): void {
    const store = this.row(r);
    store.formats[c] = { ...(store.formats[c] ?? {}), ...patch };
  }

  /**
   * The smallest rectangle holding every non-empty cell; with valuesOnly false, formatted cells too.
   * Excel returns A1 for a blank sheet rather than failing, and so does the fake.
   */
  usedRect(valuesOnly: boolean): Rect {
    let minR = Infinity;
    let maxR = -1;
    let minC = Infinity;
    let maxC = -1;
    for (const [r, store] of this.rows) {
      const width = Math.max(
        store.values.length,
        store.formulas.length,
        valuesOnly ? 0 : store.formats.length,
      );
      for (let c = 0; c < width; c++) {
        const used =
          (store.values[c] !== undefined && store.values[c] !== "") ||
          store.formulas[c] !== undefined ||
          (!valuesOnly && (store.formats[c] !== undefined || store.numberFormats[c] !== undefined));
        if (!used) continue;
        if (r < minR) minR = r;
        if (r > maxR) maxR = r;
        if (c < minC) minC = c;
        if (c > maxC) maxC = c;
      }
    }
    if (maxR < 0) return { row: 0, col: 0, rows: 1, cols: 1 };
    return { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook

export interface ModelTable {
  name: string;
  sheet: ModelSheet;
  rect: Rect;
}

export interface ModelName {
  name: string;
  /** null: workbook scope. */
  scope: ModelSheet | null;
  /** The referenced range, or a literal formula when it was not given a Range. */
  sheet: ModelSheet | null;
  rect: Rect | null;
  formula: string | null;
  comment: string;
}

export class ModelWorkbook {
  sheets: ModelSheet[] = [];
  tables: ModelTable[] = [];
  names: ModelName[] = [];
  activeSheet: ModelSheet | null = null;
  enableEvents = true;
  private tableCounter = 0;

  /** By name (case-insensitive) or id, as worksheets.getItem(key) accepts both. */
  findSheet(key: string): ModelSheet | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === key);
  }

  requireSheet(name: string): ModelSheet {
    const sheet = this.findSheet(name);
    if (!sheet)
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (sheet "${name}").`);
    return sheet;
  }

  addSheet(name: string): ModelSheet {
    validateSheetName(name);
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    const sheet = new ModelSheet(name);
    // office.js appends new worksheets after the existing ones and does not activate them.
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  nextDefaultSheetName(): string {
    for (let i = 1; ; i++) if (!this.findSheet(`Sheet${i}`)) return `Sheet${i}`;
  }

  deleteSheet(sheet: ModelSheet): void {
    // By design in Excel (office-js #365): a very hidden sheet must be made hidden or visible first.
    if (sheet.visibility === "VeryHidden")
      throw new FakeOfficeError(
        "GeneralException",
        "There was an internal error while processing the request.",
      );
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet)
      throw new FakeOfficeError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet.",
      );
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    this.names = this.names.filter((n) => n.scope !== sheet);
    if (this.activeSheet === sheet) {
      // Excel moves to the nearest visible sheet, preferring the one before.
      const candidates = this.sheets.filter((s) => s.visibility === "Visible");
      this.activeSheet =
        [...this.sheets.slice(0, index)].reverse().find((s) => s.visibility === "Visible") ??
        candidates[0] ??
        null;
    }
  }

  /** Excel refuses an illegal name or one another sheet has (any case). */
  renameSheet(sheet: ModelSheet, name: string): void {
    validateSheetName(name);
    if (this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase()))
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    sheet.name = name;
  }

  setVisibility(sheet: ModelSheet, visibility: FakeVisibility): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility))
      throw new FakeOfficeError("InvalidArgument", `"${visibility}" is not a sheet visibility.`);
    if (visibility !== "Visible") {
      const visible = this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
      if (visible.length === 0)
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      if (this.activeSheet === sheet) this.activeSheet = visible[0];
    }
    sheet.visibility = visibility;
  }

  activate(sheet: ModelSheet): void {
    if (sheet.visibility !== "Visible")
      throw new FakeOfficeError("InvalidOperation", `The hidden sheet "${sheet.name}" cannot be activated.`);
    this.activeSheet = sheet;
  }

  /** Names and tables share one namespace in Excel (case-insensitive). */
  private nameTaken(name: string, scope: ModelSheet | null): boolean {
    const key = name.toLowerCase();
    return (
      this.tables.some((t) => t.name.toLowerCase() === key) ||
      this.names.some((n) => n.name.toLowerCase() === key && n.scope === scope)
    );
  }

  addTable(sheet: ModelSheet, rect: Rect): ModelTable {
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect)))
      throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.nameTaken(name, null));
    // A header-only range becomes a header plus one empty data row, as in Excel.
    const table: ModelTable = { name, sheet, rect: rect.rows === 1 ? { ...rect, rows: 2 } : rect };
    this.tables.push(table);
    return table;
  }

  renameTable(table: ModelTable, name: string): void {
    validateDefinedName(name);
    if (table.name.toLowerCase() !== name.toLowerCase() && this.nameTaken(name, null))
      throw new FakeOfficeError("InvalidArgument", `The name "${name}" is already used in this workbook.`);
    table.name = name;
  }

  addName(entry: ModelName): void {
    validateDefinedName(entry.name);
    if (this.nameTaken(entry.name, entry.scope))
      throw new FakeOfficeError("ItemAlreadyExists", `The name "${entry.name}" already exists.`);
    this.names.push(entry);
  }

  deleteName(entry: ModelName): void {
    this.names = this.names.filter((n) => n !== entry);
  }
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

function validateSheetName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    FORBIDDEN_SHEET_CHARS.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  )
    throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid sheet name.`);
}

function validateDefinedName(name: string): void {
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || cellLike || name.length > 255)
    throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid name.`);
}

/** "='Sheet 2'!$B$4" for a name that refers to a range, "=#REF!" once its sheet is gone. */
export function nameFormula(entry: ModelName): string {
  if (entry.formula !== null) return entry.formula;
  if (!entry.sheet || !entry.rect || entry.sheet.deleted) return "=#REF!";
  return `=${quoteSheetName(entry.sheet.name)}!${rectToA1(entry.rect, true)}`;
}
