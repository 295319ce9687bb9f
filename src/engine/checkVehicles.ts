import { MS_PER_DAY, MS_PER_MINUTE } from "../core/model/constants";
import type { Trip, Vehicle } from "../core/model/types";
import { tripDays } from "../core/scenario/runScenario";
import { memberName } from "../core/simulation/buildFleet";
import { formatDateTime, formatIsoDate, parseIsoDate } from "../core/time/naiveTime";
import type { Language } from "../core/language";
import { quoteSheet, type CellError } from "../workbook/read/cellError";
import { cellError } from "../workbook/read/errorFactory";
import { locateTable } from "../workbook/read/locateTable";
import { parseTextCell } from "../workbook/read/cellParsers";
import { readInputs, type ReadTable } from "../workbook/read/readInputs";
import { locationKey } from "../workbook/read/readLocations";
import { readVehicles } from "../workbook/read/readVehicles";
import { LOCATIONS_SHEET, sheetNameMatches, VEHICLES_SHEET } from "../workbook/schema/sheets";
import { cellAddress, type SheetData } from "../workbook/sheetData";
import type { EngineResult, InputSheets } from "./envelope";

export {
  PROBLEM_CODES,
  type ProblemCode,
  type VehicleProblem,
  type VehicleCheck,
  type VehicleCheckResult,
} from "../workbook/plan/vehicleCheckTypes";
import type {
  ProblemCode,
  VehicleCheck,
  VehicleCheckResult,
  VehicleProblem,
} from "../workbook/plan/vehicleCheckTypes";

/** Longer than this, a round trip is more likely a data error than a drive. */
export const IMPLAUSIBLE_TRIP_KM = 1000;
const LONGEST_PLAUSIBLE_TRIP_MS = 24 * 60 * MS_PER_MINUTE;
const DAYS_PER_YEAR = 365;

export interface VehicleCheckRequest {
  location: string | null;
  locations?: string[];
  fromDate: string | null;
  toDate: string | null;
  language: Language;
}

type Text = { en: string; da: string };

/**
 * The vehicle data check: every vehicle (of the chosen locations) whose data will stop or distort
 * a simulation, each problem pointing at the cell to fix. Rows Excel cannot read at all (text in a
 * number cell) are reported as errors first, as every command does: the check needs the values.
 */
