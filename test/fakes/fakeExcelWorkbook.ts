/**
 * Fake workbook-level proxies: workbook, application, runtime, worksheets, tables and names.
 */
import {
  FakeOfficeError,
  checkRect,
  nameFormula,
  parseA1,
  type FakeVisibility,
  type ModelName,
  type ModelSheet,
  type ModelTable,
  type ModelWorkbook,
  type Rect,
} from "./fakeExcelModel";
import type { FakeRequestContext } from "./fakeExcelContext";
import {
  ACTION_ENVELOPE_BYTES,
  FakeClientObject,
  FakeCollection,
  jsonBytes,
  liveSheet,
} from "./fakeExcelProxyBase";
import { FakeRange, type RangeTarget } from "./fakeExcelRange";
import { FakeChartCollection } from "./fakeExcelCharts";

export class FakeWorkbook extends FakeClientObject<ModelWorkbook> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    super(context, "Workbook", () => context.model, false);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.names = new FakeNamedItemCollection(context, null);
    this.application = new FakeApplication(context);
  }

  protected loadable(): Record<string, (t: ModelWorkbook) => unknown> {
    return {};
  }
}

export class FakeApplication extends FakeClientObject<ModelWorkbook> {
  constructor(context: FakeRequestContext) {
    super(context, "Application", () => context.model, false);
  }

  protected loadable(): Record<string, (t: ModelWorkbook) => unknown> {
    return { calculationMode: () => "Automatic" };
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.act(undefined, () => {
      this.context.engine.stats.suspendScreenUpdating++;
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.act(undefined, () => {
      this.context.engine.stats.suspendApiCalculation++;
    });
  }

  calculate(calculationType: string): void {
    this.act(calculationType, () => {
      this.context.engine.stats.calculate++;
    });
  }
}

export class FakeRuntime extends FakeClientObject<ModelWorkbook> {
  constructor(context: FakeRequestContext) {
    super(context, "Runtime", () => context.model, false);
  }

  protected loadable(): Record<string, (t: ModelWorkbook) => unknown> {
    return { enableEvents: (t) => t.enableEvents };
  }

  get enableEvents(): boolean {
    return this.read("enableEvents");
  }

  set enableEvents(value: boolean) {
    this.setField("enableEvents", value, (t) => {
      t.enableEvents = value;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

function worksheetLoadable(model: ModelWorkbook): Record<string, (t: ModelSheet) => unknown> {
  return {
    name: (t) => t.name,
    id: (t) => t.id,
    visibility: (t) => t.visibility,
    position: (t) => model.sheets.indexOf(t),
  };
}

export class FakeWorksheetCollection extends FakeCollection<ModelSheet, FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection");
  }

  protected list(): ModelSheet[] {
    return [...this.context.model.sheets];
  }

  protected itemLoadable(): Record<string, (t: ModelSheet) => unknown> {
    return worksheetLoadable(this.context.model);
  }

  protected wrap(target: ModelSheet, fields: Map<string, unknown>): FakeWorksheet {
    return FakeWorksheet.bound(this.context, target, fields);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.requireSheet(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.findSheet(key) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const active = this.context.model.activeSheet;
      if (!active) throw new FakeOfficeError("ItemNotFound", "There is no active worksheet.");
      return active;
    });
  }

  add(name?: string): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(
      this.context,
      () => model.addSheet(name ?? model.nextDefaultSheetName()),
      name === undefined ? 0 : jsonBytes(name),
    );
  }
}

export class FakeWorksheet extends FakeClientObject<ModelSheet> {
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly charts: FakeChartCollection;

  constructor(
    context: FakeRequestContext,
    resolver: () => ModelSheet | null,
    creationBytes: number | false = 0,
  ) {
    super(context, "Worksheet", resolver, creationBytes);
    this.freezePanes = new FakeFreezePanes(context, () => this.resolveTarget());
    this.pageLayout = new FakePageLayout(context, () => this.resolveTarget());
    this.tables = new FakeTableCollection(context, this);
    this.names = new FakeNamedItemCollection(context, this);
    this.charts = new FakeChartCollection(context, () => this.resolveTarget());
  }

  static bound(context: FakeRequestContext, target: ModelSheet, fields: Map<string, unknown>): FakeWorksheet {
    const sheet = new FakeWorksheet(context, () => target, false);
    sheet.bindResolved(target);
    for (const [k, v] of fields) sheet.fields.set(k, v);
    return sheet;
  }

  protected loadable(): Record<string, (t: ModelSheet) => unknown> {
    return worksheetLoadable(this.context.model);
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.setField("name", value, (t) => this.context.model.renameSheet(liveSheet(t), value));
  }

  get id(): string {
    return this.read("id");
  }

  get position(): number {
    return this.read("position");
  }

  get visibility(): FakeVisibility {
    return this.read("visibility");
  }

  set visibility(value: FakeVisibility) {
    this.setField("visibility", value, (t) => this.context.model.setVisibility(liveSheet(t), value));
  }

  activate(): void {
    this.act(undefined, (t) => this.context.model.activate(liveSheet(t)));
  }

  delete(): void {
    this.act(undefined, (t) => this.context.model.deleteSheet(liveSheet(t)));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolveTarget();
      if (sheet === null) return null;
      return { sheet: liveSheet(sheet), rect: address === undefined ? fullSheet() : parseA1(address) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolveTarget();
      if (sheet === null) return null;
      const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      return { sheet: liveSheet(sheet), rect: checkRect(rect, JSON.stringify(rect)) };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolveTarget();
      if (sheet === null) return null;
      return { sheet: liveSheet(sheet), rect: liveSheet(sheet).usedRect(valuesOnly === true) };
    });
  }
}

function fullSheet(): Rect {
  return parseA1("A:XFD");
}

export class FakeFreezePanes {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => ModelSheet | null,
  ) {}

