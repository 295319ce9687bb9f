import { FileWorkbookHost } from "../hosts/file/fileWorkbookHost";
import type { WorkbookPlan } from "../workbook/plan/types";
import { writeOutputFile, type OutputTarget } from "./outputFile";

/** Saves what was written through the host as the --out file (whole or not at all). */
export async function saveResult(target: OutputTarget, host: FileWorkbookHost): Promise<void> {
  await writeOutputFile(target, await host.save());
}

/**
 * The --out file: the input workbook's sheets, through the host they were read with, plus the
 * plan's sheets; without an input workbook, the plan's sheets alone. Returns the names the plan's
 * sheets got (" (2)" when the workbook had the name).
 */
export async function writeResult(
  target: OutputTarget,
  host: FileWorkbookHost | null,
  plan: WorkbookPlan,
): Promise<string[]> {
  // Only written and saved, never read back: big sheets can skip the in-memory model.
  const into = host ?? FileWorkbookHost.empty({ streamLargeSheets: true });
  const names = await into.writePlan(plan);
  await saveResult(target, into);
  return names;
}
