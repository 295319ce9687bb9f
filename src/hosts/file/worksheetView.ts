import { ValueType, type Color, type Workbook, type Worksheet } from "@cj-tech-master/excelts";
import type {
  CellBlock,
  ScaleStop,
  SheetView,
  ViewCell,
  ViewChart,
  ViewChartKind,
  ViewConditionalFormat,
  ViewTable,
} from "../../workbook/sheetView";
import { parseChartRange } from "../../workbook/plan/types";
import { parseCellAddress } from "../../workbook/sheetData";
import { toCellValue } from "./toCellValue";

/**
 * A worksheet as the browser page's viewer draws it (see SheetView). Cells are read from ExcelTS
 * when the viewer asks for them; formats, tables, conditional formats and charts are read once.
 * Charts are read back from the chart models ExcelTS holds (written by a plan or loaded from the
 * file), and their numbers from the cells their series point at, so the picture is the sheet's.
 */
export function worksheetView(ws: Worksheet): SheetView {
  const tables = readTables(ws);
  const extent = usedExtent(ws, tables);
  const frozen = ws.views?.find((v) => v.state === "frozen");
  const charts = readCharts(ws);
  return {
    name: ws.name,
    rowCount: extent.rows,
    colCount: extent.cols,
    columnWidths: Array.from({ length: extent.cols }, (_, i) => ws.getColumn(i + 1).width),
    frozenRows: frozen && "ySplit" in frozen ? (frozen.ySplit ?? 0) : 0,
    frozenCols: frozen && "xSplit" in frozen ? (frozen.xSplit ?? 0) : 0,
    cell: (row, col) => viewCell(ws, row, col),
    tables,
    conditionalFormats: readConditionalFormats(ws),
    charts,
    undrawnCharts: ws.getCharts().length - charts.length,
  };
}

/** The last row and column holding a value or a table, so formatting alone does not stretch the grid. */
function usedExtent(ws: Worksheet, tables: readonly ViewTable[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      if (cell.type === ValueType.Null) return;
      rows = Math.max(rows, rowNumber);
      cols = Math.max(cols, colNumber);
    });
  });
  for (const t of tables) {
    rows = Math.max(rows, t.bottom);
    cols = Math.max(cols, t.right);
  }
  return { rows, cols };
}

function viewCell(ws: Worksheet, row: number, col: number): ViewCell | null {
  const cell = ws.findCell(row, col);
  if (!cell) return null;
  // Excel shows a merged area's value once, in its top-left cell.
  const value = cell.type === ValueType.Merge ? null : toCellValue(cell.value);
  const view: ViewCell = { value };
  const numFmt = cell.numFmt;
  const format = typeof numFmt === "string" ? numFmt : numFmt?.formatCode;
  if (format && format !== "General") view.format = format;
  const font = cell.font;
  if (font?.bold) view.bold = true;
  if (font?.italic) view.italic = true;
  if (font?.size && font.size !== 11) view.size = font.size;
  const fontColor = rgb(font?.color);
  if (fontColor) view.fontColor = fontColor;
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const colour = rgb(fill.fgColor) ?? rgb(fill.bgColor);
    if (colour) view.fill = colour;
  }
  const horizontal = cell.alignment?.horizontal;
  if (horizontal === "left" || horizontal === "center" || horizontal === "right") view.align = horizontal;
  return view;
}

