import { BIKE_SETTING_KEYS, type InputOverview } from "./api";
import type { FleetInputs } from "../workbook/read/readInputs";
import { locationsOf, tripDays } from "../core/scenario/runScenario";
import { missingVehicleData } from "./missingVehicleData";
import { formatIsoDate } from "../core/time/naiveTime";
import { memberName } from "../core/simulation/buildFleet";
import { modelKey, modelLabel } from "../core/scenario/fleetChanges";
import {
  findParameterDefinition,
  formatTimeWindows,
  type Parameters,
  type TimeWindow,
} from "../core/model/parameters";

/** What the simulation form offers: the locations, the vehicles as the fleet table groups them, the data's dates. */
function bikeSettingsOf(p: Parameters): InputOverview["bikeSettings"] {
  const record = p as unknown as Record<string, number | string | TimeWindow[]>;
  const out = {} as InputOverview["bikeSettings"];
  for (const key of BIKE_SETTING_KEYS) {
    const value = record[findParameterDefinition(key)?.field as string];
    out[key] = Array.isArray(value) ? formatTimeWindows(value) : value;
  }
  return out;
}

export function overviewOf(inputs: FleetInputs): InputOverview {
  const locations = locationsOf(inputs).map((name) => ({
    name,
    vehicleCount: inputs.vehicles.filter((v) => v.location === name).length,
    tripCount: inputs.trips.filter((t) => t.location === name).length,
  }));
  const days = tripDays(inputs.trips);
  return {
    locations,
    vehicles: inputs.vehicles.map((v) => ({
      id: v.id,
      name: memberName({ key: v.id, vehicle: v, copy: 1 }, false),
      type: v.type,
      location: v.location,
      yearlyCostDkk: v.yearlyCostDkk,
      // One row per model in the pane whatever each vehicle costs a year: the row shows the range.
      groupKey: modelKey(v),
      modelLabel: modelLabel(v),
      missingData: missingVehicleData(v),
      ...(v.department ? { department: v.department } : {}),
      ...(v.forvaltning ? { forvaltning: v.forvaltning } : {}),
    })),
    bikeSettings: bikeSettingsOf(inputs.parameters),
    shiftLocations: inputs.shifts.map((s) => s.location),
    firstDate: days ? formatIsoDate(days.firstMs) : null,
    lastDate: days ? formatIsoDate(days.lastMs) : null,
    tripCount: inputs.trips.length,
  };
}
