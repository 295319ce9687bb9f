import type { HomeLocation } from "../../core/aggregation/types";
import type { SheetData } from "../sheetData";
import { LOCATIONS_SHEET } from "../schema/sheets";
import type { CellError } from "./cellError";
import { FieldReader } from "./fieldReaders";
import { locateTable, noRowsError } from "./locateTable";
import { parseTextCell } from "./cellParsers";

export interface LocationsRead {
  /** In sheet order of first appearance; several rows of one name are its parking spots. */
  locations: HomeLocation[];
  errors: CellError[];
}

/** The key two spellings of one location share ("Nord " and "nord" are one location). */
export function locationKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Reads the Lokationer sheet (product.md §5): Lokation · Breddegrad · Længdegrad. Several rows with
 * the same name are extra parking spots of one location. Coordinates are WGS84 degrees.
 */
export function readLocations(sheet: SheetData): LocationsRead {
  const { table, errors } = locateTable(sheet, LOCATIONS_SHEET);
  if (!table) return { locations: [], errors };
  if (table.rows.length === 0) return { locations: [], errors: [noRowsError(table, LOCATIONS_SHEET)] };
  const f = new FieldReader(sheet.name);
  const byKey = new Map<string, HomeLocation>();
  for (const row of table.rows) {
    const c = row.cells;
    const name = parseTextCell(c.name.value);
    if (name === "") f.missing(c.name, "Lokation");
    const lat = f.number(c.lat, "Breddegrad", { required: true, min: -90, max: 90, unit: "°" });
    const lon = f.number(c.lon, "Længdegrad", { required: true, min: -180, max: 180, unit: "°" });
    if (lat === 0 && lon === 0) {
      f.add(
        c.lat,
        {
          message: `Location "${name}" lies at 0, 0 (in the Atlantic): the coordinates are missing.`,
          fix: "Enter the parking spot's latitude and longitude, e.g. 55.6761 and 12.5683.",
        },
        {
          message: `Lokationen "${name}" ligger i 0, 0 (i Atlanterhavet): koordinaterne mangler.`,
          fix: "Skriv p-pladsens bredde- og længdegrad, fx 55,6761 og 12,5683.",
        },
      );
      continue;
    }
    if (name === "" || lat === null || lon === null) continue;
    const key = locationKey(name);
    const location = byKey.get(key);
    if (location) location.spots.push({ lat, lon });
    else byKey.set(key, { name, spots: [{ lat, lon }] });
  }
  return { locations: [...byKey.values()], errors: f.errors };
}
