import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeResultFile } from "../../src/hosts/file/writeWorkbookFile";
import type { PlanCell, WorkbookPlan } from "../../src/workbook/plan/types";
import { expectValidXlsx } from "./ooxmlValidation";

/** Writes sheets of plain rows (first row = header) to a real .xlsx file in a temp folder. */
export async function writeWorkbook(sheets: Record<string, PlanCell[][]>): Promise<string> {
  const plan: WorkbookPlan = {
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      ranges: [{ row: 1, col: 1, values: rows }],
      tables: [],
    })),
  };
  const dir = mkdtempSync(join(tmpdir(), "fleetopt-"));
  const path = join(dir, "book.xlsx");
  const bytes = await writeResultFile(null, plan);
  await expectValidXlsx(bytes, "A test input workbook");
  writeFileSync(path, bytes);
  return path;
}
