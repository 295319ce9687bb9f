import type { CellValue, SheetData } from "../sheetData";
import { msToExcelSerial } from "../../core/time/naiveTime";
import type { PlanCell, PlanRange, WorkbookPlan } from "./types";

/** Column widths of an imported sheet, in characters, from the header text. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 40;

/**
 * An imported CSV as a new sheet: its rows as they are, the first one styled as a header row.
 * The host makes the name unique and legal ("GPS-punkter (2)"), so an import never overwrites.
 */
export function csvImportPlan(sheet: SheetData): WorkbookPlan {
  const [header, ...rows] = sheet.values.map((row) => row.map(toPlanCell));
  const ranges: PlanRange[] = [];
  if (header) ranges.push({ row: 1, col: 1, values: [header], style: "header" });
  if (rows.length) ranges.push({ row: 2, col: 1, values: rows });
  return {
    sheets: [
      {
        name: sheet.name,
        freezeRows: header ? 1 : undefined,
        columnWidths: header?.map((h) =>
          Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, String(h ?? "").length + 2)),
        ),
        ranges,
        tables: [],
        activate: true,
      },
    ],
  };
}

function toPlanCell(v: CellValue): PlanCell {
  return v instanceof Date ? msToExcelSerial(v.getTime()) : v;
}
