import type { ConditionalLook } from "./conditionalColours";
import type { ViewCell, ViewTable } from "../workbook/sheetView";

/** What a grid cell is drawn with. Colours are "#RRGGBB". */
export interface CellLook {
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
}

/**
 * TableStyleMedium2, the style the plans give their tables (and Excel's default): a blue header
 * with white bold text and light blue bands on every other data row.
 */
const TABLE_HEADER_FILL = "#4472C4";
const TABLE_HEADER_TEXT = "#FFFFFF";
const TABLE_BAND_FILL = "#D9E1F2";

/** The table a cell belongs to, if any. */
export function tableAt(tables: readonly ViewTable[], row: number, col: number): ViewTable | undefined {
  return tables.find((t) => row >= t.top && row <= t.bottom && col >= t.left && col <= t.right);
}

/**
 * A cell's look in Excel's order of precedence: conditional formatting over the cell's own fill
 * and font, over its table's style. Text colours too faint for their background (the notes'
 * grey on white) are darkened just enough to be readable (WCAG AA, 4.5:1), which Excel does not
 * need to do, but a page that everyone must be able to read does.
 */
export function cellLook(
  cell: ViewCell | null,
  table: ViewTable | undefined,
  row: number,
  conditional: ConditionalLook | undefined,
): CellLook {
  const look: CellLook = {};
  if (table) {
    const headerRow = table.headerRow ? table.top : -1;
    if (row === headerRow) {
      look.fill = TABLE_HEADER_FILL;
      look.color = TABLE_HEADER_TEXT;
      look.bold = true;
    } else if (table.stripes && (row - table.top - (table.headerRow ? 1 : 0)) % 2 === 0) {
      look.fill = TABLE_BAND_FILL;
    }
  }
  if (cell) {
    if (cell.fill) look.fill = cell.fill;
    if (cell.fontColor) look.color = cell.fontColor;
    if (cell.bold) look.bold = true;
    if (cell.italic) look.italic = true;
    if (cell.size) look.size = cell.size;
  }
  if (conditional) {
    if (conditional.fill) look.fill = conditional.fill;
    if (conditional.fontColor) look.color = conditional.fontColor;
    if (conditional.bold) look.bold = true;
  }
  if (look.color) look.color = readableOn(look.color, look.fill ?? "#FFFFFF");
  return look;
}

/** The text colour itself when it reads well on the background, else the same hue darkened or lightened until it does. */
export function readableOn(text: string, background: string): string {
  const bg = luminance(background);
  let rgb = channels(text);
  for (let step = 0; step < 20 && contrast(luminance(toHex(rgb)), bg) < 4.5; step++) {
    // Towards black on light backgrounds, towards white on dark ones.
    rgb = bg > 0.18 ? rgb.map((c) => c * 0.9) : rgb.map((c) => c + (255 - c) * 0.1);
  }
  return toHex(rgb);
}

/** WCAG contrast ratio of two relative luminances. */
export function contrast(a: number, b: number): number {
  const [hi, lo] = a > b ? [a, b] : [b, a];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG relative luminance of "#RRGGBB". */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function channels(hex: string): number[] {
  const h = hex.replace(/^#/, "");
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase()}`;
}