export function checkVehicles(
  sheets: readonly SheetData[],
  inputs: InputSheets,
  request: VehicleCheckRequest,
): EngineResult<VehicleCheckResult> {
  const read = readInputs(sheets, inputs);
  if (!read.ok) return read;
  const { vehicles, trips, tables } = read.value;
  // Kandidater rows are read into the same list; the check covers the vehicle sheet's rows.
  const vehicleSheet = sheets.find((s) => s.name === tables.vehicles.sheet) as SheetData;
  const onSheet = new Set(
    readVehicles(vehicleSheet, VEHICLES_SHEET, false, inputs.columnMapping?.vehicles).vehicles.map(
      (v) => v.id,
    ),
  );
  const owned = vehicles.filter((v) => onSheet.has(v.id));
  const known = new Set(owned.map((v) => v.location).filter((l) => l !== ""));
  const wanted = request.locations?.length ? request.locations : request.location ? [request.location] : [];
  const chosen: string[] = [];
  for (const name of wanted) {
    const match = [...known].find((l) => locationKey(l) === locationKey(name));
    if (!match)
      return {
        ok: false,
        errors: [unknownLocation(name, [...known], tables.vehicles, owned[0]?.sourceRow ?? 2)],
      };
    chosen.push(match);
  }
  const inScope = (v: Vehicle) => chosen.length === 0 || chosen.includes(v.location);
  // Candidates (no Lokation) belong to the pool of every location, so they are always checked.
  const checked = owned.filter((v) => inScope(v) || v.location === "");

  const fromRequest = (d: string | null) => (d === null ? null : parseIsoDate(d));
  const scopeTrips = trips.filter((t) => checked.some((v) => v.id === t.vehicleId));
  const days = tripDays(scopeTrips);
  const fromMs = fromRequest(request.fromDate) ?? days?.firstMs ?? null;
  const toMs = fromRequest(request.toDate) ?? days?.lastMs ?? null;
  const inPeriod = (t: Trip) =>
    fromMs === null || toMs === null || (t.startMs >= fromMs && t.startMs < toMs + MS_PER_DAY);
  const tripsOf = new Map<string, Trip[]>();
  for (const t of trips) if (inPeriod(t)) tripsOf.set(t.vehicleId, [...(tripsOf.get(t.vehicleId) ?? []), t]);
  const listedLocations = locationsSheetNames(sheets);

  const lang = request.language;
  const result: VehicleCheck[] = [];
  for (const v of checked) {
    const problems: VehicleProblem[] = [];
    const add = (
      code: ProblemCode,
      table: ReadTable,
      row: number,
      field: string,
      message: Text,
      fix: Text,
    ) => {
      const col = table.columns[field] ?? table.columns.id ?? table.columns.vehicleId ?? 1;
      const address = cellAddress(row, col);
      const e: CellError = cellError(
        table.sheet,
        address,
        { message: message.en, fix: fix.en },
        { message: message.da, fix: fix.da },
      );
      problems.push({
        code,
        cell: `${quoteSheet(table.sheet)}!${address}`,
        sheet: table.sheet,
        address,
        message: lang === "da" ? e.messageDa : e.messageEn,
        fix: lang === "da" ? e.fixDa : e.fixEn,
      });
    };
    const V = tables.vehicles;
    const row = v.sourceRow;
    if (v.type === "fossil" && !(v.kmPerLitre && v.kmPerLitre > 0))
      add(
        "missing-consumption",
        V,
        row,
        "kmPerLitre",
        {
          en: `Vehicle ${v.id} is a fossil car without WLTP Fossil (km/l): its fuel cannot be priced.`,
          da: `Køretøj ${v.id} er en fossilbil uden WLTP Fossil (km/l): brændstoffet kan ikke prissættes.`,
        },
        { en: "Enter the WLTP fuel use in km per litre.", da: "Skriv WLTP-forbruget i km pr. liter." },
      );
    if (v.type === "ev" && !(v.whPerKm && v.whPerKm > 0))
      add(
        "missing-consumption",
        V,
        row,
        "whPerKm",
        {
          en: `Vehicle ${v.id} is an EV without WLTP El (Wh/km): its electricity cannot be priced.`,
          da: `Køretøj ${v.id} er en elbil uden WLTP El (Wh/km): strømmen kan ikke prissættes.`,
        },
        { en: "Enter the WLTP energy use in Wh per km.", da: "Skriv WLTP-forbruget i Wh pr. km." },
      );
    if (v.yearlyCostDkk === null)
      add(
        "missing-yearly-cost",
        V,
        row,
        "yearlyCostDkk",
        {
          en: `Vehicle ${v.id} has no Årlig omkostning, so it cannot take part in a simulation.`,
          da: `Køretøj ${v.id} har ingen Årlig omkostning, så det kan ikke indgå i en simulering.`,
        },
        {
          en: "Enter the yearly lease or ownership cost in kr (excl. fuel).",
          da: "Skriv den årlige leasing- eller ejeromkostning i kr. (uden brændstof).",
        },
      );
    if (v.type === "ev" && !(v.rangeKm && v.rangeKm > 0))
      add(
        "ev-without-range",
        V,
        row,
        "rangeKm",
        {
          en: `EV ${v.id} has no Rækkevidde, which the battery rule needs.`,
          da: `Elbil ${v.id} har ingen Rækkevidde, som batterireglen kræver.`,
        },
        { en: "Enter the range on a full charge in km.", da: "Skriv rækkevidden på en fuld opladning i km." },
      );
    if (v.leaseEndMs !== null && toMs !== null) {
      const end = formatIsoDate(v.leaseEndMs);
      const last = formatIsoDate(toMs);
      if (v.leaseEndMs < toMs)
        add(
          "lease-expired",
          V,
          row,
          "leaseEnd",
          {
            en: `The lease of vehicle ${v.id} ended on ${end}, before the period's last day ${last}.`,
            da: `Leasingen af køretøj ${v.id} sluttede ${end}, før periodens sidste dag ${last}.`,
          },
          {
            en: "Enter the new Slut leasing if it was extended, or remove the vehicle if it is gone.",
            da: "Skriv den nye Slut leasing, hvis den er forlænget, eller fjern køretøjet, hvis det er væk.",
          },
        );
      else if (v.leaseEndMs < toMs + DAYS_PER_YEAR * MS_PER_DAY)
        add(
          "lease-ends-within-a-year",
          V,
          row,
          "leaseEnd",
          {
            en: `The lease of vehicle ${v.id} ends on ${end}, within a year of ${last}.`,
            da: `Leasingen af køretøj ${v.id} slutter ${end}, inden for et år efter ${last}.`,
          },
          {
            en: "Decide whether to renew, replace or phase it out; a search may replace it.",
            da: "Beslut om den skal forlænges, udskiftes eller udfases; en søgning må erstatte den.",
          },
        );
    }
    const own = tripsOf.get(v.id) ?? [];
    if (v.location !== "" && own.length === 0 && fromMs !== null && toMs !== null) {
      const period = `${formatIsoDate(fromMs)} – ${formatIsoDate(toMs)}`;
      add(
        "no-trips-in-period",
        V,
        row,
        "id",
        {
          en: `Vehicle ${v.id} of ${v.location} drove no trip in ${period}.`,
          da: `Køretøj ${v.id} på ${v.location} kørte ingen tur i ${period}.`,
        },
        {
          en: "Check that its trips are on the trip sheet with this Bil id; a vehicle that is not used may be phased out.",
          da: "Tjek at dets ture står på turarket med dette Bil id; et køretøj, der ikke bruges, kan udfases.",
        },
      );
    }
    const hasTrips = trips.some((t) => t.vehicleId === v.id);
    if (v.location === "" && hasTrips)
      add(
        "location-unknown",
        V,
        row,
        "location",
        {
          en: `Vehicle ${v.id} has trips but no Lokation, so no location's fleet includes it.`,
          da: `Køretøj ${v.id} har ture men ingen Lokation, så ingen lokations flåde omfatter det.`,
        },
        { en: "Enter the location the vehicle belongs to.", da: "Skriv den lokation, køretøjet hører til." },
      );
    else if (v.location !== "" && listedLocations && !listedLocations.has(locationKey(v.location)))
      add(
        "location-unknown",
        V,
        row,
        "location",
        {
          en: `Lokation "${v.location}" of vehicle ${v.id} is not on the locations sheet.`,
          da: `Lokation "${v.location}" for køretøj ${v.id} står ikke på lokationsarket.`,
        },
        {
          en: "Correct the spelling, or add the location to the locations sheet.",
          da: "Ret stavningen, eller tilføj lokationen på lokationsarket.",
        },
      );
    for (const t of own) {
      const why = implausibility(t);
      if (!why) continue;
      add(
        "implausible-trip",
        tables.trips,
        t.sourceRow,
        why.field,
        {
          en: `The trip of vehicle ${v.id} starting ${formatDateTime(t.startMs)} ${why.en}.`,
          da: `Turen for køretøj ${v.id}, der starter ${formatDateTime(t.startMs)}, ${why.da}.`,
        },
        {
          en: "Check the trip against the source data; correct or delete the row.",
          da: "Tjek turen mod kildedata; ret eller slet rækken.",
        },
      );
    }
    if (problems.length)
      result.push({
        id: v.id,
        name: memberName({ key: v.id, vehicle: v, copy: 1 }, false),
        location: v.location,
        problems,
      });
  }
  return {
    ok: true,
    value: {
      fromDate: fromMs === null ? null : formatIsoDate(fromMs),
      toDate: toMs === null ? null : formatIsoDate(toMs),
      locations: chosen,
      vehiclesChecked: checked.length,
      vehicles: result,
    },
  };
}

