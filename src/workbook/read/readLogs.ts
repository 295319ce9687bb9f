import type { DriveLog } from "../../core/aggregation/types";
import { formatDateTime } from "../../core/time/naiveTime";
import type { SheetData } from "../sheetData";
import { LOGS_SHEET } from "../schema/sheets";
import type { CellError } from "./cellError";
import { FieldReader } from "./fieldReaders";
import type { LocatedCell } from "./locateTable";
import { parseIdCell } from "./cellParsers";
import { TableColumns, tooManyErrors } from "./tableColumns";

export interface LogsRead {
  logs: DriveLog[];
  errors: CellError[];
  /** 1-based sheet column of Bil id, to point at a vehicle's first row. */
  idColumn: number;
}

/**
 * Reads the Logninger sheet (product.md §5): Bil id · Starttid · Sluttid · start and end latitude
 * and longitude · Distance (km). Unreadable cells are errors; a (0, 0) or impossible position is
 * not: the aggregation drops such logs by its rules and reports how many.
 */
export function readLogs(sheet: SheetData): LogsRead {
  const { table, errors } = TableColumns.locate(sheet, LOGS_SHEET);
  if (!table) return { logs: [], errors, idColumn: 0 };
  const f = new FieldReader(sheet.name);
  const logs: DriveLog[] = [];
  for (const r of table.rowIndices()) {
    if (tooManyErrors(f)) break;
    const before = f.errors.length;
    const vehicleId = parseIdCell(table.value(r, "vehicleId"));
    if (vehicleId === null) f.missing(table.cell(r, "vehicleId"), "Bil id");
    const startMs = table.dateTime(f, r, "start", "Starttid", true);
    const endMs = table.dateTime(f, r, "end", "Sluttid", true);
    const startLat = table.number(f, r, "startLat", "Start breddegrad", { required: true, unit: "°" });
    const startLon = table.number(f, r, "startLon", "Start længdegrad", { required: true, unit: "°" });
    const endLat = table.number(f, r, "endLat", "Slut breddegrad", { required: true, unit: "°" });
    const endLon = table.number(f, r, "endLon", "Slut længdegrad", { required: true, unit: "°" });
    const distanceKm = table.number(f, r, "distanceKm", "Distance", { required: true, min: 0, unit: "km" });
    if (startMs !== null && endMs !== null && endMs < startMs) {
      f.add(
        table.cell(r, "end") as LocatedCell,
        {
          message: `The log ends (${formatDateTime(endMs)}) before it starts (${formatDateTime(startMs)}).`,
          fix: "Correct Starttid or Sluttid; they may have been swapped.",
        },
        {
          message: `Logningen slutter (${formatDateTime(endMs)}) før den starter (${formatDateTime(startMs)}).`,
          fix: "Ret Starttid eller Sluttid; de kan være byttet om.",
        },
      );
    }
    if (
      f.errors.length > before ||
      vehicleId === null ||
      startMs === null ||
      endMs === null ||
      startLat === null ||
      startLon === null ||
      endLat === null ||
      endLon === null ||
      distanceKm === null
    )
      continue;
    logs.push({
      vehicleId,
      startMs,
      endMs,
      startLat,
      startLon,
      endLat,
      endLon,
      distanceKm,
      sheet: sheet.name,
      sourceRow: table.sheetRow(r),
    });
  }
  const errorsOut = logs.length === 0 && f.errors.length === 0 ? [table.noRows(LOGS_SHEET)] : f.errors;
  return { logs, errors: errorsOut, idColumn: table.sheetColumn("vehicleId") };
}
