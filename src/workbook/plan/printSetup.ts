import type { SheetPlan } from "./types";

/** Excel's default column width in characters. */
const DEFAULT_WIDTH = 8.43;
/**
 * What fits across a portrait A4 or Letter page at 100 %: about 17 cm between the default
 * margins, at 7 px (the width of a digit) per character.
 */
const PORTRAIT_CHARACTERS = 90;

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Pages across: always one, so no printout runs to a page per column. */
  fitToWidth: 1;
  /** Pages down: 0 = as many as it takes. */
  fitToHeight: 0;
  /** Rows repeated at the top of each page after them; null: none. */
  repeatRows: { first: number; last: number } | null;
}

/**
 * A sheet's print setup: the plan's choices, the rest filled in — landscape when the used columns
 * are wider than a portrait page, and the header row of the longest table repeated on every page
 * (a long table's pages can then be read on their own). The first page starts at A1, where every
 * sheet keeps its title and key figures.
 */
export function printSetupOf(plan: SheetPlan, columnWidths: readonly (number | undefined)[]): PrintSetup {
  const lastCol = Math.max(
    0,
    ...plan.ranges.map((r) => r.col - 1 + r.values.reduce((w, v) => Math.max(w, v.length), 0)),
    ...plan.tables.map((t) => t.col - 1 + t.columns.length),
  );
  let total = 0;
  for (let c = 0; c < lastCol; c++) total += columnWidths[c] ?? DEFAULT_WIDTH;
  const longest = [...plan.tables].sort((a, b) => b.rows.length - a.rows.length)[0];
  return {
    orientation: plan.print?.orientation ?? (total > PORTRAIT_CHARACTERS ? "landscape" : "portrait"),
    fitToWidth: 1,
    fitToHeight: 0,
    repeatRows: plan.print?.repeatRows ?? (longest ? { first: longest.row, last: longest.row } : null),
  };
}
