import type { Trip, Vehicle } from "../../core/model/types";
import type { SheetData } from "../sheetData";
import { TRIPS_SHEET } from "../schema/sheets";
import type { CellError } from "./cellError";
import { FieldReader } from "./fieldReaders";
import { locateTable, noRowsError, type ColumnMapping } from "./locateTable";
import { parseIdCell, parseTextCell } from "./cellParsers";
import { formatDateTime } from "../../core/time/naiveTime";

/**
 * No round trip of a municipal vehicle is this long: a larger number is a unit or column mistake
 * (metres, an odometer reading), which would otherwise price a fleet in billions. Trips between
 * 1,000 km and this are read, and `fleetopt check` lists them as implausible.
 */
export const MAX_TRIP_KM = 10_000;

export interface TripsRead {
  trips: Trip[];
  errors: CellError[];
  /** Field → 1-based sheet column of the table read (empty when no table was found). */
  columns: Record<string, number>;
}

/**
 * Reads and validates the Ture sheet: every round trip with start, end, km and the Bil id that
 * drove it. A trip of a vehicle missing from Køretøjer is an error, not silently dropped.
 */
export function readTrips(
  sheet: SheetData,
  vehicles: readonly Vehicle[],
  options: { rejectedIds?: ReadonlySet<string>; mapping?: ColumnMapping } = {},
): TripsRead {
  const { table, errors } = locateTable(sheet, TRIPS_SHEET, options.mapping);
  if (!table) return { trips: [], errors, columns: {} };
  const columns = table.columns;
  if (table.rows.length === 0) return { trips: [], errors: [noRowsError(table, TRIPS_SHEET)], columns };

  const byId = new Map(vehicles.map((v) => [v.id, v]));
  const f = new FieldReader(sheet.name);
  const trips: Trip[] = [];
  const rowOfTripId = new Map<string, number>();
  const rejected = options.rejectedIds ?? new Set<string>();
  for (const row of table.rows) {
    const c = row.cells;
    // The vehicle's row already has its error; its trips would only repeat it.
    const rowVehicle = parseIdCell(c.vehicleId.value);
    if (rowVehicle !== null && rejected.has(rowVehicle)) continue;
    const before = f.errors.length;
    const startMs = f.dateTime(c.start, "Starttid", true);
    const endMs = f.dateTime(c.end, "Sluttid", true);
    const distanceKm = f.number(c.distanceKm, "Turlængde", {
      required: true,
      min: 0,
      max: MAX_TRIP_KM,
      unit: "km",
    });
    const vehicleId = parseIdCell(c.vehicleId.value);
    if (vehicleId === null) f.missing(c.vehicleId, "Bil id");
    else if (!byId.has(vehicleId)) {
      f.add(
        c.vehicleId,
        {
          message: `Bil id ${vehicleId} is not in the vehicle sheet.`,
          fix: `Add vehicle ${vehicleId} to the vehicle sheet, or correct the id.`,
        },
        {
          message: `Bil id ${vehicleId} findes ikke på køretøjsarket.`,
          fix: `Tilføj køretøj ${vehicleId} på køretøjsarket, eller ret id'et.`,
        },
      );
    }
    if (startMs !== null && endMs !== null && endMs < startMs) {
      f.add(
        c.end,
        {
          message: `The trip ends (${formatDateTime(endMs)}) before it starts (${formatDateTime(startMs)}).`,
          fix: "Correct Starttid or Sluttid; they may have been swapped.",
        },
        {
          message: `Turen slutter (${formatDateTime(endMs)}) før den starter (${formatDateTime(startMs)}).`,
          fix: "Ret Starttid eller Sluttid; de kan være byttet om.",
        },
      );
    }
    const explicitId = c.tripId ? parseIdCell(c.tripId.value) : null;
    if (explicitId !== null) {
      const seen = rowOfTripId.get(explicitId);
      if (seen !== undefined && c.tripId) {
        f.add(
          c.tripId,
          {
            message: `Tur id ${explicitId} appears twice (also in row ${seen}).`,
            fix: "Give every trip its own Tur id, or delete the duplicate row.",
          },
          {
            message: `Tur id ${explicitId} findes to gange (også i række ${seen}).`,
            fix: "Giv hver tur sit eget Tur id, eller slet den dobbelte række.",
          },
        );
      }
      rowOfTripId.set(explicitId, row.row);
    }
    if (
      f.errors.length > before ||
      startMs === null ||
      endMs === null ||
      distanceKm === null ||
      vehicleId === null
    )
      continue;
    const location = parseTextCell(c.location?.value ?? null) || (byId.get(vehicleId)?.location ?? "");
    trips.push({
      id: explicitId ?? `R${row.row}`,
      startMs,
      endMs,
      distanceKm,
      vehicleId,
      location,
      sourceRow: row.row,
    });
  }
  return { trips, errors: f.errors, columns };
}
