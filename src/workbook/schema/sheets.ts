/**
 * The workbook interchange format (product.md §5): sheet names, columns, Danish headers as in
 * FleetOptimiser's "Download dataperiode" export, and English aliases. Headers match
 * case-insensitively, ignoring spaces; a header matches with its bracket first ("Wltp (El)" is
 * WLTP El, not WLTP Fossil) and then without a trailing unit in brackets ("Turlængde (km)").
 * Aliases include the headers of OS2 FleetOptimiser's vehicle export `Oversigt_over_flåde.xlsx`.
 */

import type { Language } from "../../core/language";

export type ColumnKind = "text" | "id" | "number" | "datetime" | "vehicleType" | "fuel";

export interface ColumnSpec {
  /** Internal field name. */
  field: string;
  /** The Danish header the template writes. */
  da: string;
  en: string;
  /** Other headers accepted on read. */
  aliases?: string[];
  unit?: string;
  kind: ColumnKind;
  required: boolean;
  widthChars?: number;
}

export interface SheetSpec {
  key: "vehicles" | "trips" | "parameters" | "locations" | "logs" | "gpsPoints" | "shifts" | "candidates";
  da: string;
  en: string;
  columns: ColumnSpec[];
}

export const VEHICLE_TYPES_DA = ["cykel", "elcykel", "elbil", "fossilbil"] as const;
export const FUEL_NAMES = [
  "benzin",
  "diesel",
  "el",
  "hybrid",
  "plugin hybrid benzin",
  "plugin hybrid diesel",
  "electric",
  "petrol",
  "bike",
  "hvo",
] as const;
export const LEASING_TYPES = ["operationel", "finansiel", "ejet"] as const;

export const VEHICLES_SHEET: SheetSpec = {
  key: "vehicles",
  da: "Køretøjer",
  en: "Vehicles",
  columns: [
    {
      field: "id",
      da: "Bil id",
      en: "Vehicle id",
      aliases: ["id", "car id"],
      kind: "id",
      required: true,
      widthChars: 10,
    },
    {
      field: "plate",
      da: "Nummerplade",
      en: "Plate",
      aliases: ["plate number"],
      kind: "text",
      required: false,
      widthChars: 12,
    },
    { field: "make", da: "Mærke", en: "Make", kind: "text", required: false, widthChars: 12 },
    { field: "model", da: "Model", en: "Model", kind: "text", required: false, widthChars: 14 },
    {
      field: "type",
      da: "Type",
      en: "Type",
      aliases: ["vehicle type"],
      kind: "vehicleType",
      required: true,
      widthChars: 11,
    },
    { field: "fuel", da: "Drivmiddel", en: "Fuel", kind: "fuel", required: true, widthChars: 12 },
    {
      field: "kmPerLitre",
      da: "WLTP Fossil",
      en: "WLTP Fossil",
      aliases: ["wltp fossil km/l", "km/l", "wltp (fossil)"],
      unit: "km/l",
      kind: "number",
      required: false,
      widthChars: 12,
    },
    {
      field: "whPerKm",
      da: "WLTP El",
      en: "WLTP El",
      aliases: ["wltp electric", "wh/km", "wltp (el)"],
      unit: "Wh/km",
      kind: "number",
      required: false,
      widthChars: 11,
    },
    {
      field: "capacityDecreasePct",
      da: "Kapacitetsnedskrivning",
      en: "Capacity decrease",
      // OS2's export calls the range reduction "Procentvis WLTP".
      aliases: ["procentvis wltp", "capacity_decrease"],
      unit: "%",
      kind: "number",
      required: false,
      widthChars: 14,
    },
    {
      field: "co2GramPerKm",
      da: "Co2 pr km",
      en: "CO2 per km",
      unit: "g",
      kind: "number",
      required: false,
      widthChars: 10,
    },
    {
      field: "rangeKm",
      da: "Rækkevidde",
      en: "Range",
      unit: "km",
      kind: "number",
      required: false,
      widthChars: 11,
    },
    {
      field: "yearlyCostDkk",
      da: "Årlig omkostning",
      en: "Yearly cost",
      aliases: ["omkostning aar", "omkostning_aar", "omk./år", "omk/år"],
      unit: "kr",
      kind: "number",
      required: false,
      widthChars: 14,
    },
    {
      field: "leaseStart",
      da: "Start leasing",
      en: "Lease start",
      kind: "datetime",
      required: false,
      widthChars: 12,
    },
    {
      field: "leaseEnd",
      da: "Slut leasing",
      en: "Lease end",
      aliases: ["end leasing", "end_leasing"],
      kind: "datetime",
      required: false,
      widthChars: 12,
    },
    {
      field: "leasingType",
      da: "Leasingtype",
      en: "Leasing type",
      aliases: ["leasing_type"],
      kind: "text",
      required: false,
      widthChars: 12,
    },
    {
      field: "kmPerYear",
      da: "Km pr år",
      en: "Km per year",
      aliases: ["km aar", "km_aar", "kilometer pr/år", "kilometer pr år"],
      kind: "number",
      required: false,
      widthChars: 10,
    },
    {
      field: "restHours",
      da: "Hviletid",
      en: "Rest",
      aliases: ["rest hours", "sleep", "hvile"],
      unit: "h",
      kind: "number",
      required: false,
      widthChars: 9,
    },
    { field: "location", da: "Lokation", en: "Location", kind: "text", required: false, widthChars: 20 },
    {
      field: "department",
      da: "Afdeling",
      en: "Department",
      kind: "text",
      required: false,
      widthChars: 16,
    },
    {
      field: "forvaltning",
      da: "Forvaltning",
      en: "Administration",
      kind: "text",
      required: false,
      widthChars: 16,
    },
  ],
};

