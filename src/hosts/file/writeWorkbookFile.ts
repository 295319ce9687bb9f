import type { WorkbookPlan } from "../../workbook/plan/types";
import { FileWorkbookHost, type SaveOptions } from "./fileWorkbookHost";

export interface ResultWorkbook {
  bytes: Uint8Array;
  /** The names the plan's sheets got, in plan order (" (2)" when the source had the name). */
  sheetNames: string[];
}

/**
 * The CLI's output: the source workbook's sheets plus the plan's sheets, as the bytes of a NEW
 * file. The CLI never rewrites a user's file in place; the caller writes these bytes elsewhere.
 * With no source, the file holds only the plan's sheets.
 */
export async function writeResultWorkbook(
  sourceData: Uint8Array | null,
  plan: WorkbookPlan,
  options: SaveOptions = {},
): Promise<ResultWorkbook> {
  // Only written and saved, never read back: big sheets can skip the in-memory model.
  const streaming = { streamLargeSheets: true };
  const host = sourceData
    ? await FileWorkbookHost.open(sourceData, streaming)
    : FileWorkbookHost.empty(streaming);
  const sheetNames = await host.writePlan(plan);
  return { bytes: await host.save(options), sheetNames };
}

export async function writeResultFile(
  sourceData: Uint8Array | null,
  plan: WorkbookPlan,
  options: SaveOptions = {},
): Promise<Uint8Array> {
  return (await writeResultWorkbook(sourceData, plan, options)).bytes;
}
