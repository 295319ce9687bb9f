/**
 * The Parametre sheet: every threshold and price the engine uses, keyed by the reference's setting
 * names (reference-behaviour.md §1.5) so a FleetOptimiser user recognises them. A missing row means
 * the default below; an unknown key is an error (a typo must never pass silently).
 */

export interface TimeWindow {
  /** Minutes after midnight, inclusive. */
  startMin: number;
  /** Minutes after midnight, inclusive. */
  endMin: number;
}

export interface Parameters {
  co2eKgPerKwh: number;
  co2eKgPerLitrePetrol: number;
  co2eKgPerLitreDiesel: number;
  co2eKgPerLitreHvo: number;
  priceDkkPerKwh: number;
  priceDkkPerLitrePetrol: number;
  priceDkkPerLitreDiesel: number;
  priceDkkPerLitreHvo: number;
  socialCostDkkPerTonneCo2e: number;
  /** Changeover time after a trip before the vehicle can start the next one. */
  changeoverMin: number;
  /** Kørepenge for the first `allowanceThresholdKm` km per year. */
  allowanceLowDkkPerKm: number;
  /** Kørepenge above the threshold. */
  allowanceHighDkkPerKm: number;
  allowanceThresholdKm: number;
  /** Fuel of the employee's own car that drives unallocated trips. */
  employeeCarFuel: "benzin" | "diesel" | "el" | "hvo";
  /** km/l (or Wh/km when the employee car is electric). */
  employeeCarWltp: number;
  discountRatePct: number;
  bikeMaxKmPerTrip: number;
  bikePercentOfTrips: number;
  bikeSlots: TimeWindow[];
  bikeSpeedKmh: number;
  ebikeSpeedKmh: number;
  bikeRangeKm: number;
  ebikeRangeKm: number;
  /** Hviletid for an EV without one. */
  evDefaultRestHours: number;
  /** Greedy and optimal allocation: weight of the social cost of CO2e against cost (1 = as priced). */
  allocationCo2eWeight: number;
  /** Optimal allocation: seconds before the solver stops with its best allocation so far. */
  allocationTimeLimitSec: number;
  // Aggregation of logs and GPS points into round trips (product.md §4.1); switches are 0/1.
  /** A round trip starts and ends within this distance of a parking spot of its location. */
  aggRadiusM: number;
  /** Shortest round trip kept. */
  aggMinKm: number;
  /** Logs showing the vehicle on for longer than this are GPS errors and dropped. */
  aggMaxLogHours: number;
  /** A round trip longer than this is split at every long stop. */
  aggSplitHours: number;
  /** The stop that splits an over-long round trip. */
  aggSplitStopMin: number;
  /** Use the straight-line distance of a log when it is longer than the recorded one (0/1). */
  aggStraightLine: number;
  /** Close an open round trip when the vehicle's next log starts at home (0/1). */
  aggCloseOnHomeStart: number;
  /** Make trips of logs that start away from home instead of discarding them (0/1). */
  aggRecoverOrphans: number;
  /** Follow a vehicle that moved to another location (0/1). */
  aggLocationChange: number;
  /** How long a vehicle must stay away from home before a location change is accepted. */
  aggLocationChangeDays: number;
  /** Choose the best of several radii per vehicle, as the reference does (0/1). */
  aggBestRadius: number;
  /** The radii tried when aggBestRadius is on, in metres, separated by ;. */
  aggRadiusCandidatesM: string;
  /** A vehicle without a Lokation gets the location where most of its logs start (0/1). */
  aggInferHome: number;
  /** GPS points: no movement for this long ends a log. */
  gpsStopMin: number;
  /** GPS points: "no movement" means staying within this distance. */
  gpsStopRadiusM: number;
  /** GPS points: a fix that needs a higher speed than this from the previous one is dropped. */
  gpsMaxSpeedKmh: number;
  /** Dashboards: km per vehicle and period below this are marked as low use on the heat map. */
  dashboardKmThreshold: number;
  /** Dashboards: a share of time out below this is marked as low use. */
  dashboardActivityThreshold: number;
}

export type ParameterKind = "number" | "text" | "slots";

export interface ParameterDefinition {
  key: string;
  field: keyof Parameters;
  kind: ParameterKind;
  /** The default as a user would type it in the Value cell. */
  defaultText: string;
  unit: string;
  /** Inclusive bounds a valid value must respect. */
  min?: number;
  max?: number;
  /** Allowed text values (kind "text"). */
  choices?: string[];
}