export const TRIPS_SHEET: SheetSpec = {
  key: "trips",
  da: "Ture",
  en: "Trips",
  columns: [
    {
      field: "start",
      da: "Starttid",
      en: "Start",
      aliases: ["start time", "start_time"],
      kind: "datetime",
      required: true,
      widthChars: 17,
    },
    {
      field: "end",
      da: "Sluttid",
      en: "End",
      aliases: ["end time", "end_time"],
      kind: "datetime",
      required: true,
      widthChars: 17,
    },
    {
      field: "distanceKm",
      da: "Turlængde",
      en: "Distance",
      aliases: ["distance km", "km"],
      unit: "km",
      kind: "number",
      required: true,
      widthChars: 11,
    },
    {
      field: "vehicleId",
      da: "Bil id",
      en: "Vehicle id",
      aliases: ["car id", "car_id"],
      kind: "id",
      required: true,
      widthChars: 10,
    },
    { field: "location", da: "Lokation", en: "Location", kind: "text", required: false, widthChars: 20 },
    {
      field: "tripId",
      da: "Tur id",
      en: "Trip id",
      aliases: ["id"],
      kind: "id",
      required: false,
      widthChars: 10,
    },
  ],
};

export const PARAMETERS_SHEET: SheetSpec = {
  key: "parameters",
  da: "Parametre",
  en: "Parameters",
  columns: [
    {
      field: "key",
      da: "Parameter",
      en: "Parameter",
      aliases: ["navn", "name"],
      kind: "text",
      required: true,
      widthChars: 24,
    },
    { field: "value", da: "Værdi", en: "Value", kind: "text", required: true, widthChars: 14 },
    { field: "unit", da: "Enhed", en: "Unit", kind: "text", required: false, widthChars: 14 },
    {
      field: "description",
      da: "Beskrivelse",
      en: "Description",
      kind: "text",
      required: false,
      widthChars: 60,
    },
  ],
};

export const INPUT_SHEETS: readonly SheetSpec[] = [VEHICLES_SHEET, TRIPS_SHEET, PARAMETERS_SHEET];

// Aggregation inputs (product.md §5): raw data that the aggregation turns into a Ture sheet.

const latitude = (field: string, da: string, en: string, aliases: string[]): ColumnSpec => ({
  field,
  da,
  en,
  aliases,
  unit: "°",
  kind: "number",
  required: true,
  widthChars: 12,
});

