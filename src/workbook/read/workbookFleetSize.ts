import type { SheetData } from "../sheetData";
import { SCENARIO_LABELS } from "../plan/scenarioLabels";
import { VEHICLES_SHEET } from "../schema/sheets";
import { sheetTitle } from "./cellValueAt";
import { proposeInputSheetsFromData } from "./readInputs";
import { readVehicles } from "./readVehicles";

export interface WorkbookFleetSize {
  vehicles: number;
  /** The locations counted; empty when every vehicle with a Lokation counts. */
  locations: string[];
}

/**
 * How many vehicles the workbook's fleet has, for the business case's "vehicles in the fleet":
 * the vehicles with a Lokation on the vehicle sheet (a vehicle without one is a candidate, not
 * part of today's fleet), or, for a linked scenario, those of its location (each of them when it
 * pooled several, "Nord + Syd"). Rows the reader refuses still count: they are vehicles. Null when
 * the workbook has no vehicle sheet.
 */
export function workbookFleetSize(
  sheets: readonly SheetData[],
  scenarioSheet: SheetData | null,
): WorkbookFleetSize | null {
  const name = proposeInputSheetsFromData(sheets).vehicles;
  const sheet = name ? sheets.find((s) => s.name === name) : undefined;
  if (!sheet) return null;
  const read = readVehicles(sheet, VEHICLES_SHEET);
  if (read.vehicles.length === 0 && read.rejectedIds.size === 0) return null;
  const fleet = read.vehicles.filter((v) => v.location !== "");
  const known = new Set(fleet.map((v) => v.location));
  const scenarioLocation = scenarioSheet ? locationOfScenario(scenarioSheet) : null;
  const locations =
    scenarioLocation === null
      ? []
      : known.has(scenarioLocation)
        ? [scenarioLocation]
        : scenarioLocation.split(" + ").filter((l) => known.has(l));
  if (locations.length === 0) return { vehicles: fleet.length + read.rejectedIds.size, locations: [] };
  return { vehicles: fleet.filter((v) => locations.includes(v.location)).length, locations };
}

/** The location a scenario sheet's title names ("FleetOptimiser simulation: Nord"). */
function locationOfScenario(sheet: SheetData): string | null {
  const title = sheetTitle(sheet);
  for (const labels of Object.values(SCENARIO_LABELS)) {
    const prefix = labels.title("");
    if (title.startsWith(prefix) && title.length > prefix.length) return title.slice(prefix.length).trim();
  }
  return null;
}