export const PARAMETER_DEFINITIONS: readonly ParameterDefinition[] = [
  {
    key: "el_udledning",
    field: "co2eKgPerKwh",
    kind: "number",
    defaultText: "0.09",
    unit: "kg CO2e/kWh",
    min: 0,
  },
  {
    key: "benzin_udledning",
    field: "co2eKgPerLitrePetrol",
    kind: "number",
    defaultText: "2.52",
    unit: "kg CO2e/l",
    min: 0,
  },
  {
    key: "diesel_udledning",
    field: "co2eKgPerLitreDiesel",
    kind: "number",
    defaultText: "2.98",
    unit: "kg CO2e/l",
    min: 0,
  },
  {
    key: "hvo_udledning",
    field: "co2eKgPerLitreHvo",
    kind: "number",
    defaultText: "0.894",
    unit: "kg CO2e/l",
    min: 0,
  },
  { key: "pris_el", field: "priceDkkPerKwh", kind: "number", defaultText: "2.13", unit: "kr/kWh", min: 0 },
  {
    key: "pris_benzin",
    field: "priceDkkPerLitrePetrol",
    kind: "number",
    defaultText: "12.33",
    unit: "kr/l",
    min: 0,
  },
  {
    key: "pris_diesel",
    field: "priceDkkPerLitreDiesel",
    kind: "number",
    defaultText: "10.83",
    unit: "kr/l",
    min: 0,
  },
  {
    key: "pris_hvo",
    field: "priceDkkPerLitreHvo",
    kind: "number",
    defaultText: "19.84",
    unit: "kr/l",
    min: 0,
  },
  {
    key: "vaerdisaetning_tons_co2",
    field: "socialCostDkkPerTonneCo2e",
    kind: "number",
    defaultText: "1500",
    unit: "kr/t CO2e",
    min: 0,
  },
  {
    key: "sub_time",
    field: "changeoverMin",
    kind: "number",
    defaultText: "5",
    unit: "min",
    min: 0,
    max: 1440,
  },
  { key: "low", field: "allowanceLowDkkPerKm", kind: "number", defaultText: "3.44", unit: "kr/km", min: 0 },
  { key: "high", field: "allowanceHighDkkPerKm", kind: "number", defaultText: "1.90", unit: "kr/km", min: 0 },
  {
    key: "distance_threshold",
    field: "allowanceThresholdKm",
    kind: "number",
    defaultText: "840",
    unit: "km/år",
    min: 0,
  },
  {
    key: "undriven_type",
    field: "employeeCarFuel",
    kind: "text",
    defaultText: "benzin",
    unit: "",
    choices: ["benzin", "diesel", "el", "hvo"],
  },
  {
    key: "undriven_wltp",
    field: "employeeCarWltp",
    kind: "number",
    defaultText: "20",
    unit: "km/l",
    min: 0.001,
  },
  {
    key: "diskonteringsrente",
    field: "discountRatePct",
    kind: "number",
    defaultText: "4",
    unit: "%",
    min: 0,
    max: 100,
  },
  {
    key: "bike_max_km_per_trip",
    field: "bikeMaxKmPerTrip",
    kind: "number",
    defaultText: "15",
    unit: "km",
    min: 0,
  },
  {
    key: "bike_percent_of_trips",
    field: "bikePercentOfTrips",
    kind: "number",
    defaultText: "100",
    unit: "%",
    min: 0,
    max: 100,
  },
  { key: "bike_slots", field: "bikeSlots", kind: "slots", defaultText: "07:00-15:30", unit: "tt:mm-tt:mm" },
  { key: "bike_speed", field: "bikeSpeedKmh", kind: "number", defaultText: "20", unit: "km/t", min: 0 },
  {
    key: "electrical_bike_speed",
    field: "ebikeSpeedKmh",
    kind: "number",
    defaultText: "30",
    unit: "km/t",
    min: 0,
  },
  { key: "bike_range", field: "bikeRangeKm", kind: "number", defaultText: "20", unit: "km/dag", min: 0 },
  {
    key: "electrical_bike_range",
    field: "ebikeRangeKm",
    kind: "number",
    defaultText: "50",
    unit: "km/dag",
    min: 0,
  },
  {
    key: "ev_default_rest",
    field: "evDefaultRestHours",
    kind: "number",
    defaultText: "7",
    unit: "t",
    min: 0,
    max: 24,
  },
  {
    key: "allocation_co2e_weight",
    field: "allocationCo2eWeight",
    kind: "number",
    defaultText: "1",
    unit: "",
    min: 0,
    max: 1000,
  },
  {
    key: "allocation_time_limit",
    field: "allocationTimeLimitSec",
    kind: "number",
    defaultText: "30",
    unit: "s",
    min: 1,
    max: 3600,
  },
  // Aggregation (product.md §4.1): the seed's rules as defaults, the reference's refinements as switches.
  {
    key: "agg_radius_m",
    field: "aggRadiusM",
    kind: "number",
    defaultText: "100",
    unit: "m",
    min: 1,
    max: 10000,
  },
  { key: "agg_min_km", field: "aggMinKm", kind: "number", defaultText: "0.5", unit: "km", min: 0 },
  { key: "agg_max_log_hours", field: "aggMaxLogHours", kind: "number", defaultText: "24", unit: "t", min: 0 },
  { key: "agg_split_hours", field: "aggSplitHours", kind: "number", defaultText: "17", unit: "t", min: 0 },
  {
    key: "agg_split_stop_min",
    field: "aggSplitStopMin",
    kind: "number",
    defaultText: "60",
    unit: "min",
    min: 0,
  },
  {
    key: "agg_straight_line",
    field: "aggStraightLine",
    kind: "number",
    defaultText: "1",
    unit: "0/1",
    min: 0,
    max: 1,
  },
  {
    key: "agg_close_on_home_start",
    field: "aggCloseOnHomeStart",
    kind: "number",
    defaultText: "1",
    unit: "0/1",
    min: 0,
    max: 1,
  },
  {
    key: "agg_recover_orphans",
    field: "aggRecoverOrphans",
    kind: "number",
    defaultText: "0",
    unit: "0/1",
    min: 0,
    max: 1,
  },
  {
    key: "agg_location_change",
    field: "aggLocationChange",
    kind: "number",
    defaultText: "0",
    unit: "0/1",
    min: 0,
    max: 1,
  },
  {
    key: "agg_location_change_days",
    field: "aggLocationChangeDays",
    kind: "number",
    defaultText: "7",
    unit: "dage",
    min: 0,
  },
  {
    key: "agg_best_radius",
    field: "aggBestRadius",
    kind: "number",
    defaultText: "0",
    unit: "0/1",
    min: 0,
    max: 1,
  },
  {
    key: "agg_radius_candidates_m",
    field: "aggRadiusCandidatesM",
    kind: "text",
    defaultText: "300;200;100;50",
    unit: "m;m;…",
  },
  {
    key: "agg_infer_home",
    field: "aggInferHome",
    kind: "number",
    defaultText: "1",
    unit: "0/1",
    min: 0,
    max: 1,
  },
  { key: "gps_stop_min", field: "gpsStopMin", kind: "number", defaultText: "5", unit: "min", min: 0 },
  { key: "gps_stop_radius_m", field: "gpsStopRadiusM", kind: "number", defaultText: "50", unit: "m", min: 0 },
  {
    key: "gps_max_speed_kmh",
    field: "gpsMaxSpeedKmh",
    kind: "number",
    defaultText: "200",
    unit: "km/t",
    min: 1,
  },
  // Dashboards (reference §7): the thresholds the reference's heat maps warn below.
  {
    key: "dashboard_km_threshold",
    field: "dashboardKmThreshold",
    kind: "number",
    defaultText: "40",
    unit: "km",
    min: 0,
  },
  {
    key: "dashboard_activity_threshold",
    field: "dashboardActivityThreshold",
    kind: "number",
    defaultText: "20",
    unit: "%",
    min: 0,
    max: 100,
  },
];

