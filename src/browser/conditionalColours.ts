import type { CellValue } from "../workbook/sheetData";
import type { CellBlock, ScaleStop, ViewConditionalFormat } from "../workbook/sheetView";

/** What conditional formatting adds to a cell's own look. */
export interface ConditionalLook {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

type ValueAt = (row: number, col: number) => CellValue;

/**
 * Evaluates a sheet's conditional formats as Excel does and returns the look per cell, keyed
 * "row:col". A colour scale spreads its colours between the lowest and highest number of its
 * range (or the stops it names), mixed in RGB; a cell-value rule compares each number with its
 * operand, which may be another cell so that a threshold a user edits moves the highlight. Rules
 * later in the list do not paint over a colour an earlier one set, as Excel gives the first rule
 * priority. Only number cells are coloured, as in Excel.
 */
export function conditionalLooks(
  formats: readonly ViewConditionalFormat[],
  valueAt: ValueAt,
): Map<string, ConditionalLook> {
  const looks = new Map<string, ConditionalLook>();
  const add = (row: number, col: number, look: ConditionalLook) => {
    const key = `${row}:${col}`;
    const had = looks.get(key) ?? {};
    looks.set(key, {
      fill: had.fill ?? look.fill,
      fontColor: had.fontColor ?? look.fontColor,
      bold: had.bold ?? look.bold,
    });
  };
  for (const cf of formats) {
    const cells = numberCells(cf.blocks, valueAt);
    if (cf.kind === "colorScale") {
      const scale = colourScale(
        cf.stops,
        cells.map((c) => c.value),
      );
      if (!scale) continue;
      for (const c of cells) add(c.row, c.col, { fill: scale(c.value) });
      continue;
    }
    const operand = typeof cf.operand === "number" ? cf.operand : valueAt(cf.operand.row, cf.operand.col);
    // Excel compares with an empty operand as 0; a text operand never matches a number.
    const threshold = operand === null ? 0 : typeof operand === "number" ? operand : null;
    if (threshold === null) continue;
    for (const c of cells)
      if (compare(c.value, cf.operator, threshold))
        add(c.row, c.col, { fill: cf.fill, fontColor: cf.fontColor, bold: cf.bold });
  }
  return looks;
}

function numberCells(blocks: readonly CellBlock[], valueAt: ValueAt) {
  const cells: { row: number; col: number; value: number }[] = [];
  for (const b of blocks)
    for (let row = b.top; row <= b.bottom; row++)
      for (let col = b.left; col <= b.right; col++) {
        const value = valueAt(row, col);
        if (typeof value === "number" && Number.isFinite(value)) cells.push({ row, col, value });
      }
  return cells;
}

function compare(
  value: number,
  operator: Extract<ViewConditionalFormat, { kind: "cellIs" }>["operator"],
  operand: number,
): boolean {
  switch (operator) {
    case "lessThan":
      return value < operand;
    case "greaterThan":
      return value > operand;
    case "lessThanOrEqual":
      return value <= operand;
    case "greaterThanOrEqual":
      return value >= operand;
    case "equal":
      return value === operand;
    case "notEqual":
      return value !== operand;
  }
}

/**
 * The colour for each value of a colour scale of two or three stops; null when the range holds no
 * number. Each stop's position is resolved against the range's values first, as Excel does.
 */
export function colourScale(
  stops: readonly ScaleStop[],
  values: readonly number[],
): ((value: number) => string) | null {
  if (values.length === 0 || stops.length < 2) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const points = stops
    .map((stop) => ({ at: stopValue(stop, sorted, min, max), rgb: parseHex(stop.color) }))
    .sort((a, b) => a.at - b.at);
  return (value) => {
    if (value <= points[0].at) return toHex(points[0].rgb);
    for (let i = 1; i < points.length; i++) {
      const lo = points[i - 1];
      const hi = points[i];
      if (value <= hi.at) {
        const t = hi.at === lo.at ? 1 : (value - lo.at) / (hi.at - lo.at);
        return toHex(lo.rgb.map((c, k) => c + (hi.rgb[k] - c) * t));
      }
    }
    return toHex(points[points.length - 1].rgb);
  };
}

function stopValue(stop: ScaleStop, sorted: readonly number[], min: number, max: number): number {
  switch (stop.kind) {
    case "min":
      return min;
    case "max":
      return max;
    case "number":
      return stop.value ?? min;
    case "percent":
      return min + ((max - min) * (stop.value ?? 0)) / 100;
    case "percentile":
      return percentile(sorted, (stop.value ?? 0) / 100);
  }
}

/** Excel's PERCENTILE.INC: linear between the two nearest ranks. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.min(Math.max(p, 0), 1) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
}

function parseHex(hex: string): number[] {
  const h = hex.replace(/^#/, "");
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0").toUpperCase()).join("")}`;
}
