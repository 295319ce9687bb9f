/**
 * FakeExcel: our own stand-in for the part of the Excel JavaScript API the add-in uses.
 *
 * - `run(batch)` behaves like `Excel.run`: proxies queue operations and only `context.sync()` applies
 *   them; reading a property that was not loaded and synced throws PropertyNotLoaded.
 * - Every sync is counted and its request payload estimated (JSON of the queued arguments plus a
 *   fixed envelope per action). A sync over 5 MB fails with RequestPayloadSizeLimitExceeded, as
 *   Excel on the web does, and reads over 5,000,000 cells fail too.
 * - Tests can inject a failing sync and inspect sheets, tables, names and the selection.
 *
 * It runs in Node (vitest) and in the browser (bundled by test/e2e/fakeOffice/build.mjs), so it has
 * no Node imports.
 */
import {
  DEFAULT_COLUMN_WIDTH_POINTS,
  FakeOfficeError,
  nameFormula,
  parseA1,
  rectToA1,
  type FakeCell,
  type FakeCellValue,
  type FakeValidation,
  type FakeVisibility,
  type ModelPageLayout,
  ModelWorkbook,
  type ModelSheet,
  type Rect,
} from "./fakeExcelModel";
import { FakeRequestContext } from "./fakeExcelContext";
import type { FakeEngine, FakeLimits } from "./fakeExcelProxyBase";

export { FakeOfficeError } from "./fakeExcelModel";
export type { FakeCell, FakeCellFormat, FakeCellValue, FakeVisibility } from "./fakeExcelModel";
export { FakeRequestContext } from "./fakeExcelContext";
export type { FakeLimits } from "./fakeExcelProxyBase";

/** A seeded cell: dates become Excel serial numbers, null an empty cell. */
export type SeedCellValue = string | number | boolean | Date | null;

export interface FakeSheetSeed {
  name: string;
  values: SeedCellValue[][];
  /** Where values[0][0] goes; "A1" unless given (use it to give the used range an offset). */
  startCell?: string;
  visibility?: FakeVisibility;
}

export interface FakeWorkbookSeed {
  sheets: FakeSheetSeed[];
  /** The sheet the user is on; the first visible sheet unless given. */
  activeSheet?: string;
}

export const FIVE_MB = 5 * 1000 * 1000;

export const DEFAULT_LIMITS: FakeLimits = {
  // Decimal megabytes: the fake errs on the strict side of Microsoft's "5 MB".
  maxRequestBytes: FIVE_MB,
  maxResponseBytes: FIVE_MB,
  maxReadCells: 5_000_000,
};

export interface InjectedSyncFailure {
  /** How many further syncs succeed before the failing one (0: the next sync fails). */
  afterSuccessfulSyncs: number;
  /**
   * How many of the failing sync's queued operations are applied before it fails. Excel executes a
   * batch in order and stops at the failing action, so earlier actions stay applied. Default 0.
   */
  applyOperations?: number;
  /** How many consecutive syncs fail from then on (default 1), e.g. to make a clean-up fail too. */
  times?: number;
  code?: string;
  message?: string;
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** Excel's serial number for a Date's wall-clock time (Excel has no time zones). */
export function toExcelSerial(date: Date): number {
  const wallClock = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return (wallClock - EXCEL_EPOCH_UTC) / MS_PER_DAY;
}

/** A read-only view of one sheet for assertions. Cell arrays start at A1; empty cells are null. */
export interface FakeSheetView {
  readonly name: string;
  readonly visibility: FakeVisibility;
  readonly freezeRows: number;
  readonly freezeCols: number;
  /** Orientation, zoom and print title rows as office.js set them. */
  readonly pageLayout: ModelPageLayout;
  /** Row height in points (1-based row); 15 when never set. */
  rowHeight(row: number): number;
  /** The used range (values only) as Excel would report it, e.g. "C3:F10". */
  readonly usedAddress: string;
  values(): (FakeCellValue | null)[][];
  /** Formulas where a cell has one, values elsewhere. */
  formulas(): (FakeCellValue | null)[][];
  cell(address: string): FakeCell;
  /** Column width in points; 48 (Excel's default 8.43 characters) when never set. */
  columnWidth(column: string): number;
  validations(): { address: string; rule: unknown }[];
  /** The rule covering a cell (the last one set wins), or null. */
  validationAt(address: string): unknown;
  /** The error alert of the validation covering a cell, or null. */
  errorAlertAt(address: string): unknown;
  /** Charts in the order they were added, ranges as A1 addresses of this sheet. */
  charts(): FakeChartView[];
  /** Conditional formats in the order they were added, ranges as A1 addresses. */
  conditionalFormats(): FakeConditionalFormatView[];
}

export interface FakeConditionalFormatView {
  address: string;
  type: string;
  rule: { formula1: string; operator: string } | null;
  criteria: unknown;
  fillColor?: string;
  fontColor?: string;
}

export interface FakeChartView {
  type: string;
  title: string;
  seriesBy: string;
  source: string;
  series: { name: string; values: string | null; xAxisValues: string | null }[];
  legend: { visible: boolean; position: string };
  valueAxisMinimum: number | null;
  /** "A86:A105": from setPosition's start cell to its end cell; null when never placed. */
  position: string | null;
}

export interface FakeTableView {
  name: string;
  sheet: string;
  address: string;
}

export interface FakeNameView {
  name: string;
  /** null: workbook scope; otherwise the sheet the name is local to. */
  scope: string | null;
  formula: string;
}

export class FakeExcel implements FakeEngine {
  readonly model = new ModelWorkbook();
  readonly limits: FakeLimits;
  readonly stats = { suspendScreenUpdating: 0, suspendApiCalculation: 0, calculate: 0, runs: 0 };
  /** Request bytes of every sync so far, in order (failed ones included). */
  readonly syncPayloads: number[] = [];
  private injected: InjectedSyncFailure | null = null;

