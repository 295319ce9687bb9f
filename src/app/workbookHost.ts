import type { SheetData } from "../workbook/sheetData";
import type { WorkbookPlan } from "../workbook/plan/types";

/**
 * What the task pane needs from wherever the workbook lives. The Excel host implements it with
 * office.js; the browser page implements it over an .xlsx file held in memory. Components receive
 * a host through props/context and never touch Excel or files themselves.
 */
export interface WorkbookHost {
  readonly kind: "excel" | "file";
  /** Names of the visible worksheets, in tab order. */
  listSheets(): Promise<string[]>;
  /** The used range of one sheet as values (null for empty cells). */
  readSheet(name: string): Promise<SheetData>;
  /**
   * Writes every sheet of the plan as new sheets (unique names; never over an existing sheet) and
   * returns the names actually used, in plan order. All-or-nothing: on failure nothing remains.
   */
  writePlan(plan: WorkbookPlan, onProgress?: (fraction: number) => void): Promise<string[]>;
  /** Activates the sheet and selects the cell (used to show the user an input error). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * A1 of each named sheet as trimmed text ("" when A1 holds no text): how result sheets are
   * recognised, without reading whole sheets. Optional; callers fall back to `readSheet`.
   */
  readTitles?(names: readonly string[]): Promise<string[]>;
}
