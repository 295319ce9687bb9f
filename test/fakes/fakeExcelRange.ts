/**
 * Fake Range and its parts (format, font, fill, data validation). Writes accept a 2-D array of the
 * range's shape or one scalar for every cell, as office.js does; reads over the cell limit fail.
 */
import {
  DEFAULT_COLUMN_WIDTH_POINTS,
  FakeOfficeError,
  quoteSheetName,
  rectToA1,
  type FakeCellFormat,
  type FakeValidation,
  type ModelSheet,
  type Rect,
} from "./fakeExcelModel";
import type { FakeRequestContext } from "./fakeExcelContext";
import { FakeClientObject, liveSheet } from "./fakeExcelProxyBase";
import { FakeConditionalFormatCollection } from "./fakeExcelConditionalFormats";

export interface RangeTarget {
  sheet: ModelSheet;
  rect: Rect;
}

type CellProp = "values" | "formulas" | "numberFormat";

/**
 * Applies a 2-D array cell by cell, or a scalar to every cell (office.js accepts both); a 2-D array
 * of the wrong shape is rejected like Excel's InvalidArgument.
 */
function writeCells(target: RangeTarget, prop: CellProp, input: unknown): void {
  const { sheet, rect } = target;
  liveSheet(sheet);
  const cells = rect.rows * rect.cols;
  if (cells > 5_000_000)
    throw new FakeOfficeError(
      "InvalidArgument",
      "The fake does not write to more than 5,000,000 cells at once.",
    );
  const store = (r: number, c: number, v: unknown): void => {
    if (prop === "numberFormat") sheet.setNumberFormat(rect.row + r, rect.col + c, v);
    else sheet.setInput(rect.row + r, rect.col + c, v);
  };
  if (!Array.isArray(input)) {
    // null means "unchanged" only inside a 2-D array; as the whole value it is invalid.
    if (input === null || input === undefined)
      throw new FakeOfficeError("InvalidArgument", `null is not a valid input for range.${prop}.`);
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) store(r, c, input);
    return;
  }
  const shapeOk =
    input.length === rect.rows && input.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!shapeOk) {
    const got = `${input.length}x${Array.isArray(input[0]) ? input[0].length : "?"}`;
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array (${got}) doesn't match the size or dimensions of the range ` +
        `(${rect.rows}x${rect.cols}).`,
    );
  }
  for (let r = 0; r < rect.rows; r++) {
    const row = input[r] as unknown[];
    for (let c = 0; c < rect.cols; c++) store(r, c, row[c]);
  }
}

function readCells<V>(
  target: RangeTarget,
  limit: number,
  pick: (sheet: ModelSheet, r: number, c: number) => V,
): V[][] {
  const { sheet, rect } = target;
  liveSheet(sheet);
  if (rect.rows * rect.cols > limit)
    throw new FakeOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      `Reading ${rect.rows * rect.cols} cells exceeds the limit of ${limit} cells per read.`,
    );
  const out: V[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const row: V[] = [];
    for (let c = 0; c < rect.cols; c++) row.push(pick(sheet, rect.row + r, rect.col + c));
    out.push(row);
  }
  return out;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, resolver: () => RangeTarget | null) {
    super(context, "Range", resolver, 0);
    this.format = new FakeRangeFormat(context, () => this.resolveTarget());
    this.dataValidation = new FakeDataValidation(context, () => this.resolveTarget());
    this.conditionalFormats = new FakeConditionalFormatCollection(context, () => this.resolveTarget());
  }

  protected loadable(): Record<string, (t: RangeTarget) => unknown> {
    const limit = this.context.engine.limits.maxReadCells;
    return {
      address: (t) => `${quoteSheetName(liveSheet(t.sheet).name)}!${rectToA1(t.rect)}`,
      rowCount: (t) => t.rect.rows,
      columnCount: (t) => t.rect.cols,
      rowIndex: (t) => t.rect.row,
      columnIndex: (t) => t.rect.col,
      values: (t) => readCells(t, limit, (s, r, c) => s.cell(r, c).value),
      formulas: (t) =>
        readCells(t, limit, (s, r, c) => {
          const cell = s.cell(r, c);
          return cell.formula ?? cell.value;
        }),
      numberFormat: (t) => readCells(t, limit, (s, r, c) => s.cell(r, c).numberFormat),
    };
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.setField("values", input, (t) => writeCells(t, "values", input));
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.setField("formulas", input, (t) => writeCells(t, "formulas", input));
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.setField("numberFormat", input, (t) => writeCells(t, "numberFormat", input));
  }

  select(): void {
    this.act(undefined, (t) => {
      this.context.model.activate(liveSheet(t.sheet));
      t.sheet.selection = { ...t.rect };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolveTarget();
      if (t === null) return null;
      return { sheet: t.sheet, rect: { row: t.rect.row + row, col: t.rect.col + column, rows: 1, cols: 1 } };
    });
  }
}

