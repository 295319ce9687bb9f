import { defaultParameterRows, inputSheetPlan } from "../../src/workbook/plan/templatePlan";
import type { PlanCell, WorkbookPlan } from "../../src/workbook/plan/types";
import { PARAMETERS_SHEET, TRIPS_SHEET, VEHICLES_SHEET } from "../../src/workbook/schema/sheets";
import { createRandom } from "./random";
import { buildSampleTrips, type SampleTrip } from "./sampleTrips";
import { buildSampleVehicles, dateSerial, type SampleVehicle } from "./sampleVehicles";

/** Fixed, so `npm run sample` writes the same workbook every time. */
export const SAMPLE_SEED = 20250303;
/** Excel serial of Monday 2025-03-03 00:00, the first minute of the sample period. */
export const PERIOD_START_SERIAL = dateSerial(2025, 3, 3);

export interface SampleData {
  vehicles: SampleVehicle[];
  trips: SampleTrip[];
}

/** The sample's content as plain data: a pure function of the seed. */
export function generateSampleData(seed = SAMPLE_SEED): SampleData {
  const random = createRandom(seed);
  const vehicles = buildSampleVehicles(random);
  const trips = buildSampleTrips(random, vehicles);
  return { vehicles, trips };
}

/** The sample workbook: Køretøjer, Ture and Parametre in the interchange format (product.md §5). */
export function samplePlan(data: SampleData): WorkbookPlan {
  const vehicleRows = data.vehicles.map((v) =>
    VEHICLES_SHEET.columns.map((col) => (v[col.field as keyof SampleVehicle] ?? null) as PlanCell),
  );
  const tripRows = data.trips.map((t) => {
    const cells: Record<string, PlanCell> = {
      start: minuteSerial(t.startMin),
      end: minuteSerial(t.endMin),
      distanceKm: t.distanceKm,
      vehicleId: t.vehicleId,
      location: t.location,
      tripId: t.tripId,
    };
    return TRIPS_SHEET.columns.map((col) => cells[col.field] ?? null);
  });
  return {
    sheets: [
      { ...inputSheetPlan(VEHICLES_SHEET, "da", vehicleRows), activate: true },
      inputSheetPlan(TRIPS_SHEET, "da", tripRows),
      inputSheetPlan(PARAMETERS_SHEET, "da", defaultParameterRows("da")),
    ],
  };
}

/** Whole minutes as an Excel serial; rounded to 1e-10 day so no float noise shows in the file. */
export function minuteSerial(minutes: number): number {
  return Math.round((PERIOD_START_SERIAL + minutes / 1440) * 1e10) / 1e10;
}
