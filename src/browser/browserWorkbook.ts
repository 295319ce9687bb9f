import type { WorkbookHost } from "../workbook/workbookHost";
import type { SheetView } from "../workbook/sheetView";

/**
 * What the browser page needs from an open .xlsx on top of the app's WorkbookHost: a sheet as the
 * viewer draws it, the cell the app last selected, change notifications, and the bytes to save.
 * FileWorkbookHost provides it; tests use a fake.
 */
export interface BrowserWorkbook extends WorkbookHost {
  readonly selection: { sheet: string; cell: string } | null;
  sheetView(name: string): Promise<SheetView>;
  /** Subscribes to changes (new sheets, a new selection); returns the function that unsubscribes. */
  onChange(listener: () => void): () => void;
  save(): Promise<Uint8Array>;
  /** The sheet the workbook would open on (Excel's active sheet), when the host knows it. */
  activeSheet?(): string | null;
}

export type OpenWorkbook = (data: ArrayBuffer | Uint8Array) => Promise<BrowserWorkbook>;
