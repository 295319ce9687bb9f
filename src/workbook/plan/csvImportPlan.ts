import type { CellValue, SheetData } from "../sheetData";
import { msToExcelSerial } from "../../core/time/naiveTime";
import type { PlanCell, PlanRange, WorkbookPlan } from "./types";
import { columnCells, planAlign } from "./planAlign";

/**
 * An imported CSV as a new sheet: its rows as they are, the first one styled as a header row.
 * The host makes the name unique and legal ("GPS-punkter (2)"), so an import never overwrites.
 */
export function csvImportPlan(sheet: SheetData): WorkbookPlan {
  const [header, ...rows] = sheet.values.map((row) => row.map(toPlanCell));
  const ranges: PlanRange[] = [];
  // Each header leans the way its column's values do, so it stands over them.
  const columns = (header ?? []).map((_, c) => ({ align: planAlign(undefined, columnCells(rows, c)) }));
  if (header) ranges.push({ row: 1, col: 1, values: [header], columns, style: "header" });
  if (rows.length) ranges.push({ row: 2, col: 1, values: rows, columns });
  return {
    sheets: [
      {
        name: sheet.name,
        freezeRows: header ? 1 : undefined,
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
