/**
 * Fake conditional formats, just enough for plan conditional formats (ExcelApi 1.6):
 * `range.conditionalFormats.add("ColorScale" | "CellValue")`, `colorScale.criteria`, and
 * `cellValue.rule` with `cellValue.format.fill.color` / `font.color`.
 */
import { FakeOfficeError, type ModelConditionalFormat } from "./fakeExcelModel";
import type { FakeRequestContext } from "./fakeExcelContext";
import { FakeClientObject, liveSheet } from "./fakeExcelProxyBase";
import type { RangeTarget } from "./fakeExcelRange";

const TYPES = new Set(["ColorScale", "CellValue"]);

export class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: () => RangeTarget | null,
  ) {}

  add(type: string): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      () => {
        if (!TYPES.has(type))
          throw new FakeOfficeError("InvalidArgument", `The fake has no conditional format type "${type}".`);
        const target = this.range();
        if (target === null) throw new FakeOfficeError("ItemNotFound", "The range doesn't exist.");
        const entry: ModelConditionalFormat = { rect: { ...target.rect }, type, rule: null, criteria: null };
        liveSheet(target.sheet).conditionalFormats.push(entry);
        return entry;
      },
      type.length + 16,
    );
  }
}

class FakeConditionalPart extends FakeClientObject<ModelConditionalFormat> {
  constructor(context: FakeRequestContext, typeName: string, resolver: () => ModelConditionalFormat | null) {
    super(context, typeName, resolver, false);
  }
  protected loadable(): Record<string, (t: ModelConditionalFormat) => unknown> {
    return {};
  }
  protected set(prop: string, value: unknown, run: (t: ModelConditionalFormat) => void): void {
    this.setField(prop, value, run);
  }
}

export class FakeConditionalFormat extends FakeClientObject<ModelConditionalFormat> {
  readonly colorScale: FakeColorScale;
  readonly cellValue: FakeCellValueFormat;

  constructor(context: FakeRequestContext, resolver: () => ModelConditionalFormat | null, bytes: number) {
    super(context, "ConditionalFormat", resolver, bytes);
    this.colorScale = new FakeColorScale(context, () => this.resolveTarget());
    this.cellValue = new FakeCellValueFormat(context, () => this.resolveTarget());
  }

  protected loadable(): Record<string, (t: ModelConditionalFormat) => unknown> {
    return { type: (t) => t.type };
  }
}

class FakeColorScale extends FakeConditionalPart {
  constructor(context: FakeRequestContext, resolver: () => ModelConditionalFormat | null) {
    super(context, "ColorScaleConditionalFormat", resolver);
  }
  set criteria(value: unknown) {
    this.set("criteria", value, (t) => {
      if (t.type !== "ColorScale")
        throw new FakeOfficeError("InvalidOperation", "colorScale belongs to a ColorScale format.");
      t.criteria = JSON.parse(JSON.stringify(value)) as unknown;
    });
  }
}

class FakeCellValueFormat extends FakeConditionalPart {
  readonly format: { fill: FakeColorHolder; font: FakeColorHolder };
  constructor(context: FakeRequestContext, resolver: () => ModelConditionalFormat | null) {
    super(context, "CellValueConditionalFormat", resolver);
    this.format = {
      fill: new FakeColorHolder(context, resolver, "fill"),
      font: new FakeColorHolder(context, resolver, "font"),
    };
  }
  set rule(value: unknown) {
    this.set("rule", value, (t) => {
      if (t.type !== "CellValue")
        throw new FakeOfficeError("InvalidOperation", "cellValue belongs to a CellValue format.");
      const rule = value as { formula1?: unknown; operator?: unknown };
      if (typeof rule.formula1 !== "string" || typeof rule.operator !== "string")
        throw new FakeOfficeError("InvalidArgument", "A cell-value rule needs formula1 and operator.");
      t.rule = { formula1: rule.formula1, operator: rule.operator };
    });
  }
}

class FakeColorHolder extends FakeConditionalPart {
  constructor(
    context: FakeRequestContext,
    resolver: () => ModelConditionalFormat | null,
    private readonly part: "fill" | "font",
  ) {
    super(context, "ConditionalRangeFormat", resolver);
  }
  set color(value: string) {
    this.set("color", value, (t) => {
      if (this.part === "fill") t.fillColor = value;
      else t.fontColor = value;
    });
  }
}
