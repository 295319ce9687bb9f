import { cellResult, parseChartRange, type SheetPlan } from "../../../src/workbook/plan/types";
import { cellAddress } from "../../../src/workbook/sheetData";
import { plannedCells } from "../businesscase/planCells";

/** The values a plan writes into one chart range (a row or a column), in order; null for no cell. */
export function rangeValues(sheet: SheetPlan, address: string): unknown[] {
  const cells = plannedCells(sheet);
  const r = parseChartRange(address);
  const out: unknown[] = [];
  for (let i = 0; i < r.rows; i++)
    for (let j = 0; j < r.cols; j++) {
      const planned = cells.get(cellAddress(r.row + i, r.col + j));
      out.push(planned ? cellResult(planned.cell) : null);
    }
  return out;
}

/** The number format a plan gives the first cell of a range. */
export function rangeFormat(sheet: SheetPlan, address: string): string | null {
  const r = parseChartRange(address);
  return plannedCells(sheet).get(cellAddress(r.row, r.col))?.numberFormat ?? null;
}
