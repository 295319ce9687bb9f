import type { Workbook, Worksheet } from "@cj-tech-master/excelts";
import type { PlanCell, SheetPlan } from "../../workbook/plan/types";
import { splitLargeBlock, type SplitSheetPlan } from "./planTailXml";

/**
 * Rows kept out of ExcelTS's in-memory model and written straight into the sheet's XML at save.
 * A million-row sheet as ExcelTS cell objects takes gigabytes; as XML streamed into the zip it
 * takes a few megabytes at a time. The model keeps the rows above the tail, including one
 * "template" row whose cells ExcelTS styles, so the tail's cells reuse exactly those styles.
 */
export type SheetTail = PlanRowsTail | SourceRowsTail;

/** Plan rows (a big table's or range's body) below the template row. */
export interface PlanRowsTail {
  kind: "plan";
  /** The row written by ExcelTS whose cell styles, column by column, the tail repeats. */
  templateRow: number;
  col: number;
  /** The rows, the first at `templateRow + 1`. */
  rows: readonly (readonly PlanCell[])[];
  /** Cells per row to write (a table's header width), or null for every cell of a row. */
  width: number | null;
  /** The table whose ref must reach the tail's last row, by its final name. */
  table: string | null;
}

/** The body of a sheet loaded from the source file, copied from its XML (see sourceSheetTails). */
export interface SourceRowsTail {
  kind: "source";
  /** The row ExcelTS writes with one cell per style the tail uses; removed at save. */
  probeRow: number;
  /** The source's style indices, in the order of the probe row's cells. */
  probeStyles: readonly number[];
  /** The sheet's used range ("A1:H1000001") and its last row. */
  dimension: string;
  lastRow: number;
  /** The tail's rows as XML, source style indices still in place, shared strings inlined. */
  rowsXml: () => AsyncIterable<string>;
}

const tailsByWorkbook = new WeakMap<Workbook, Map<Worksheet, SheetTail>>();

/**
 * Lets large sheets of this workbook be written as tails. Off by default: a workbook whose sheets
 * are read back (the browser page's viewer, a CSV imported and then aggregated) needs every row
 * in the model; the CLI only writes and saves.
 */
export function enableSheetTails(workbook: Workbook): void {
  if (!tailsByWorkbook.has(workbook)) tailsByWorkbook.set(workbook, new Map());
}

export function sheetTailsEnabled(workbook: Workbook): boolean {
  return tailsByWorkbook.has(workbook);
}

export function setSheetTail(workbook: Workbook, ws: Worksheet, tail: SheetTail): void {
  const tails = tailsByWorkbook.get(workbook);
  if (!tails) throw new Error("Sheet tails are not enabled for this workbook.");
  if (tails.has(ws)) throw new Error(`Sheet "${ws.name}" already has a tail.`);
  tails.set(ws, tail);
}

export function sheetTail(workbook: Workbook, ws: Worksheet): SheetTail | undefined {
  return tailsByWorkbook.get(workbook)?.get(ws);
}

/** The tails of the sheets still in the workbook, by their current names. */
export function sheetTailsByName(workbook: Workbook): Map<string, SheetTail> {
  const tails = tailsByWorkbook.get(workbook);
  const byName = new Map<string, SheetTail>();
  if (!tails) return byName;
  for (const ws of workbook.worksheets) {
    const tail = tails.get(ws);
    if (tail) byName.set(ws.name, tail);
  }
  return byName;
}

/**
 * The part of a sheet plan to render into the model when its big block's body is streamed, or
 * null to render it all (tails off for this workbook, or no block big enough).
 */
export function splitForTail(workbook: Workbook, plan: SheetPlan): SplitSheetPlan | null {
  return sheetTailsEnabled(workbook) ? splitLargeBlock(plan) : null;
}

/** Registers the streamed body of a split sheet plan, its table under its final name. */
export function setPlanTail(
  workbook: Workbook,
  ws: Worksheet,
  split: SplitSheetPlan,
  tableNames: readonly string[],
): void {
  setSheetTail(workbook, ws, {
    kind: "plan",
    templateRow: split.templateRow,
    col: split.col,
    rows: split.rows,
    width: split.width,
    table: split.tableIndex === null ? null : tableNames[split.tableIndex],
  });
}
