import {
  cellResult,
  type PlanCell,
  type PlanNumberValidation,
  type PlanStyle,
  type SheetPlan,
} from "../../../src/workbook/plan/types";
import { cellAddress, type CellValue, type SheetData } from "../../../src/workbook/sheetData";

export interface PlannedCell {
  cell: PlanCell;
  style?: PlanStyle;
  numberFormat: string | null;
  validation?: PlanNumberValidation;
}

/** Every cell a sheet plan writes (ranges and tables), by A1 address. */
export function plannedCells(sheet: SheetPlan): Map<string, PlannedCell> {
  const cells = new Map<string, PlannedCell>();
  for (const range of sheet.ranges) {
    range.values.forEach((row, r) =>
      row.forEach((cell, c) =>
        cells.set(cellAddress(range.row + r, range.col + c), {
          cell,
          style: range.style,
          numberFormat: range.columns?.[c]?.format ?? null,
          validation: range.numberValidation,
        }),
      ),
    );
  }
  for (const table of sheet.tables) {
    [table.columns.map((c) => c.header), ...table.rows].forEach((row, r) =>
      row.forEach((cell, c) =>
        cells.set(cellAddress(table.row + r, table.col + c), {
          cell,
          numberFormat: r === 0 ? null : (table.columns?.[c]?.format ?? null),
        }),
      ),
    );
  }
  return cells;
}

/** The sheet as a non-recalculating reader sees it (formulas as their results), from A1. */
export function sheetDataOf(sheet: SheetPlan, name = sheet.name): SheetData {
  const cells = plannedCells(sheet);
  const values: CellValue[][] = [];
  for (const [address, { cell }] of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    while (values.length < row) values.push([]);
    values[row - 1][col - 1] = cellResult(cell);
  }
  const width = Math.max(...values.map((r) => r.length));
  return {
    name,
    originRow: 1,
    originCol: 1,
    values: values.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
  };
}
