import { Workbook, type Worksheet } from "@cj-tech-master/excelts";
import type { HostSheetInfo, WorkbookHost } from "../../workbook/workbookHost";
import type { WorkbookPlan } from "../../workbook/plan/types";
import { parseCellAddress, type SheetData } from "../../workbook/sheetData";
import { activateSheet } from "./activateSheet";
import { checkWrittenPackage } from "./checkWrittenPackage";
import { renumberLoadedDrawings } from "./renumberLoadedDrawings";
import { repairLoadedWorkbook } from "./repairLoadedWorkbook";
import { loadWorkbook } from "./readXlsx";
import { toCellValue } from "./toCellValue";
import { worksheetToSheetData } from "./worksheetData";
import { worksheetView } from "./worksheetView";
import type { SheetView } from "../../workbook/sheetView";
import { writePlanToWorkbook } from "./writePlan";
import { enableSheetTails, sheetTail, sheetTailsByName } from "./sheetTails";
import { spliceSheetTails } from "./spliceSheetTails";
import { loadWithSheetTails } from "./loadWithSheetTails";
import { loadLargeXlsx } from "./readLargeXlsx";
import type { XlsxSheet } from "./worksheetData";

export interface SaveOptions {
  /**
   * Written as the file's created/modified time and the zip entries' time instead of "now", so
   * the same workbook saves to the same bytes (the committed sample file does not churn).
   */
  timestamp?: Date;
}

export interface OpenOptions {
  /**
   * Big sheets (written plans, and the source's own) skip the in-memory model and are streamed
   * into the file at save (sheetTails.ts). For a workbook that is only written and saved (the
   * CLI): such sheets cannot be read back from the host.
   */
  streamLargeSheets?: boolean;
}

export interface CellSelection {
  sheet: string;
  cell: string;
}

/**
 * The workbook host of the browser page (and the CLI): an .xlsx file held in memory with ExcelTS.
 * Nothing leaves the machine; `save()` gives the bytes to download. Listeners hear about every
 * change (new sheets, a new selection) so the page's sheet viewer can redraw.
 */
export class FileWorkbookHost implements WorkbookHost {
  readonly kind = "file" as const;
  /** The cell the app last pointed the user at (an input error), for the sheet viewer to highlight. */
  selection: CellSelection | null = null;
  private readonly listeners = new Set<() => void>();

  private constructor(private readonly workbook: Workbook) {}

  /** Opens .xlsx bytes (a file the user picked). */
  static async open(data: ArrayBuffer | Uint8Array, options: OpenOptions = {}): Promise<FileWorkbookHost> {
    const loaded = options.streamLargeSheets ? await loadWithSheetTails(data) : await loadWorkbook(data);
    return new FileWorkbookHost(repairLoadedWorkbook(loaded));
  }

  /**
   * Opens .xlsx bytes whose sheets are read once and then copied with a result (the CLI): their
   * values (big sheets read from their XML), and a host on that same parse that writes the result,
   * its big sheets streamed at save as with `streamLargeSheets`.
   */
  static async openWithSheets(
    data: ArrayBuffer | Uint8Array,
  ): Promise<{ host: FileWorkbookHost; sheets: XlsxSheet[] }> {
    const { workbook, sheets } = await loadLargeXlsx(data);
    return { host: new FileWorkbookHost(repairLoadedWorkbook(workbook)), sheets };
  }

  /** A workbook with no sheets yet, for users who start from the template. */
  static empty(options: OpenOptions = {}): FileWorkbookHost {
    const workbook = new Workbook();
    if (options.streamLargeSheets) enableSheetTails(workbook);
    return new FileWorkbookHost(workbook);
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets
      .filter((ws) => (ws.state ?? "visible") === "visible")
      .map((ws) => ws.name);
  }

  async readSheet(name: string): Promise<SheetData> {
    return toSheetData(worksheetToSheetData(this.readableSheet(name)));
  }

  async readTitles(names: readonly string[]): Promise<string[]> {
    return names.map((name) => {
      const v = toCellValue(this.sheet(name).getCell("A1").value);
      return typeof v === "string" ? v.trim() : "";
    });
  }

  /** The first `maxRows` rows of a sheet's used range, for the page's sheet viewer. */
  async sheetPreview(name: string, maxRows: number): Promise<SheetData> {
    return toSheetData(worksheetToSheetData(this.readableSheet(name), maxRows));
  }