function formatCells(target: RangeTarget, patch: FakeCellFormat): void {
  const { sheet, rect } = target;
  liveSheet(sheet);
  if (rect.rows * rect.cols > 5_000_000)
    throw new FakeOfficeError(
      "InvalidArgument",
      "The fake does not format whole columns or rows; use a bounded range.",
    );
  for (let r = 0; r < rect.rows; r++)
    for (let c = 0; c < rect.cols; c++) sheet.setFormat(rect.row + r, rect.col + c, patch);
}

abstract class FakeRangePart extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, typeName: string, range: () => RangeTarget | null) {
    super(context, typeName, range, false);
  }

  protected firstCell(t: RangeTarget): FakeCellFormat {
    return t.sheet.cell(t.rect.row, t.rect.col).format;
  }
}

export class FakeRangeFormat extends FakeRangePart {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;

  constructor(context: FakeRequestContext, range: () => RangeTarget | null) {
    super(context, "RangeFormat", range);
    this.font = new FakeRangeFont(context, range);
    this.fill = new FakeRangeFill(context, range);
  }

  protected loadable(): Record<string, (t: RangeTarget) => unknown> {
    return {
      columnWidth: (t) => t.sheet.columnWidths.get(t.rect.col) ?? DEFAULT_COLUMN_WIDTH_POINTS,
      horizontalAlignment: (t) => this.firstCell(t).horizontalAlignment ?? "General",
      wrapText: (t) => this.firstCell(t).wrapText ?? false,
      rowHeight: (t) => t.sheet.rowHeights.get(t.rect.row) ?? 15,
    };
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  /** Points, for every column of the range (whole-column ranges are fine here). */
  set columnWidth(points: number) {
    this.setField("columnWidth", points, (t) => {
      if (!(points >= 0 && points <= MAX_COLUMN_WIDTH_POINTS))
        throw new FakeOfficeError("InvalidArgument", `A column width of ${points} points is out of range.`);
      for (let c = 0; c < t.rect.cols; c++) liveSheet(t.sheet).columnWidths.set(t.rect.col + c, points);
    });
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    if (
      ![
        "General",
        "Left",
        "Center",
        "Right",
        "Fill",
        "Justify",
        "CenterAcrossSelection",
        "Distributed",
      ].includes(v)
    )
      throw new FakeOfficeError("InvalidArgument", `"${v}" is not a horizontal alignment.`);
    this.setField("horizontalAlignment", v, (t) => formatCells(t, { horizontalAlignment: v }));
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.setField("wrapText", v, (t) => formatCells(t, { wrapText: v }));
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  /** Points, for every row of the range. */
  set rowHeight(points: number) {
    this.setField("rowHeight", points, (t) => {
      if (!(points >= 0 && points <= 409))
        throw new FakeOfficeError("InvalidArgument", `A row height of ${points} points is out of range.`);
      for (let r = 0; r < t.rect.rows; r++) liveSheet(t.sheet).rowHeights.set(t.rect.row + r, points);
    });
  }

  autofitColumns(): void {
    this.act(undefined, (t) => {
      // No text metrics here: record that the columns were autofitted with a recognisable width.
      for (let c = 0; c < t.rect.cols; c++) liveSheet(t.sheet).columnWidths.set(t.rect.col + c, -1);
    });
  }
}

export class FakeRangeFont extends FakeRangePart {
  constructor(context: FakeRequestContext, range: () => RangeTarget | null) {
    super(context, "RangeFont", range);
  }

  protected loadable(): Record<string, (t: RangeTarget) => unknown> {
    return {
      bold: (t) => this.firstCell(t).bold ?? false,
      italic: (t) => this.firstCell(t).italic ?? false,
      size: (t) => this.firstCell(t).size ?? 11,
      color: (t) => this.firstCell(t).color ?? "#000000",
    };
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.setField("bold", v, (t) => formatCells(t, { bold: v }));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.setField("italic", v, (t) => formatCells(t, { italic: v }));
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.setField("size", v, (t) => formatCells(t, { size: v }));
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setField("color", v, (t) => formatCells(t, { color: v }));
  }
}

export class FakeRangeFill extends FakeRangePart {
  constructor(context: FakeRequestContext, range: () => RangeTarget | null) {
    super(context, "RangeFill", range);
  }

  protected loadable(): Record<string, (t: RangeTarget) => unknown> {
    return { color: (t) => this.firstCell(t).fill ?? "#FFFFFF" };
  }

  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setField("color", v, (t) => formatCells(t, { fill: v }));
  }
}

/** Excel's widest column, 255 characters, in points. */
const MAX_COLUMN_WIDTH_POINTS = 1342.5;

/** Excel limits a literal list source ("a,b,c") to 255 characters. */
const LIST_SOURCE_MAX_CHARS = 255;

const NUMBER_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

/** Excel refuses a decimal or whole-number rule without an operator, or a between without formula2. */
function checkNumberRule(rule: unknown): void {
  const r = rule as { decimal?: unknown; wholeNumber?: unknown } | null;
  for (const basic of [r?.decimal, r?.wholeNumber]) {
    if (basic === undefined) continue;
    const b = basic as { operator?: unknown; formula1?: unknown; formula2?: unknown };
    if (typeof b.operator !== "string" || !NUMBER_OPERATORS.includes(b.operator))
      throw new FakeOfficeError("InvalidArgument", `"${String(b.operator)}" is not a validation operator.`);
    if (b.formula1 === undefined || b.formula1 === "")
      throw new FakeOfficeError("InvalidArgument", "A number validation needs formula1.");
    const two = b.operator === "Between" || b.operator === "NotBetween";
    if (two !== (b.formula2 !== undefined))
      throw new FakeOfficeError("InvalidArgument", "formula2 belongs to Between and NotBetween only.");
  }
}

export class FakeDataValidation extends FakeRangePart {
  constructor(context: FakeRequestContext, range: () => RangeTarget | null) {
    super(context, "DataValidation", range);
  }