  freezeRows(count?: number): void {
    this.context.enqueue({
      bytes: ACTION_ENVELOPE_BYTES + 8,
      apply: () => {
        const sheet = this.sheet();
        if (sheet) liveSheet(sheet).freezeRows = count ?? 1;
      },
    });
  }

  freezeColumns(count?: number): void {
    this.context.enqueue({
      bytes: ACTION_ENVELOPE_BYTES + 8,
      apply: () => {
        const sheet = this.sheet();
        if (sheet) liveSheet(sheet).freezeCols = count ?? 1;
      },
    });
  }

  /** The top-left cells to freeze, as an A1 address starting at A1 (e.g. "A1:B4": 4 rows, 2 columns). */
  freezeAt(frozenRange: string): void {
    const rect = parseA1(frozenRange);
    if (rect.row !== 0 || rect.col !== 0)
      throw new FakeOfficeError("InvalidArgument", `The fake freezes from A1 only, not ${frozenRange}.`);
    this.context.enqueue({
      bytes: ACTION_ENVELOPE_BYTES + frozenRange.length,
      apply: () => {
        const sheet = this.sheet();
        if (!sheet) return;
        liveSheet(sheet).freezeRows = rect.rows;
        liveSheet(sheet).freezeCols = rect.cols;
      },
    });
  }

  unfreeze(): void {
    this.context.enqueue({
      bytes: ACTION_ENVELOPE_BYTES,
      apply: () => {
        const sheet = this.sheet();
        if (sheet) {
          liveSheet(sheet).freezeRows = 0;
          liveSheet(sheet).freezeCols = 0;
        }
      },
    });
  }
}

const PRINT_TITLE_ROWS = /^\$\d+:\$\d+$/;

/** Worksheet.pageLayout (ExcelApi 1.9): orientation, zoom (fit to pages) and print title rows. */
export class FakePageLayout {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => ModelSheet | null,
  ) {}

  private set(patch: Partial<ModelSheet["pageLayout"]>): void {
    this.context.enqueue({
      bytes: ACTION_ENVELOPE_BYTES + JSON.stringify(patch).length,
      apply: () => {
        const sheet = this.sheet();
        if (sheet) liveSheet(sheet).pageLayout = { ...liveSheet(sheet).pageLayout, ...patch };
      },
    });
  }

  set orientation(v: string) {
    if (v !== "Portrait" && v !== "Landscape")
      throw new FakeOfficeError("InvalidArgument", `"${v}" is not a page orientation.`);
    this.set({ orientation: v });
  }

  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.set({ zoom: { ...v } });
  }

  setPrintTitleRows(rows: string): void {
    if (!PRINT_TITLE_ROWS.test(rows))
      throw new FakeOfficeError("InvalidArgument", `Print title rows "${rows}" are not like "$5:$5".`);
    this.set({ printTitleRows: rows });
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

export class FakeTableCollection extends FakeCollection<ModelTable, FakeTable> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeWorksheet | null,
  ) {
    super(context, "TableCollection");
  }

  protected list(): ModelTable[] {
    const tables = this.context.model.tables;
    if (!this.sheet) return [...tables];
    const sheet = this.sheet.resolveTarget();
    return tables.filter((t) => t.sheet === sheet);
  }

  protected itemLoadable(): Record<string, (t: ModelTable) => unknown> {
    return tableLoadable();
  }

  protected wrap(target: ModelTable, fields: Map<string, unknown>): FakeTable {
    return FakeTable.bound(this.context, target, fields);
  }

  /** On a worksheet the address is local ("B2:D9"); on the workbook it names the sheet ("Data!B2:D9"). */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const model = this.context.model;
    return new FakeTable(
      this.context,
      () => {
        let target: RangeTarget;
        if (typeof address !== "string") {
          const resolved = address.resolveTarget();
          if (resolved === null)
            throw new FakeOfficeError("InvalidArgument", "The table range is a null object.");
          target = resolved;
        } else if (this.sheet) {
          const sheet = this.sheet.resolveTarget();
          if (sheet === null) throw new FakeOfficeError("ItemNotFound", "The worksheet doesn't exist.");
          target = { sheet, rect: parseA1(address) };
        } else {
          const bang = address.lastIndexOf("!");
          if (bang < 0)
            throw new FakeOfficeError("InvalidArgument", "A workbook table address needs a sheet name.");
          const sheetName = address
            .slice(0, bang)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
          target = { sheet: model.requireSheet(sheetName), rect: parseA1(address) };
        }
        if (!hasHeaders)
          throw new FakeOfficeError(
            "InvalidArgument",
            "The fake only models tables whose first row is the header.",
          );
        return model.addTable(liveSheet(target.sheet), target.rect);
      },
      jsonBytes(typeof address === "string" ? address : "range"),
    );
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, () => {
      const lower = key.toLowerCase();
      return this.list().find((t) => t.name.toLowerCase() === lower) ?? null;
    });
  }
}

