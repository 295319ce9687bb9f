import type { AddWorksheetOptions, Alignment, Worksheet } from "@cj-tech-master/excelts";
import { columnLetter } from "../../workbook/sheetData";
import { naturalAlign } from "../../workbook/plan/planAlign";
import { printSetupOf } from "../../workbook/plan/printSetup";
import type { SheetLayout } from "../../workbook/plan/sheetLayout";
import type { PlanAlign, PlanCell, SheetPlan } from "../../workbook/plan/types";

/** Points per line of the default font (Calibri 11), for a header row that wraps. */
export const POINTS_PER_LINE = 15;

/**
 * The new worksheet's options: frozen panes and the print setup (one page wide, as many down as
 * needed, the header row repeated), so both are in place before a cell is written.
 */
export function worksheetOptions(plan: SheetPlan, layout: SheetLayout): Partial<AddWorksheetOptions> {
  const rows = plan.freezeRows ?? 0;
  const cols = plan.freezeCols ?? 0;
  const print = printSetupOf(plan, layout.columnWidths);
  const repeat = print.repeatRows;
  return {
    state: plan.visibility ?? "visible",
    views:
      rows > 0 || cols > 0
        ? [
            {
              state: "frozen",
              xSplit: cols,
              ySplit: rows,
              topLeftCell: `${columnLetter(cols + 1)}${rows + 1}`,
            },
          ]
        : [],
    pageSetup: {
      orientation: print.orientation,
      fitToPage: true,
      fitToWidth: print.fitToWidth,
      fitToHeight: print.fitToHeight,
      ...(repeat ? { printTitlesRow: `${repeat.first}:${repeat.last}` } : {}),
    },
  };
}

/** Column widths and the height of each header row that wraps. */
export function applyColumnLayout(ws: Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((width, i) => {
    if (width !== undefined) ws.getColumn(i + 1).width = width;
  });
  for (const [row, lines] of layout.headerLines) ws.getRow(row).height = lines * POINTS_PER_LINE;
}

/** A header cell leans like its column and may wrap. */
export function headerAlignment(align: PlanAlign): Partial<Alignment> {
  return { horizontal: align, vertical: "bottom", wrapText: true };
}

/**
 * Whether a column's data cells need their alignment written: only when some value would lean the
 * other way by itself (a text in a column of numbers, an id that is a number). Then every cell of
 * the column gets it, so a big sheet's streamed rows, which copy the first row's styles, do too.
 */
export function needsExplicitAlign(cells: Iterable<PlanCell>, align: PlanAlign): boolean {
  for (const cell of cells) {
    const natural = naturalAlign(cell);
    if (natural !== null && natural !== align) return true;
  }
  return false;
}
