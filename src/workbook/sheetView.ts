import type { CellValue } from "./sheetData";

/**
 * A sheet as the page's viewer draws it, the way Excel would show it: each cell's value with its
 * number format and look, the column widths, the tables' banding, the conditional formats and the
 * charts. Cells are read on demand, so a 100,000-row sheet costs only the rows on screen.
 */
export interface SheetView {
  name: string;
  /** The last row and column that hold a value, a table or a chart (1-based; 0 for an empty sheet). */
  rowCount: number;
  colCount: number;
  /** Width per column in Excel's character units, index 0 being column A; undefined: the default. */
  columnWidths: readonly (number | undefined)[];
  /** Rows frozen at the top (headers that stay while the sheet scrolls). */
  frozenRows: number;
  /** Columns frozen at the left (the names of a wide heat map). */
  frozenCols: number;
  /** The cell at 1-based row and column; null when it is empty and unformatted. */
  cell(row: number, col: number): ViewCell | null;
  tables: readonly ViewTable[];
  conditionalFormats: readonly ViewConditionalFormat[];
  charts: readonly ViewChart[];
  /** Charts of kinds the viewer does not draw (pie, area, …), so it can say they are there. */
  undrawnCharts: number;
}

export interface ViewCell {
  /** As the engine reads it: dates are Excel serial numbers, formulas their cached result. */
  value: CellValue;
  /** Excel's number format code ("#,##0 \"kr.\"", "0.0%", "yyyy-mm-dd"); undefined: General. */
  format?: string;
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB". */
  fontColor?: string;
  fill?: string;
  /** Font size in points, when it differs from the sheet's 11. */
  size?: number;
  align?: "left" | "center" | "right";
}

/** A table's block of cells: Excel bands it with its table style. */
export interface ViewTable {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  headerRow: boolean;
  stripes: boolean;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellBlock {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Where a colour scale's end colour sits: the lowest or highest value, a number, or a percentile. */
export type ScaleStop = {
  kind: "min" | "max" | "number" | "percent" | "percentile";
  /** For number, percent and percentile. */
  value?: number;
  /** "#RRGGBB". */
  color: string;
};

/** Excel conditional formatting the viewer evaluates itself, from the cells' values. */
export type ViewConditionalFormat =
  | { kind: "colorScale"; blocks: CellBlock[]; stops: ScaleStop[] }
  | {
      kind: "cellIs";
      blocks: CellBlock[];
      operator: "lessThan" | "greaterThan" | "lessThanOrEqual" | "greaterThanOrEqual" | "equal" | "notEqual";
      /** The operand: a number, or a cell of the sheet (1-based) whose value is the operand. */
      operand: number | { row: number; col: number };
      fill?: string;
      fontColor?: string;
      bold?: boolean;
    };

export type ViewChartKind = "line" | "column" | "columnStacked" | "bar" | "scatter";

/** A chart with its numbers read from the cells its series point at. */
export interface ViewChart {
  kind: ViewChartKind;
  title: string;
  /** One per point: the category cells (or, for a scatter, the x cells) with their formats. */
  categories: ViewCell[];
  /** Each series' values, and the number format of its first number (the value axis's, as Excel links it). */
  series: { name: string; values: (number | null)[]; format?: string }[];
  /** Where the value axis starts, when the chart fixes it (costs compared side by side: 0). */
  valueAxisMin?: number;
}