function tableLoadable(): Record<string, (t: ModelTable) => unknown> {
  return {
    name: (t) => t.name,
    id: (t) => t.name,
  };
}

export class FakeTable extends FakeClientObject<ModelTable> {
  constructor(
    context: FakeRequestContext,
    resolver: () => ModelTable | null,
    creationBytes: number | false = 0,
  ) {
    super(context, "Table", resolver, creationBytes);
  }

  static bound(context: FakeRequestContext, target: ModelTable, fields: Map<string, unknown>): FakeTable {
    const table = new FakeTable(context, () => target, false);
    table.bindResolved(target);
    for (const [k, v] of fields) table.fields.set(k, v);
    return table;
  }

  protected loadable(): Record<string, (t: ModelTable) => unknown> {
    return tableLoadable();
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.setField("name", value, (t) => this.context.model.renameTable(t, value));
  }

  delete(): void {
    this.act(undefined, (t) => {
      this.context.model.tables = this.context.model.tables.filter((x) => x !== t);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Names

export class FakeNamedItemCollection extends FakeCollection<ModelName, FakeNamedItem> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeWorksheet | null,
  ) {
    super(context, "NamedItemCollection");
  }

  private scope(): ModelSheet | null {
    return this.sheet ? this.sheet.resolveTarget() : null;
  }

  protected list(): ModelName[] {
    const scope = this.scope();
    return this.context.model.names.filter((n) => n.scope === scope);
  }

  protected itemLoadable(): Record<string, (t: ModelName) => unknown> {
    return namedItemLoadable();
  }

  protected wrap(target: ModelName, fields: Map<string, unknown>): FakeNamedItem {
    return FakeNamedItem.bound(this.context, target, fields);
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      () => {
        const scope = this.scope();
        let entry: ModelName;
        if (typeof reference === "string") {
          entry = { name, scope, sheet: null, rect: null, formula: reference, comment: comment ?? "" };
        } else {
          const target = reference.resolveTarget();
          if (target === null)
            throw new FakeOfficeError("InvalidArgument", "The name refers to a null range.");
          entry = {
            name,
            scope,
            sheet: liveSheet(target.sheet),
            rect: { ...target.rect },
            formula: null,
            comment: comment ?? "",
          };
        }
        this.context.model.addName(entry);
        return entry;
      },
      jsonBytes([name, comment ?? ""]),
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const lower = name.toLowerCase();
      return this.list().find((n) => n.name.toLowerCase() === lower) ?? null;
    });
  }
}

function namedItemLoadable(): Record<string, (t: ModelName) => unknown> {
  return {
    name: (t) => t.name,
    formula: (t) => nameFormula(t),
    comment: (t) => t.comment,
    type: (t) => (t.formula === null ? "Range" : "String"),
  };
}

export class FakeNamedItem extends FakeClientObject<ModelName> {
  constructor(
    context: FakeRequestContext,
    resolver: () => ModelName | null,
    creationBytes: number | false = 0,
  ) {
    super(context, "NamedItem", resolver, creationBytes);
  }

  static bound(context: FakeRequestContext, target: ModelName, fields: Map<string, unknown>): FakeNamedItem {
    const item = new FakeNamedItem(context, () => target, false);
    item.bindResolved(target);
    for (const [k, v] of fields) item.fields.set(k, v);
    return item;
  }

  protected loadable(): Record<string, (t: ModelName) => unknown> {
    return namedItemLoadable();
  }

  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }

  delete(): void {
    this.act(undefined, (t) => this.context.model.deleteName(t));
  }
}