/** Why a trip is not believable, and the column that shows it; null for an ordinary trip. */
function implausibility(t: Trip): (Text & { field: string }) | null {
  if (t.distanceKm > IMPLAUSIBLE_TRIP_KM)
    return {
      field: "distanceKm",
      en: `is ${t.distanceKm} km long, over ${IMPLAUSIBLE_TRIP_KM} km`,
      da: `er ${t.distanceKm} km lang, over ${IMPLAUSIBLE_TRIP_KM} km`,
    };
  const ms = t.endMs - t.startMs;
  if (ms > LONGEST_PLAUSIBLE_TRIP_MS)
    return {
      field: "end",
      en: `lasts ${Math.round(ms / (60 * MS_PER_MINUTE))} hours, over 24 hours`,
      da: `varer ${Math.round(ms / (60 * MS_PER_MINUTE))} timer, over 24 timer`,
    };
  if (ms < MS_PER_MINUTE)
    return {
      field: "end",
      en: "ends the minute it starts (0 minutes)",
      da: "slutter i samme minut, som den starter (0 minutter)",
    };
  return null;
}

/** The names on a Lokationer sheet, when the workbook has one that reads; null otherwise. */
function locationsSheetNames(sheets: readonly SheetData[]): Set<string> | null {
  const sheet = sheets.find((s) => sheetNameMatches(LOCATIONS_SHEET, s.name));
  if (!sheet) return null;
  const { table } = locateTable(sheet, LOCATIONS_SHEET);
  if (!table || table.rows.length === 0) return null;
  return new Set(
    table.rows.map((r) => locationKey(parseTextCell(r.cells.name.value))).filter((n) => n !== ""),
  );
}

function unknownLocation(name: string, known: string[], table: ReadTable, row: number): CellError {
  const col = table.columns.location ?? 1;
  return cellError(
    table.sheet,
    cellAddress(row, col),
    {
      message: `There is no location "${name}" on the vehicle sheet (known: ${known.join(", ")}).`,
      fix: "Choose one of the known locations, or correct Lokation on the sheet.",
    },
    {
      message: `Der er ingen lokation "${name}" på køretøjsarket (kendte: ${known.join(", ")}).`,
      fix: "Vælg en af de kendte lokationer, eller ret Lokation på arket.",
    },
  );
}