export const LOCATIONS_SHEET: SheetSpec = {
  key: "locations",
  da: "Lokationer",
  en: "Locations",
  columns: [
    {
      field: "name",
      da: "Lokation",
      en: "Location",
      aliases: ["navn", "name", "adresse", "address"],
      kind: "text",
      required: true,
      widthChars: 24,
    },
    latitude("lat", "Breddegrad", "Latitude", ["lat", "bredde"]),
    latitude("lon", "Længdegrad", "Longitude", ["lon", "lng", "long", "længde"]),
  ],
};

export const LOGS_SHEET: SheetSpec = {
  key: "logs",
  da: "Logninger",
  en: "Logs",
  columns: [
    {
      field: "vehicleId",
      da: "Bil id",
      en: "Vehicle id",
      aliases: ["car id", "car_id"],
      kind: "id",
      required: true,
      widthChars: 10,
    },
    { ...TRIPS_SHEET.columns[0], field: "start" },
    { ...TRIPS_SHEET.columns[1], field: "end" },
    latitude("startLat", "Start breddegrad", "Start latitude", ["start lat", "start_latitude"]),
    latitude("startLon", "Start længdegrad", "Start longitude", [
      "start lon",
      "start lng",
      "start_longitude",
    ]),
    latitude("endLat", "Slut breddegrad", "End latitude", ["end lat", "end_latitude"]),
    latitude("endLon", "Slut længdegrad", "End longitude", ["end lon", "end lng", "end_longitude"]),
    {
      field: "distanceKm",
      da: "Distance",
      en: "Distance",
      aliases: ["distance km", "km", "turlængde", "afstand"],
      unit: "km",
      kind: "number",
      required: true,
      widthChars: 11,
    },
  ],
};

export const GPS_POINTS_SHEET: SheetSpec = {
  key: "gpsPoints",
  da: "GPS-punkter",
  en: "GPS points",
  columns: [
    LOGS_SHEET.columns[0],
    {
      field: "time",
      da: "Tid",
      en: "Time",
      aliases: ["tidspunkt", "timestamp", "dato", "date time", "datetime"],
      kind: "datetime",
      required: true,
      widthChars: 19,
    },
    latitude("lat", "Breddegrad", "Latitude", ["lat", "bredde"]),
    latitude("lon", "Længdegrad", "Longitude", ["lon", "lng", "long", "længde"]),
    {
      field: "ignition",
      da: "Tænding",
      en: "Ignition",
      aliases: ["ignition on", "tændt"],
      kind: "text",
      required: false,
      widthChars: 9,
    },
    {
      field: "odometerKm",
      da: "Kilometertæller",
      en: "Odometer",
      aliases: ["km-tæller", "kmtæller", "odometer km", "mileage"],
      unit: "km",
      kind: "number",
      required: false,
      widthChars: 14,
    },
  ],
};

/** The sheets the aggregation reads (Køretøjer and Parametre are optional there). */
export const AGGREGATION_SHEETS: readonly SheetSpec[] = [LOCATIONS_SHEET, LOGS_SHEET, GPS_POINTS_SHEET];

/** Header text normalised for matching: lower case, no spaces/underscores, no "(unit)" suffix. */
export function normaliseHeader(text: string): string {
  return normaliseHeaderKeepingBrackets(text.replace(/\(.*?\)|\[.*?\]/g, ""));
}

/**
 * Header text normalised with what its brackets say: "Wltp (El)" → "wltpel", so OS2's two WLTP
 * columns stay apart (both are "wltp" once the brackets go).
 */
export function normaliseHeaderKeepingBrackets(text: string): string {
  return text
    .toLowerCase()
    .replace(/[()[\]\s_.]+/g, "")
    .trim();
}

/** The header a template writes: Danish name plus unit, e.g. "Turlængde (km)". */
export function templateHeader(col: ColumnSpec, lang: Language): string {
  const name = lang === "da" ? col.da : col.en;
  return col.unit ? `${name} (${col.unit})` : name;
}

/** Is this sheet name one of the spec's names (Danish or English, case-insensitive)? */
export function sheetNameMatches(spec: SheetSpec, name: string): boolean {
  const n = normaliseHeader(name);
  return n === normaliseHeader(spec.da) || n === normaliseHeader(spec.en);
}
