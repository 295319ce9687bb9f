import { readFile } from "node:fs/promises";
import { FileWorkbookHost } from "../hosts/file/fileWorkbookHost";
import { UnreadableWorkbookError, type XlsxSheet } from "../hosts/file/readXlsx";
import { UsageError } from "./cliArgs";

/** What simulate and search add when they are given CSV: the command that reads it. */
export const CSV_VIA_AGGREGATE = "or use `aggregate`, which reads CSV";

/** A workbook named on the command line, parsed once. */
export interface OpenedWorkbook {
  /** Every sheet's values, in tab order, with its visibility. */
  sheets: XlsxSheet[];
  /** The same parse, to write the `--out` copy through: the file's sheets plus the result's. */
  host: FileWorkbookHost;
}

/** The bytes of a file named on the command line; a usage error when it cannot be read. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * A workbook named on the command line, read once for both its inputs and the result copy; a
 * file that is not a readable workbook is a usage error (exit 2) of one line that names it, what
 * is wrong and what to do. `csvHint` completes the fix when the file turns out to be CSV text.
 */
export async function openWorkbookFile(path: string, csvHint?: string): Promise<OpenedWorkbook> {
  const data = await readInputFile(path);
  try {
    // Big sheets are read from their XML, not through ExcelTS's model (a million rows: gigabytes).
    return await FileWorkbookHost.openWithSheets(data);
  } catch (e) {
    if (!(e instanceof UnreadableWorkbookError)) throw e;
    const line = e.describe(path);
    throw new UsageError(e.csv && csvHint ? `${line}, ${csvHint}` : line);
  }
}