  /** A sheet with its formats, tables, conditional formats and charts, for the page's sheet viewer. */
  async sheetView(name: string): Promise<SheetView> {
    return worksheetView(this.readableSheet(name));
  }

  async writePlan(plan: WorkbookPlan, onProgress?: (fraction: number) => void): Promise<string[]> {
    const names = await writePlanToWorkbook(this.workbook, plan, onProgress);
    this.notify();
    return names;
  }

  async listAllSheets(): Promise<HostSheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state ?? "visible" }));
  }

  /**
   * ExcelTS keeps chart references as text, so renaming a new sheet would orphan its charts.
   * Instead the plan is first written into a scratch workbook (the same code, so a plan that would
   * fail fails there, before anything here changes), then the old sheets go and the plan is
   * written under their names.
   */
  async replaceSheets(
    plan: WorkbookPlan,
    replaced: readonly (string | null)[],
    onProgress?: (fraction: number) => void,
  ): Promise<string[]> {
    await writePlanToWorkbook(new Workbook(), plan);
    // The active tab is stored as an index, which removing a sheet before it would shift.
    const active = this.activeSheet();
    const sheets = plan.sheets.map((sheet, i) => {
      const name = replaced[i];
      const ws = name ? this.workbook.getWorksheet(name) : undefined;
      if (!ws) return sheet;
      // Charts loaded from the file live in the workbook, not the sheet: without this they would
      // be written on as orphan parts after the sheet is gone.
      for (const chart of ws.getCharts()) ws.removeChart(chart);
      this.workbook.removeWorksheet(ws.id);
      return { ...sheet, name: ws.name };
    });
    const names = await writePlanToWorkbook(this.workbook, { ...plan, sheets }, onProgress);
    const stillThere = active === null ? undefined : this.workbook.getWorksheet(active);
    if (stillThere && !plan.sheets.some((s) => s.activate)) activateSheet(this.workbook, stillThere);
    this.notify();
    return names;
  }

  /** The sheet the workbook opens on (its active tab), or null when the file does not say. */
  activeSheet(): string | null {
    const index = (this.workbook.views as typeof this.workbook.views | undefined)?.[0]?.activeTab;
    return index === undefined ? null : (this.workbook.worksheets[index]?.name ?? null);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const ws = this.sheet(sheet);
    if (!parseCellAddress(cell)) throw new Error(`"${cell}" is not a cell address.`);
    activateSheet(this.workbook, ws, cell);
    this.selection = { sheet: ws.name, cell };
    this.notify();
  }

  /** Subscribes to changes; returns the function that unsubscribes. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The workbook as .xlsx bytes. */
  async save(options: SaveOptions = {}): Promise<Uint8Array> {
    if (this.workbook.worksheets.length === 0) throw new Error("The workbook has no sheets to save.");
    const { timestamp } = options;
    if (timestamp) {
      this.workbook.created = timestamp;
      this.workbook.modified = timestamp;
    }
    renumberLoadedDrawings(this.workbook);
    // ExcelTS's own check only warns; checkWrittenPackage below refuses instead.
    const bytes = await this.workbook.xlsx.writeBuffer({
      validate: false,
      ...(timestamp ? { zip: { modTime: timestamp } } : {}),
    });
    // Node hands back a Buffer; callers get a plain Uint8Array in both runtimes.
    const saved = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const spliced = await spliceSheetTails(
      saved,
      sheetTailsByName(this.workbook),
      timestamp ? { modTime: timestamp } : {},
    );
    await checkWrittenPackage(spliced);
    return spliced;
  }

  private sheet(name: string): Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`The workbook has no sheet named "${name}".`);
    return ws;
  }

  /** A sheet whose every row is in the model: a streamed sheet's rows are not (sheetTails.ts). */
  private readableSheet(name: string): Worksheet {
    const ws = this.sheet(name);
    if (sheetTail(this.workbook, ws))
      throw new Error(`Sheet "${name}" is streamed at save and cannot be read.`);
    return ws;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Drops the file-only visibility field so callers get exactly the SheetData contract. */
function toSheetData(sheet: SheetData): SheetData {
  return { name: sheet.name, originRow: sheet.originRow, originCol: sheet.originCol, values: sheet.values };
}
