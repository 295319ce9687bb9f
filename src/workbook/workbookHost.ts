import type { SheetData } from "./sheetData";
import type { WorkbookPlan } from "./plan/types";

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
  /**
   * Every sheet with its visibility, hidden and very hidden ones included, in tab order: how the
   * scenario registry finds its very hidden metadata sheet. Optional; without it (and without
   * `replaceSheets`) the registry and comparison sheet are skipped.
   */
  listAllSheets?(): Promise<HostSheetInfo[]>;
  /**
   * Writes the plan's sheets like `writePlan`, then deletes `replaced[i]` (when given and present)
   * and gives plan sheet i that name. Only for sheets the add-in owns, which the caller must have
   * checked; a user's sheet is never passed here. The write itself is all-or-nothing; if the swap
   * afterwards fails, the new sheets stay under their unique names and the old ones stay too.
   * Returns the final names in plan order.
   */
  replaceSheets?(
    plan: WorkbookPlan,
    replaced: readonly (string | null)[],
    onProgress?: (fraction: number) => void,
  ): Promise<string[]>;
}

export interface HostSheetInfo {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
}
