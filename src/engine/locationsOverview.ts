import { MS_PER_DAY } from "../core/model/constants";
import { locationsOf, tripDays } from "../core/scenario/runScenario";
import { formatIsoDate, parseIsoDate } from "../core/time/naiveTime";
import { readInputs } from "../workbook/read/readInputs";
import type { SheetData } from "../workbook/sheetData";
import type { EngineResult, InputSheets } from "./envelope";

export type { LocationUse, LocationsOverview } from "../workbook/plan/locationsOverviewTypes";
import type { LocationUse, LocationsOverview } from "../workbook/plan/locationsOverviewTypes";

/**
 * The locations side by side, as OS2's landing page shows them: vehicles, trips, km and how much
 * of the time the fleet is out, over the period (default: the data's first to last trip day).
 */
export function locationsOverview(
  sheets: readonly SheetData[],
  inputs: InputSheets,
  period: { fromDate: string | null; toDate: string | null },
): EngineResult<LocationsOverview> {
  const read = readInputs(sheets, inputs);
  if (!read.ok) return read;
  const { vehicles, trips } = read.value;
  const days = tripDays(trips);
  const fromMs = (period.fromDate ? parseIsoDate(period.fromDate) : null) ?? days?.firstMs ?? null;
  const toMs = (period.toDate ? parseIsoDate(period.toDate) : null) ?? days?.lastMs ?? null;
  const dayCount =
    fromMs === null || toMs === null ? 0 : Math.max(0, Math.round((toMs - fromMs) / MS_PER_DAY) + 1);
  const inPeriod = trips.filter(
    (t) => fromMs !== null && toMs !== null && t.startMs >= fromMs && t.startMs < toMs + MS_PER_DAY,
  );
  const locations = locationsOf(read.value).map((name): LocationUse => {
    const fleet = vehicles.filter((v) => v.location === name).length;
    const own = inPeriod.filter((t) => t.location === name);
    const km = own.reduce((sum, t) => sum + t.distanceKm, 0);
    const outMs = own.reduce((sum, t) => sum + (t.endMs - t.startMs), 0);
    const vehicleDays = fleet * dayCount;
    return {
      name,
      vehicles: fleet,
      trips: own.length,
      km,
      kmPerVehiclePerDay: vehicleDays > 0 ? km / vehicleDays : 0,
      shareOfTimeOut: vehicleDays > 0 ? outMs / (vehicleDays * MS_PER_DAY) : 0,
    };
  });
  locations.sort(
    (a, b) => a.shareOfTimeOut - b.shareOfTimeOut || a.kmPerVehiclePerDay - b.kmPerVehiclePerDay,
  );
  return {
    ok: true,
    value: {
      fromDate: fromMs === null ? null : formatIsoDate(fromMs),
      toDate: toMs === null ? null : formatIsoDate(toMs),
      days: dayCount,
      locations,
    },
  };
}
