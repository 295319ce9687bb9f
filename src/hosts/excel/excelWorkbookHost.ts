import type { HostSheetInfo, WorkbookHost } from "../../workbook/workbookHost";
import type { WorkbookPlan } from "../../workbook/plan/types";
import type { SheetData } from "../../workbook/sheetData";
import { officeExcelApiSupport, runWithOfficeJs, type ExcelApiSupport, type ExcelRun } from "./excelRun";
import { readUsedRange } from "./readUsedRange";
import { writeWorkbookPlan } from "./writeWorkbookPlan";

export interface ExcelWorkbookHostOptions {
  /** Excel.run; FakeExcel's run in tests. */
  run?: ExcelRun;
  /** ExcelApi requirement-set check; Office.context.requirements by default. */
  supports?: ExcelApiSupport;
  /**
   * Upper bound of one sync's estimated request payload. Excel on the web rejects requests over
   * 5 MB; half of that leaves room for the estimate being off.
   */
  batchBudgetBytes?: number;
  /** Upper bound of rows per written block, the top of Microsoft's suggested 5k–20k. */
  maxRowsPerBlock?: number;
  /** Cells per read block; well under the 5,000,000-cell read limit and ~2.5 MB of JSON. */
  readBlockCells?: number;
}

export const DEFAULT_BATCH_BUDGET_BYTES = 2_500_000;
export const DEFAULT_MAX_ROWS_PER_BLOCK = 20_000;
export const DEFAULT_READ_BLOCK_CELLS = 200_000;

/** The workbook host inside Excel: every call is one named Excel.run that lets errors propagate. */
export class ExcelWorkbookHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private readonly run: ExcelRun;
  private readonly supports: ExcelApiSupport;
  private readonly batchBudgetBytes: number;
  private readonly maxRowsPerBlock: number;
  private readonly readBlockCells: number;

  constructor(options: ExcelWorkbookHostOptions = {}) {
    this.run = options.run ?? runWithOfficeJs;
    this.supports = options.supports ?? officeExcelApiSupport;
    this.batchBudgetBytes = options.batchBudgetBytes ?? DEFAULT_BATCH_BUDGET_BYTES;
    this.maxRowsPerBlock = options.maxRowsPerBlock ?? DEFAULT_MAX_ROWS_PER_BLOCK;
    this.readBlockCells = options.readBlockCells ?? DEFAULT_READ_BLOCK_CELLS;
  }

  listSheets(): Promise<string[]> {
    return this.run(async function listVisibleSheets(context) {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/position");
      await context.sync();
      return sheets.items
        .filter((s) => s.visibility === "Visible")
        .sort((a, b) => a.position - b.position)
        .map((s) => s.name);
    });
  }

  listAllSheets(): Promise<HostSheetInfo[]> {
    return this.run(async function listAllSheets(context) {
      const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/position");
      await context.sync();
      return sheets.items
        .sort((a, b) => a.position - b.position)
        .map((s) => ({ name: s.name, visibility: visibilityOf(s.visibility) }));
    });
  }

  async replaceSheets(
    plan: WorkbookPlan,
    replaced: readonly (string | null)[],
    onProgress?: (fraction: number) => void,
  ): Promise<string[]> {
    // New sheets first (all-or-nothing): until they are complete, the old ones stay untouched.
    const written = await this.writePlan(plan, onProgress);
    return this.run(async function swapOwnedSheets(context) {
      const old = written.map((_, i) => {
        const name = replaced[i];
        return name ? context.workbook.worksheets.getItemOrNullObject(name).load("name") : null;
      });
      await context.sync();
      const finalNames = [...written];
      written.forEach((newName, i) => {
        const sheet = old[i];
        if (!sheet || sheet.isNullObject) return;
        // Excel refuses to delete a very hidden sheet (office-js #365): hide it first.
        sheet.visibility = "Hidden";
        sheet.delete();
        // Renaming keeps the new sheet's chart and formula references pointing at it.
        context.workbook.worksheets.getItem(newName).name = sheet.name;
        finalNames[i] = sheet.name;
      });
      await context.sync();
      return finalNames;
    });
  }

  readSheet(name: string): Promise<SheetData> {
    const blockCells = this.readBlockCells;
    return this.run(function readSheet(context) {
      return readUsedRange(context, name, blockCells);
    });
  }

  writePlan(plan: WorkbookPlan, onProgress?: (fraction: number) => void): Promise<string[]> {
    return writeWorkbookPlan(
      plan,
      {
        run: this.run,
        supports: this.supports,
        budgetBytes: this.batchBudgetBytes,
        maxRowsPerBlock: this.maxRowsPerBlock,
      },
      onProgress,
    );
  }

  readTitles(names: readonly string[]): Promise<string[]> {
    return this.run(async function readTitles(context) {
      // One sync for every sheet's A1: the pane asks whenever the sheet list changes.
      const cells = names.map((n) => context.workbook.worksheets.getItem(n).getRange("A1").load("values"));
      await context.sync();
      return cells.map((c) => {
        const v: unknown = c.values[0]?.[0];
        return typeof v === "string" ? v.trim() : "";
      });
    });
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run(async function selectCell(context) {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }
}

function visibilityOf(v: Excel.SheetVisibility | `${Excel.SheetVisibility}`): HostSheetInfo["visibility"] {
  if (v === "VeryHidden") return "veryHidden";
  return v === "Hidden" ? "hidden" : "visible";
}
