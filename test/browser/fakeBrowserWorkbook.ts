import type { BrowserWorkbook } from "../../src/browser/browserWorkbook";
import type { SheetView } from "../../src/workbook/sheetView";
import type { CellValue, SheetData } from "../../src/workbook/sheetData";
import type { WorkbookPlan } from "../../src/workbook/plan/types";

/** An in-memory workbook with the file host's extras (selection, change listeners, save). */
export class FakeBrowserWorkbook implements BrowserWorkbook {
  readonly kind = "file" as const;
  selection: { sheet: string; cell: string } | null = null;
  saves = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly sheets: Map<string, CellValue[][]>) {}

  async listSheets(): Promise<string[]> {
    return [...this.sheets.keys()];
  }

  async readSheet(name: string): Promise<SheetData> {
    return this.sheetPreview(name, Infinity);
  }

  async sheetPreview(name: string, maxRows: number): Promise<SheetData> {
    const values = this.sheets.get(name);
    if (!values) throw new Error(`No sheet named ${name}`);
    return { name, originRow: 1, originCol: 1, values: values.slice(0, maxRows) };
  }

  /** The values as plain cells (General, no looks), from A1. */
  async sheetView(name: string): Promise<SheetView> {
    const values = this.sheets.get(name);
    if (!values) throw new Error(`No sheet named ${name}`);
    return {
      name,
      rowCount: values.length,
      colCount: Math.max(0, ...values.map((r) => r.length)),
      columnWidths: [],
      frozenRows: 0,
      frozenCols: 0,
      cell: (row, col) => {
        const value = values[row - 1]?.[col - 1] ?? null;
        return value === null ? null : { value };
      },
      tables: [],
      conditionalFormats: [],
      charts: [],
      undrawnCharts: 0,
    };
  }

  async writePlan(plan: WorkbookPlan): Promise<string[]> {
    for (const sheet of plan.sheets) this.sheets.set(sheet.name, [["KPI"]]);
    this.notify();
    return plan.sheets.map((s) => s.name);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell };
    this.notify();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async save(): Promise<Uint8Array> {
    this.saves++;
    return new Uint8Array([0x50, 0x4b, 3, 4]);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}

/** Køretøjer with a header and `vehicleRows` rows, and a small Ture sheet. */
export function aFakeWorkbook(vehicleRows = 3): FakeBrowserWorkbook {
  const vehicles: CellValue[][] = [["Bil id", "Mærke", "WLTP Fossil (km/l)", "Lokation"]];
  for (let i = 1; i <= vehicleRows; i++) vehicles.push([1000 + i, "Toyota", 20, "Rådhuset"]);
  return new FakeBrowserWorkbook(
    new Map([
      ["Køretøjer", vehicles],
      ["Ture", [["Starttid", "Sluttid", "Turlængde (km)", "Bil id"]]],
    ]),
  );
}