/** "#RRGGBB" from ExcelTS's ARGB; theme and indexed colours are left to the default look. */
function rgb(color: Partial<Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== "string" || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toUpperCase()}`;
}

function readTables(ws: Worksheet): ViewTable[] {
  return ws.getTables().flatMap((table) => {
    const model = table.model;
    const ref = model.tableRef ?? model.ref;
    const block = ref ? parseBlock(ref) : null;
    if (!block) return [];
    return [
      {
        ...block,
        headerRow: model.headerRow !== false,
        stripes: model.style?.showRowStripes !== false,
      },
    ];
  });
}

/** "A1:C9" (or one cell) as a block; null when it is not a plain A1 range. */
function parseBlock(ref: string): CellBlock | null {
  try {
    const r = parseChartRange(ref);
    return { top: r.row, left: r.col, bottom: r.row + r.rows - 1, right: r.col + r.cols - 1 };
  } catch {
    return null;
  }
}

const CELL_IS_OPERATORS = new Set([
  "lessThan",
  "greaterThan",
  "lessThanOrEqual",
  "greaterThanOrEqual",
  "equal",
  "notEqual",
]);

/**
 * The colour scales and cell-value rules Excel would paint, in Excel's priority order. Rules the
 * viewer cannot evaluate (formulas, data bars, icon sets) are left out: the cells then show
 * their own look, as in a reader that does not support them.
 */
function readConditionalFormats(ws: Worksheet): ViewConditionalFormat[] {
  const found: { priority: number; format: ViewConditionalFormat }[] = [];
  for (const cf of ws.conditionalFormattings ?? []) {
    const blocks = cf.ref
      .split(/\s+/)
      .map(parseBlock)
      .filter((b): b is CellBlock => b !== null);
    if (blocks.length === 0) continue;
    for (const rule of cf.rules) {
      const priority = rule.priority ?? Number.MAX_SAFE_INTEGER;
      if (rule.type === "colorScale") {
        const stops = (rule.cfvo ?? []).map((cfvo, i): ScaleStop | null => {
          const color = rgb(rule.color?.[i]);
          if (!color) return null;
          const kind =
            cfvo.type === "min" || cfvo.type === "autoMin"
              ? "min"
              : cfvo.type === "max" || cfvo.type === "autoMax"
                ? "max"
                : cfvo.type === "num"
                  ? "number"
                  : cfvo.type === "percent" || cfvo.type === "percentile"
                    ? cfvo.type
                    : null;
          const value = Number(cfvo.value);
          if (kind === null || (kind !== "min" && kind !== "max" && !Number.isFinite(value))) return null;
          return kind === "min" || kind === "max" ? { kind, color } : { kind, value, color };
        });
        if (stops.length >= 2 && stops.every((s) => s !== null))
          found.push({ priority, format: { kind: "colorScale", blocks, stops: stops as ScaleStop[] } });
        continue;
      }
      if (rule.type !== "cellIs" || !rule.operator || !CELL_IS_OPERATORS.has(rule.operator)) continue;
      const operand = parseOperand(rule.formulae?.[0]);
      if (operand === null) continue;
      const style = rule.style;
      const fill = rgb(
        style?.fill?.type === "pattern" ? (style.fill.bgColor ?? style.fill.fgColor) : undefined,
      );
      const fontColor = rgb(style?.font?.color);
      found.push({
        priority,
        format: {
          kind: "cellIs",
          blocks,
          operator: rule.operator as Extract<ViewConditionalFormat, { kind: "cellIs" }>["operator"],
          operand,
          ...(fill ? { fill } : {}),
          ...(fontColor ? { fontColor } : {}),
          ...(style?.font?.bold ? { bold: true } : {}),
        },
      });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((f) => f.format);
}

/** A cell-value rule's operand: a number, or a cell of the same sheet ("$B$10"); null otherwise. */
function parseOperand(formula: string | number | undefined): number | { row: number; col: number } | null {
  if (typeof formula === "number") return formula;
  if (formula === undefined) return null;
  const text = formula.trim().replace(/^=/, "");
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return Number(text);
  return parseCellAddress(text);
}

interface SeriesLike {
  tx?: {
    strRef?: { formula: string; cache?: { points: { index: number; value: string }[] } };
    value?: string;
  };
  cat?: DataSource;
  val?: DataSource;
  xVal?: DataSource;
  yVal?: DataSource;
}

interface DataSource {
  numRef?: { formula: string; cache?: { points: { index: number; value: number | null }[] } };
  strRef?: { formula: string; cache?: { points: { index: number; value: string }[] } };
}

/** The line, bar, column and scatter charts (the kinds the plans write); other kinds are counted only. */
function readCharts(ws: Worksheet): ViewChart[] {
  return ws.getCharts().flatMap((chart): ViewChart[] => {
    const groups = chart.chartModel ? chart.chartTypes : [];
    const first = groups[0];
    if (!first) return [];
    const kind = chartKind(first);
    const series = groups.flatMap((g) => g.series as SeriesLike[]);
    const title = chart.title ?? "";
    if (kind === null || series.length === 0) return [];
    const categorySource = kind === "scatter" ? series[0].xVal : series[0].cat;
    const categories = categorySource ? sourceCells(ws.workbook, ws.name, categorySource) : [];
    const min = chart.valueAxis?.scaling?.min;
    return [
      {
        kind,
        title,
        categories,
        series: series.map((s, i) => {
          const source = kind === "scatter" ? s.yVal : s.val;
          const values = source ? sourceCells(ws.workbook, ws.name, source) : [];
          const format = values.find((c) => typeof c.value === "number")?.format;
          return {
            name: seriesName(ws.workbook, ws.name, s) ?? `Series ${i + 1}`,
            values: values.map((c) => (typeof c.value === "number" ? c.value : null)),
            ...(format !== undefined ? { format } : {}),
          };
        }),
        ...(typeof min === "number" ? { valueAxisMin: min } : {}),
      },
    ];
  });
}

function chartKind(group: { type: string; barDir?: string; grouping?: string }): ViewChartKind | null {
  if (group.type === "bar" || group.type === "bar3D") {
    if (group.barDir === "bar") return "bar";
    return group.grouping === "stacked" ? "columnStacked" : "column";
  }
  if (group.type === "line" || group.type === "line3D") return "line";
  if (group.type === "scatter") return "scatter";
  return null;
}

function seriesName(workbook: Workbook, sheet: string, s: SeriesLike): string | undefined {
  if (s.tx?.value !== undefined) return s.tx.value;
  const ref = s.tx?.strRef;
  if (!ref) return undefined;
  const cells = referencedCells(workbook, sheet, ref.formula);
  const value = cells?.[0]?.value;
  if (value !== null && value !== undefined) return String(value);
  return ref.cache?.points[0]?.value;
}

/**
 * The cells a series range points at, read now: the chart shows what the sheet holds. A range
 * that names no sheet of this workbook falls back to the values the file cached with the chart.
 */
function sourceCells(workbook: Workbook, sheet: string, source: DataSource): ViewCell[] {
  const ref = source.numRef ?? source.strRef;
  if (!ref) return [];
  const cells = referencedCells(workbook, sheet, ref.formula);
  if (cells) return cells;
  const points = ref.cache?.points ?? [];
  const count = Math.max(0, ...points.map((p) => p.index + 1));
  const values: ViewCell[] = Array.from({ length: count }, () => ({ value: null }));
  for (const p of points) values[p.index] = { value: p.value };
  return values;
}

const QUALIFIED = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/;

function referencedCells(workbook: Workbook, sheet: string, formula: string): ViewCell[] | null {
  const m = QUALIFIED.exec(formula.trim());
  const sheetName = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : sheet;
  const ws = workbook.getWorksheet(sheetName);
  const block = parseBlock(m ? m[3] : formula);
  if (!ws || !block) return null;
  const cells: ViewCell[] = [];
  for (let row = block.top; row <= block.bottom; row++)
    for (let col = block.left; col <= block.right; col++)
      cells.push(viewCell(ws, row, col) ?? { value: null });
  return cells;
}
