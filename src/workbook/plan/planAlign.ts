import { cellResult, type PlanAlign, type PlanCell, type PlanColumnFormat } from "./types";

/**
 * The alignment of a column: the plan's own choice, else right for a column with a number format
 * or only numbers in it (where a spreadsheet puts numbers anyway), else left. Hosts give the
 * header this alignment too, so a header stands over its numbers.
 */
export function planAlign(spec: PlanColumnFormat | undefined, cells: Iterable<PlanCell>): PlanAlign {
  if (spec?.align) return spec.align;
  if (spec?.format && spec.format !== "@") return "right";
  let numbers = 0;
  for (const cell of cells) {
    const v = cellResult(cell);
    if (v === null || v === "") continue;
    if (typeof v !== "number") return "left";
    numbers++;
  }
  return numbers > 0 ? "right" : "left";
}

/** Where a spreadsheet puts a value left to itself: numbers right, everything else left. */
export function naturalAlign(cell: PlanCell): PlanAlign | null {
  const v = cellResult(cell);
  if (v === null || v === "") return null;
  return typeof v === "number" ? "right" : "left";
}

/** The cells of one column of a block of rows. */
export function* columnCells(rows: readonly PlanCell[][], c: number): Generator<PlanCell> {
  for (const row of rows) yield row[c] ?? null;
}
