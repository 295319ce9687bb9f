import type { GpsFix } from "../../core/aggregation/types";
import type { SheetData } from "../sheetData";
import { GPS_POINTS_SHEET } from "../schema/sheets";
import type { CellError } from "./cellError";
import { FieldReader } from "./fieldReaders";
import { describeCell, isEmptyCell, parseIdCell, parseTextCell } from "./cellParsers";
import type { LocatedCell } from "./locateTable";
import { TableColumns, tooManyErrors } from "./tableColumns";

export interface GpsPointsRead {
  fixes: GpsFix[];
  errors: CellError[];
  /** 1-based sheet column of Bil id. */
  idColumn: number;
}

const IGNITION_ON = new Set(["1", "true", "sand", "on", "til", "tændt", "ja", "yes", "ignition on"]);
const IGNITION_OFF = new Set(["0", "false", "falsk", "off", "fra", "slukket", "nej", "no", "ignition off"]);

/** Tænding as a cell may hold it: TRUE/FALSE, 1/0, til/fra, on/off, ja/nej; null when unreadable. */
export function parseIgnition(v: LocatedCell["value"]): boolean | null {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : null;
  const text = parseTextCell(v).toLowerCase();
  if (IGNITION_ON.has(text)) return true;
  if (IGNITION_OFF.has(text)) return false;
  return null;
}

/**
 * Reads the GPS-punkter sheet (product.md §5): Bil id · Tid · Breddegrad · Længdegrad, optional
 * Tænding and Kilometertæller (km). Rows may come in any order. A (0, 0) or impossible position is
 * left to the aggregation, which drops and counts it; an unreadable cell is an error.
 */
export function readGpsPoints(sheet: SheetData): GpsPointsRead {
  const { table, errors } = TableColumns.locate(sheet, GPS_POINTS_SHEET);
  if (!table) return { fixes: [], errors, idColumn: 0 };
  const f = new FieldReader(sheet.name);
  const fixes: GpsFix[] = [];
  const hasIgnition = table.has("ignition");
  const hasOdometer = table.has("odometerKm");
  for (const r of table.rowIndices()) {
    if (tooManyErrors(f)) break;
    const before = f.errors.length;
    const vehicleId = parseIdCell(table.value(r, "vehicleId"));
    if (vehicleId === null) f.missing(table.cell(r, "vehicleId"), "Bil id");
    const timeMs = table.dateTime(f, r, "time", "Tid", true);
    const lat = table.number(f, r, "lat", "Breddegrad", { required: true, unit: "°" });
    const lon = table.number(f, r, "lon", "Længdegrad", { required: true, unit: "°" });
    let ignition: boolean | null = null;
    if (hasIgnition) {
      const v = table.value(r, "ignition");
      ignition = isEmptyCell(v) ? null : parseIgnition(v);
      if (ignition === null && !isEmptyCell(v)) {
        const d = describeCell(v);
        f.add(
          table.cell(r, "ignition") as LocatedCell,
          {
            message: `"Tænding" must say on or off, but the cell holds ${d.en}.`,
            fix: "Use 1/0, TRUE/FALSE, on/off or til/fra.",
          },
          {
            message: `"Tænding" skal sige til eller fra, men cellen indeholder ${d.da}.`,
            fix: "Brug 1/0, SAND/FALSK, til/fra eller on/off.",
          },
        );
      }
    }
    const odometerKm =
      hasOdometer && !isEmptyCell(table.value(r, "odometerKm"))
        ? table.number(f, r, "odometerKm", "Kilometertæller", { min: 0, unit: "km" })
        : null;
    if (f.errors.length > before || vehicleId === null || timeMs === null || lat === null || lon === null)
      continue;
    fixes.push({
      vehicleId,
      timeMs,
      lat,
      lon,
      ignition,
      odometerKm,
      sheet: sheet.name,
      sourceRow: table.sheetRow(r),
    });
  }
  const errorsOut = fixes.length === 0 && f.errors.length === 0 ? [table.noRows(GPS_POINTS_SHEET)] : f.errors;
  return { fixes, errors: errorsOut, idColumn: table.sheetColumn("vehicleId") };
}
