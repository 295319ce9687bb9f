import { PARAMETER_DEFINITIONS, type ParameterDefinition } from "../../core/model/parameters";
import {
  FUEL_NAMES,
  LEASING_TYPES,
  PARAMETERS_SHEET,
  AGGREGATION_SHEETS,
  TRIPS_SHEET,
  VEHICLE_TYPES_DA,
  VEHICLES_SHEET,
  templateHeader,
  type ColumnSpec,
  type SheetSpec,
} from "../schema/sheets";
import { CANDIDATES_SHEET, SHIFTS_SHEET } from "../schema/shiftSheets";
import { PARAMETER_DESCRIPTIONS } from "../schema/parameterDescriptions";
import { NUMBER_FORMATS, type PlanCell, type PlanColumn, type SheetPlan, type WorkbookPlan } from "./types";
import type { Language } from "../../core/language";

/** How many empty rows the template's drop-downs and date formats cover. */
export const TEMPLATE_VALIDATION_ROWS = 500;

/** Table names per language; Excel table names allow no "ø", hence "Koeretoejer". */
export const TEMPLATE_TABLE_NAMES: Readonly<Record<Language, Record<SheetSpec["key"], string>>> = {
  da: {
    vehicles: "tblKoeretoejer",
    trips: "tblTure",
    parameters: "tblParametre",
    locations: "tblLokationer",
    logs: "tblLogninger",
    gpsPoints: "tblGpsPunkter",
    shifts: "tblVagtlag",
    candidates: "tblKandidater",
  },
  en: {
    vehicles: "tblVehicles",
    trips: "tblTrips",
    parameters: "tblParameters",
    locations: "tblLocations",
    logs: "tblLogs",
    gpsPoints: "tblGpsPoints",
    shifts: "tblShifts",
    candidates: "tblCandidates",
  },
};

/** The drop-down each column offers, by field; the readers accept more spellings (product.md §5). */
const LIST_VALIDATIONS: Readonly<Record<string, readonly string[]>> = {
  type: VEHICLE_TYPES_DA,
  fuel: FUEL_NAMES,
  leasingType: LEASING_TYPES,
};

/** Leasing periods are whole days; trips need the time of day. */
const DATE_ONLY_FIELDS = new Set(["leaseStart", "leaseEnd"]);

/**
 * The "create template" action: empty, formatted input tables for vehicles and trips, with
 * drop-downs and units in the headers, a Parametre table pre-filled with every default, so a
 * user sees (and can change) every threshold the engine uses, the optional Vagtlag and
 * Kandidater tables, and Lokationer, Logninger and GPS-punkter for the aggregation.
 */
export function templatePlan(lang: Language): WorkbookPlan {
  return {
    sheets: [
      { ...inputSheetPlan(VEHICLES_SHEET, lang, []), activate: true },
      inputSheetPlan(TRIPS_SHEET, lang, []),
      inputSheetPlan(PARAMETERS_SHEET, lang, defaultParameterRows(lang)),
      // Optional inputs: left empty they change nothing (no shifts, no candidates).
      inputSheetPlan(SHIFTS_SHEET, lang, []),
      inputSheetPlan(CANDIDATES_SHEET, lang, []),
      // Where an export goes before pressing Aggregate (the agg_* defaults are Parametre rows).
      ...AGGREGATION_SHEETS.map((spec) => inputSheetPlan(spec, lang, [])),
    ],
  };
}

/** Every parameter with its default, in PARAMETER_DEFINITIONS order. */
export function defaultParameterRows(lang: Language): PlanCell[][] {
  return PARAMETER_DEFINITIONS.map((d) => parameterRow(d, lang));
}

/** One parameter as a template row: key, default (numbers as numbers), unit, description. */
export function parameterRow(def: ParameterDefinition, lang: Language): PlanCell[] {
  const value = def.kind === "number" ? Number(def.defaultText) : def.defaultText;
  // An empty unit stays an empty cell rather than an empty string.
  return [def.key, value, def.unit || null, PARAMETER_DESCRIPTIONS[def.key]?.[lang] ?? null];
}

/**
 * An input sheet in the interchange format: one real table at A1 with the template headers, number
 * formats, drop-downs and widths. The sample generator fills the same sheets with data.
 */
export function inputSheetPlan(spec: SheetSpec, lang: Language, rows: PlanCell[][]): SheetPlan {
  return {
    name: lang === "da" ? spec.da : spec.en,
    freezeRows: 1,
    ranges: [],
    tables: [
      {
        name: TEMPLATE_TABLE_NAMES[lang][spec.key],
        row: 1,
        col: 1,
        columns: spec.columns.map((col) => templateColumn(col, lang)),
        rows,
        validationRows: TEMPLATE_VALIDATION_ROWS,
      },
    ],
  };
}

/** A template column: its header, never narrower than the spec asks, with its format and drop-down. */
function templateColumn(col: ColumnSpec, lang: Language): PlanColumn {
  const list = LIST_VALIDATIONS[col.field];
  return {
    header: templateHeader(col, lang),
    format: numberFormat(col),
    ...(col.kind === "number" ? { align: "right" as const } : {}),
    minWidth: col.widthChars ?? 10,
    ...(list ? { list: [...list] } : {}),
  };
}

function numberFormat(col: ColumnSpec): string | null {
  if (col.kind !== "datetime") return null;
  return DATE_ONLY_FIELDS.has(col.field) ? NUMBER_FORMATS.date : NUMBER_FORMATS.dateTime;
}
