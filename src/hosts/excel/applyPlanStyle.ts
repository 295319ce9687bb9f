import type { PlanStyle } from "../../workbook/plan/types";

/** The look of each plan style; colours are Excel's own theme tints so results feel native. */
export const PLAN_STYLE_FORMATS: Record<PlanStyle, StyleFormat> = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12 },
  header: { bold: true, fill: "#DDEBF7" },
  label: { bold: true },
  input: { fill: "#FFF2CC" },
  kpi: { bold: true },
  note: { italic: true, color: "#595959" },
  warning: { color: "#C00000" },
};

export interface StyleFormat {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  /** Font colour. */
  color?: string;
  /** Fill colour. */
  fill?: string;
}

/** Queues the format of a plan style on a range (one action per property, whatever the range size). */
export function applyPlanStyle(range: Excel.Range, style: PlanStyle): void {
  const f = PLAN_STYLE_FORMATS[style];
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.size !== undefined) range.format.font.size = f.size;
  if (f.color !== undefined) range.format.font.color = f.color;
  if (f.fill !== undefined) range.format.fill.color = f.fill;
}

/** How many actions applyPlanStyle queues, for the request size estimate. */
export function planStyleActionCount(style: PlanStyle): number {
  return Object.keys(PLAN_STYLE_FORMATS[style]).length;
}