  constructor(limits: Partial<FakeLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  static fromSeed(seed: FakeWorkbookSeed, limits: Partial<FakeLimits> = {}): FakeExcel {
    const fake = new FakeExcel(limits);
    if (seed.sheets.length === 0) throw new Error("A workbook needs at least one sheet.");
    for (const s of seed.sheets) {
      const sheet = fake.model.addSheet(s.name);
      const start = parseA1(s.startCell ?? "A1");
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          const value = v instanceof Date ? toExcelSerial(v) : v;
          // Seeded text is stored as text, even when it starts with "=".
          sheet.setInput(start.row + r, start.col + c, typeof value === "string" ? `'${value}` : value);
        }),
      );
    }
    // Visibility after all sheets exist, so hiding never leaves zero visible sheets mid-seed.
    seed.sheets.forEach((s) => {
      if (s.visibility && s.visibility !== "Visible")
        fake.model.setVisibility(fake.model.requireSheet(s.name), s.visibility);
    });
    const active =
      seed.activeSheet ?? seed.sheets.find((s) => (s.visibility ?? "Visible") === "Visible")?.name;
    if (active) fake.model.activate(fake.model.requireSheet(active));
    return fake;
  }

  // -------------------------------------------------------------------------------------------
  // Excel.run

  /** Excel.run(batch): a fresh context; pending operations are synced when the batch resolves. */
  run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    this.stats.runs++;
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pendingOperations > 0) await context.sync();
    return result;
  };

  async sync(context: FakeRequestContext): Promise<void> {
    const ops = context.takeQueue();
    const requestBytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    this.syncPayloads.push(requestBytes);
    // A real sync is a round trip: callers that forget to await it must not see its effects.
    await Promise.resolve();

    if (requestBytes > this.limits.maxRequestBytes)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit of ${this.limits.maxRequestBytes} bytes.`,
      );

    const failure = this.takeInjectedFailure();
    const stopAt = failure ? Math.min(failure.applyOperations ?? 0, ops.length) : ops.length;
    let responseBytes = 0;
    for (let i = 0; i < stopAt; i++) responseBytes += ops[i].apply() ?? 0;
    if (failure)
      throw new FakeOfficeError(
        failure.code ?? "GeneralException",
        failure.message ?? "Injected sync failure.",
      );
    if (responseBytes > this.limits.maxResponseBytes)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
      );
    for (const op of ops) op.commit?.();
  }

  private takeInjectedFailure(): InjectedSyncFailure | null {
    const failure = this.injected;
    if (!failure) return null;
    if (failure.afterSuccessfulSyncs > 0) {
      failure.afterSuccessfulSyncs--;
      return null;
    }
    const remaining = (failure.times ?? 1) - 1;
    this.injected = remaining > 0 ? { ...failure, times: remaining } : null;
    return failure;
  }

  /** Makes a later sync fail (once, unless `times` says otherwise). */
  failSync(failure: InjectedSyncFailure): void {
    this.injected = { ...failure };
  }

  // -------------------------------------------------------------------------------------------
  // Counters

  get syncCount(): number {
    return this.syncPayloads.length;
  }

  get maxSyncPayloadBytes(): number {
    return this.syncPayloads.reduce((max, b) => Math.max(max, b), 0);
  }

  /** Forgets sync history and call counts (e.g. after a test's setup). */
  resetCounters(): void {
    this.syncPayloads.length = 0;
    this.stats.suspendScreenUpdating = 0;
    this.stats.suspendApiCalculation = 0;
    this.stats.calculate = 0;
    this.stats.runs = 0;
  }

  // -------------------------------------------------------------------------------------------
  // Inspection

  /** Every sheet name in tab order, hidden ones included. */
  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  get activeSheetName(): string | null {
    return this.model.activeSheet?.name ?? null;
  }

  get enableEvents(): boolean {
    return this.model.enableEvents;
  }

  /** The active sheet and its selected range. */
  get selection(): { sheet: string; address: string } | null {
    const sheet = this.model.activeSheet;
    return sheet ? { sheet: sheet.name, address: rectToA1(sheet.selection) } : null;
  }

  sheet(name: string): FakeSheetView {
    return sheetView(this.model.requireSheet(name));
  }

  tables(): FakeTableView[] {
    return this.model.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, address: rectToA1(t.rect) }));
  }

  names(): FakeNameView[] {
    return this.model.names.map((n) => ({
      name: n.name,
      scope: n.scope?.name ?? null,
      formula: nameFormula(n),
    }));
  }

  /** Everything a user could see or rely on, as plain data: equal snapshots mean an unchanged workbook. */
  snapshot(): unknown {
    return {
      sheets: this.model.sheets.map((s) => {
        const view = sheetView(s);
        return {
          name: s.name,
          visibility: s.visibility,
          freezeRows: s.freezeRows,
          selection: rectToA1(s.selection),
          formulas: view.formulas(),
          cells: [...s.rows.entries()].sort(([a], [b]) => a - b),
          columnWidths: [...s.columnWidths.entries()].sort(([a], [b]) => a - b),
          validations: view.validations(),
          charts: view.charts(),
        };
      }),
      tables: this.tables(),
      names: this.names(),
      active: this.activeSheetName,
      enableEvents: this.model.enableEvents,
    };
  }
}

function spanOf(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const rows = Math.max(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.max(a.col + a.cols, b.col + b.cols) - col;
  return { row, col, rows, cols };
}

function sheetView(sheet: ModelSheet): FakeSheetView {
  const grid = (pick: (r: number, c: number) => FakeCellValue | null): (FakeCellValue | null)[][] => {
    const used = sheet.usedRect(true);
    const blank = used.rows === 1 && used.cols === 1 && pick(used.row, used.col) === null;
    if (blank) return [];
    const out: (FakeCellValue | null)[][] = [];
    for (let r = 0; r < used.row + used.rows; r++) {
      const row: (FakeCellValue | null)[] = [];
      for (let c = 0; c < used.col + used.cols; c++) row.push(pick(r, c));
      out.push(row);
    }
    return out;
  };
  const valueOrNull = (v: FakeCellValue): FakeCellValue | null => (v === "" ? null : v);
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    freezeRows: sheet.freezeRows,
    freezeCols: sheet.freezeCols,
    pageLayout: sheet.pageLayout,
    rowHeight: (row) => sheet.rowHeights.get(row - 1) ?? 15,
    usedAddress: rectToA1(sheet.usedRect(true)),
    values: () => grid((r, c) => valueOrNull(sheet.cell(r, c).value)),
    formulas: () =>
      grid((r, c) => {
        const cell = sheet.cell(r, c);
        return cell.formula ?? valueOrNull(cell.value);
      }),
    cell: (address) => {
      const rect = parseA1(address);
      return sheet.cell(rect.row, rect.col);
    },
    columnWidth: (column) => {
      const rect = parseA1(`${column}:${column}`);
      return sheet.columnWidths.get(rect.col) ?? DEFAULT_COLUMN_WIDTH_POINTS;
    },
    validations: () => sheet.validations.map((v) => ({ address: rectToA1(v.rect), rule: v.rule })),
    validationAt: (address) => validationCovering(sheet, address)?.rule ?? null,
    errorAlertAt: (address) => validationCovering(sheet, address)?.errorAlert ?? null,
    charts: () =>
      sheet.charts.map((c) => ({
        type: c.type,
        title: c.title,
        seriesBy: c.seriesBy,
        source: rectToA1(c.source),
        series: c.series.map((s) => ({
          name: s.name,
          values: s.values && rectToA1(s.values),
          xAxisValues: s.xAxisValues && rectToA1(s.xAxisValues),
        })),
        legend: { ...c.legend },
        valueAxisMinimum: c.valueAxisMinimum,
        position: c.position && rectToA1(spanOf(c.position.start, c.position.end)),
      })),
    conditionalFormats: () =>
      sheet.conditionalFormats.map(({ rect, ...rest }) => ({ address: rectToA1(rect), ...rest })),
  };
}

function validationCovering(sheet: ModelSheet, address: string): FakeValidation | undefined {
  const { row, col } = parseA1(address);
  return [...sheet.validations]
    .reverse()
    .find(
      (v) =>
        row >= v.rect.row &&
        row < v.rect.row + v.rect.rows &&
        col >= v.rect.col &&
        col < v.rect.col + v.rect.cols,
    );
}

/** A fake workbook seeded with sheets of values (dates become serial numbers). */
export function createFakeExcel(seed: FakeWorkbookSeed, limits: Partial<FakeLimits> = {}): FakeExcel {
  return FakeExcel.fromSeed(seed, limits);
}
