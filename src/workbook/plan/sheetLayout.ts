import { formatCellText } from "./formatCellText";
import { columnCells, planAlign } from "./planAlign";
import {
  cellResult,
  type PlanAlign,
  type PlanCell,
  type PlanColumnFormat,
  type PlanStyle,
  type SheetPlan,
} from "./types";

/** Widths in characters of the default font (Excel's column width unit). */
export const MIN_COLUMN_WIDTH = 6;
export const MAX_COLUMN_WIDTH = 80;
/** A header may wrap onto this many lines before its column is widened instead. */
export const MAX_HEADER_LINES = 3;
/** Room for the cell's own margins. */
const PADDING = 1.5;
/** A table header's filter button takes about two characters. */
const FILTER_BUTTON = 2;
/** Bold text runs wider than the regular digits the unit is measured in. */
const BOLD = 1.1;
const FONT_SCALE: Partial<Record<PlanStyle, number>> = { title: 14 / 11, subtitle: 12 / 11 };

/**
 * One rectangle of the sheet as the layout sees it: a range, or a table's header row and rows.
 * `header` rows are headers: they may wrap and take their column's alignment.
 */
export interface LayoutBlock {
  row: number;
  col: number;
  rows: readonly PlanCell[][];
  width: number;
  columns: readonly (PlanColumnFormat | undefined)[];
  /** How many of the first rows are headers (a table: 1; a range styled "header": all). */
  headerRows: number;
  style?: PlanStyle;
  table: boolean;
  minWidths?: readonly (number | undefined)[];
}

/** Ranges and tables of a sheet as blocks, in plan order. */
export function layoutBlocks(plan: SheetPlan): LayoutBlock[] {
  const blocks: LayoutBlock[] = plan.ranges.map((r) => ({
    row: r.row,
    col: r.col,
    rows: r.values,
    // Not Math.max(...): a million rows would overflow the call stack.
    width: r.values.reduce((w, v) => Math.max(w, v.length), 0),
    columns: r.columns ?? [],
    headerRows: r.style === "header" ? r.values.length : 0,
    style: r.style,
    table: false,
  }));
  for (const t of plan.tables) {
    blocks.push({
      row: t.row,
      col: t.col,
      rows: [t.columns.map((c) => c.header), ...t.rows],
      width: t.columns.length,
      columns: t.columns,
      headerRows: 1,
      table: true,
      minWidths: t.columns.map((c) => c.minWidth),
    });
  }
  return blocks;
}

/** Alignment of each column of a block, from its spec and its data rows (headers excluded). */
export function blockAlignments(block: LayoutBlock): PlanAlign[] {
  const data = block.rows.slice(block.headerRows);
  return Array.from({ length: block.width }, (_, c) => planAlign(block.columns[c], columnCells(data, c)));
}

export interface SheetLayout {
  /** Width in characters per sheet column from A (index 0); undefined: the spreadsheet's default. */
  columnWidths: (number | undefined)[];
  /** Sheet rows holding headers that wrap, with the number of lines the tallest one needs. */
  headerLines: Map<number, number>;
}

/**
 * Column widths that show every cell whole: numbers as their format prints them (a number too
 * wide for its column shows as ####), headers wrapped onto at most three lines, and text whose
 * right-hand neighbour is not empty (text next to an empty cell runs on into it, so a title or a
 * note does not widen its column). Widths stay between MIN_ and MAX_COLUMN_WIDTH; a column with
 * nothing that counts keeps the default width.
 */
export function sheetLayout(plan: SheetPlan): SheetLayout {
  const blocks = layoutBlocks(plan);
  const occupied = occupancy(blocks);
  const needed: number[] = [];
  const want = (col: number, width: number) => {
    if (width > (needed[col - 1] ?? 0)) needed[col - 1] = width;
  };
  const headerCells: { row: number; col: number; text: string; extra: number }[] = [];

  for (const block of blocks) {
    block.minWidths?.forEach((w, c) => w !== undefined && want(block.col + c, w));
    const scale = (block.style ? (FONT_SCALE[block.style] ?? 1) : 1) * (isBold(block.style) ? BOLD : 1);
    for (let c = 0; c < block.width; c++) {
      const col = block.col + c;
      const format = block.columns[c]?.format ?? null;
      const lastInBlock = c === block.width - 1;
      block.rows.forEach((values, r) => {
        const cell = values[c] ?? null;
        const row = block.row + r;
        if (r < block.headerRows) {
          const text = formatCellText(cell, format);
          if (text === "") return;
          const extra = block.table ? FILTER_BUTTON : 0;
          headerCells.push({ row, col, text, extra });
          want(col, wrapWidth(text, MAX_HEADER_LINES) * BOLD + PADDING + extra);
          return;
        }
        const value = cellResult(cell);
        if (value === null || value === "") return;
        const text = formatCellText(cell, format);
        if (typeof value === "number") {
          want(col, textWidth(text) * scale + PADDING);
          return;
        }
        const neighbour = lastInBlock ? occupied(row, col + 1) : !isEmpty(values[c + 1] ?? null);
        if (neighbour) want(col, textWidth(text) * scale + PADDING);
      });
    }
  }

  const columnWidths = needed.map((w) =>
    w === undefined ? undefined : round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, w))),
  );
  const headerLines = new Map<number, number>();
  for (const h of headerCells) {
    const width = columnWidths[h.col - 1] ?? MAX_COLUMN_WIDTH;
    const lines = wrapLines(h.text, (width - PADDING - h.extra) / BOLD).length;
    if (lines > 1) headerLines.set(h.row, Math.max(lines, headerLines.get(h.row) ?? 1));
  }
  return { columnWidths, headerLines };
}

function isBold(style: PlanStyle | undefined): boolean {
  return (
    style === "title" || style === "subtitle" || style === "header" || style === "label" || style === "kpi"
  );
}

function isEmpty(cell: PlanCell): boolean {
  const v = cellResult(cell);
  return v === null || v === "";
}

/** Whether another block has a non-empty cell at (row, col). */
function occupancy(blocks: readonly LayoutBlock[]): (row: number, col: number) => boolean {
  return (row, col) =>
    blocks.some((b) => {
      const r = row - b.row;
      const c = col - b.col;
      return r >= 0 && r < b.rows.length && c >= 0 && c < b.width && !isEmpty(b.rows[r][c] ?? null);
    });
}

/** Width of a text in characters of the default font; capitals run a little wider. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch >= "A" && ch <= "Z" ? 1.15 : 1;
  return w;
}

/** The lines a header wraps onto in a column `width` characters wide (a word never breaks). */
export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The narrowest width at which the text wraps onto at most `maxLines` lines. */
export function wrapWidth(text: string, maxLines: number): number {
  const words = text.split(/\s+/).filter((w) => w !== "");
  let width = Math.max(0, ...words.map(textWidth));
  const full = textWidth(text);
  while (width < full && wrapLines(text, width).length > maxLines) width += 0.5;
  return Math.min(width, full);
}

function round(w: number): number {
  return Math.ceil(w * 4) / 4;
}