/** Parses "07:00-15:30;16:00-18:00" into windows; returns null when the text is not valid. */
export function parseTimeWindows(text: string): TimeWindow[] | null {
  const parts = text
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  const windows: TimeWindow[] = [];
  for (const part of parts) {
    const m = /^(\d{1,2})[:.](\d{2})(?::\d{2})?\s*-\s*(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(part);
    if (!m) return null;
    const startMin = Number(m[1]) * 60 + Number(m[2]);
    const endMin = Number(m[3]) * 60 + Number(m[4]);
    if (startMin > 1440 || endMin > 1440 || Number(m[2]) > 59 || Number(m[4]) > 59) return null;
    if (endMin <= startMin) return null;
    windows.push({ startMin, endMin });
  }
  return windows;
}

export function formatTimeWindows(windows: readonly TimeWindow[]): string {
  const hhmm = (min: number) =>
    `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
  return windows.map((w) => `${hhmm(w.startMin)}-${hhmm(w.endMin)}`).join(";");
}

function parseDefault(def: ParameterDefinition): Parameters[keyof Parameters] {
  if (def.kind === "number") return Number(def.defaultText);
  if (def.kind === "slots") return parseTimeWindows(def.defaultText) as TimeWindow[];
  return def.defaultText as Parameters["employeeCarFuel"];
}

export function defaultParameters(): Parameters {
  const p: Record<string, unknown> = {};
  for (const def of PARAMETER_DEFINITIONS) p[def.field] = parseDefault(def);
  return p as unknown as Parameters;
}

export function findParameterDefinition(key: string): ParameterDefinition | undefined {
  const k = key.trim().toLowerCase();
  return PARAMETER_DEFINITIONS.find((d) => d.key === k);
}