  protected loadable(): Record<string, (t: RangeTarget) => unknown> {
    return {
      errorAlert: (t) => this.covering(t)?.errorAlert ?? {},
      rule: (t) => this.covering(t)?.rule ?? {},
    };
  }

  /** The validation over the range's top-left cell (the last one set wins). */
  private covering(t: RangeTarget): FakeValidation | undefined {
    const { row, col } = t.rect;
    return [...t.sheet.validations]
      .reverse()
      .find(
        (v) =>
          row >= v.rect.row &&
          row < v.rect.row + v.rect.rows &&
          col >= v.rect.col &&
          col < v.rect.col + v.rect.cols,
      );
  }

  get rule(): unknown {
    return this.read("rule");
  }
  set rule(rule: unknown) {
    this.setField("rule", rule, (t) => {
      const list = (rule as { list?: { source?: unknown; inCellDropDown?: unknown } } | null)?.list;
      if (list) {
        if (typeof list.source !== "string" || list.source.length === 0)
          throw new FakeOfficeError("InvalidArgument", "A list validation needs a source.");
        if (list.source.length > LIST_SOURCE_MAX_CHARS)
          throw new FakeOfficeError(
            "InvalidArgument",
            "A list validation source is limited to 255 characters.",
          );
      }
      checkNumberRule(rule);
      liveSheet(t.sheet).validations.push({ rect: { ...t.rect }, rule: JSON.parse(JSON.stringify(rule)) });
    });
  }

  get errorAlert(): unknown {
    return this.read("errorAlert");
  }
  /** Attaches to the validation last set on exactly this range, as one DataValidation object holds both. */
  set errorAlert(alert: unknown) {
    this.setField("errorAlert", alert, (t) => {
      const own = [...liveSheet(t.sheet).validations]
        .reverse()
        .find(
          (v) =>
            v.rect.row === t.rect.row &&
            v.rect.col === t.rect.col &&
            v.rect.rows === t.rect.rows &&
            v.rect.cols === t.rect.cols,
        );
      if (!own)
        throw new FakeOfficeError("InvalidArgument", "The fake sets an error alert only after a rule.");
      own.errorAlert = JSON.parse(JSON.stringify(alert));
    });
  }

  clear(): void {
    this.act(undefined, (t) => {
      const r = t.rect;
      t.sheet.validations = t.sheet.validations.filter(
        (v) =>
          !(
            v.rect.row >= r.row &&
            v.rect.row + v.rect.rows <= r.row + r.rows &&
            v.rect.col >= r.col &&
            v.rect.col + v.rect.cols <= r.col + r.cols
          ),
      );
    });
  }
}
