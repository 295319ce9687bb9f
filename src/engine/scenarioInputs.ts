import type { SheetData } from "../workbook/sheetData";
import type { CellError } from "../workbook/read/cellError";
import { readInputs, type FleetInputs } from "../workbook/read/readInputs";
import { applyParameterOverrides } from "../workbook/read/readParameters";
import { locationsOf, tripDays, type ScenarioData } from "../core/scenario/runScenario";
import type { ScenarioError } from "../core/scenario/scenarioError";
import { scenarioErrorText } from "./scenarioErrorMessages";
import type { ScenarioRequest } from "../core/scenario/scenarioRequest";
import { shiftsFor } from "../core/shifts/mergeTripsByShift";
import { MS_PER_DAY } from "../core/model/constants";
import { formatIsoDate, parseIsoDate } from "../core/time/naiveTime";
import { cellError } from "../workbook/read/errorFactory";
import { cellAddress } from "../workbook/sheetData";

import type { EngineResult, InputSheets } from "./envelope";

/** The checked inputs of a run: what the sheets hold, and the engine's data with this run's overrides. */
export interface ScenarioInputs {
  inputs: FleetInputs;
  data: ScenarioData;
  /** Parameter keys this run overrides (the pane's bike settings). */
  overrideKeys: string[];
}

/**
 * Reads the input sheets and applies the run's parameter overrides: what simulate, dashboards and
 * search all start from. Every call validates again, as the user may have edited the workbook.
 */
export function readScenarioInputs(
  sheets: SheetData[],
  inputs: InputSheets,
  overrides: Record<string, number | string> | undefined,
): EngineResult<ScenarioInputs> {
  const read = readInputs(sheets, inputs);
  if (!read.ok) return { ok: false, errors: read.errors };
  const overridden = applyParameterOverrides(read.value.parameters, overrides);
  if (overridden.errors.length) return { ok: false, errors: overridden.errors };
  const { vehicles, trips, shifts } = read.value;
  return {
    ok: true,
    value: {
      inputs: read.value,
      data: { vehicles, trips, params: overridden.parameters, shifts },
      overrideKeys: overridden.keys,
    },
  };
}

/** A request error has no cell: sheet and cell stay empty, and hosts show the message alone. */
export function requestError(e: ScenarioError): CellError {
  return {
    sheet: "",
    cell: "",
    messageEn: scenarioErrorText(e, "en"),
    fixEn: "",
    messageDa: scenarioErrorText(e, "da"),
    fixDa: "",
  };
}

/** A simulated fleet of more copies of one model than this is a typo (an extra 0), not a plan. */
export const MAX_FLEET_COUNT = 1000;

/** What scoping reads of a simulation or search request. */
type ScopeRequest = Pick<ScenarioRequest, "location" | "locations" | "fromDate" | "toDate" | "currentIds"> & {
  fleet?: ScenarioRequest["fleet"];
};

/** A run's data and request narrowed to what it simulates: one location, or several pooled. */
export interface ScopedScenario<R extends ScopeRequest> {
  data: ScenarioData;
  request: R;
}

/**
 * Checks a request against the data before anything runs, and pools locations: with
 * `request.locations`, the vehicles and trips of those locations become one location named
 * "A + B" (OS2's multi-location simulation), so every later step sees a single fleet. Refuses,
 * each with its cause and fix: no location to choose, several without a choice, an unknown one,
 * a fleet count above MAX_FLEET_COUNT, and a period in which the current fleet drove nothing.
 */
export function scopeScenario<R extends ScopeRequest>(
  read: ScenarioInputs,
  request: R,
): EngineResult<ScopedScenario<R>> {
  const { data, inputs } = read;
  const known = locationsOf(data);
  const vehicleTable = inputs.tables.vehicles;
  const locationCell = () => {
    const col = vehicleTable.columns.location;
    const row = inputs.vehicles[0]?.sourceRow ?? 2;
    return col ? cellAddress(row, col) : cellAddress(row - 1, 1);
  };
  if (known.length === 0)
    return fail(
      cellError(
        vehicleTable.sheet,
        locationCell(),
        {
          message: "No vehicle has a Lokation, so there is no location whose fleet could be simulated.",
          fix: "Fill in Lokation for every vehicle of the fleet (a vehicle without one is a candidate only).",
        },
        {
          message: "Intet køretøj har en Lokation, så der er ingen lokation, hvis flåde kan simuleres.",
          fix: "Udfyld Lokation for hvert køretøj i flåden (et køretøj uden er kun en kandidat).",
        },
      ),
    );
  // Without a choice, the data's only location is meant.
  const wanted = request.locations?.length
    ? request.locations
    : request.location !== null
      ? [request.location]
      : known.length === 1
        ? known
        : [];
  if (wanted.length === 0) {
    return fail(
      cellError(
        "",
        "",
        {
          message: `The data has ${known.length} locations (${known.join(", ")}); the simulation needs to know which.`,
          fix: "Choose a location, or several to pool them into one fleet (fleetopt: --location NAME, repeated).",
        },
        {
          message: `Data har ${known.length} lokationer (${known.join(", ")}); simuleringen skal vide hvilken.`,
          fix: "Vælg en lokation, eller flere for at samle dem i én flåde (fleetopt: --location NAVN, gentaget).",
        },
      ),
    );
  }
  const chosen: string[] = [];
  for (const name of wanted) {
    const match =
      known.find((l) => l === name) ?? known.find((l) => l.toLowerCase() === name.trim().toLowerCase());
    if (!match)
      return fail(
        cellError(
          vehicleTable.sheet,
          locationCell(),
          {
            message: `There is no location "${name}" on the vehicles or trips (known: ${known.join(", ")}).`,
            fix: "Choose one of the known locations, or correct Lokation on the sheet.",
          },
          {
            message: `Der er ingen lokation "${name}" på køretøjerne eller turene (kendte: ${known.join(", ")}).`,
            fix: "Vælg en af de kendte lokationer, eller ret Lokation på arket.",
          },
        ),
      );
    if (!chosen.includes(match)) chosen.push(match);
  }
  for (const f of request.fleet ?? []) {
    if (f.count > MAX_FLEET_COUNT)
      return fail(
        cellError(
          "",
          "",
          {
            message: `The simulated fleet has ${f.count} copies of vehicle ${f.sourceId}, more than ${MAX_FLEET_COUNT}.`,
            fix: "Check the count for an extra digit; no location needs more of one model.",
          },
          {
            message: `Den simulerede flåde har ${f.count} styk af køretøj ${f.sourceId}, mere end ${MAX_FLEET_COUNT}.`,
            fix: "Tjek antallet for et ciffer for meget; ingen lokation har brug for flere af én model.",
          },
        ),
      );
  }
  const pooled = chosen.length === 1 ? null : chosen.join(" + ");
  const location = pooled ?? chosen[0];
  let scoped = data;
  if (pooled !== null) {
    const members = new Set(chosen);
    const shiftsOfEach = chosen.map((l) => shiftsFor(l, data.shifts ?? []));
    const same = shiftsOfEach.every((s) => JSON.stringify(s) === JSON.stringify(shiftsOfEach[0]));
    if (!same)
      return fail(
        cellError(
          inputs.sheetsUsed.shifts ?? "",
          inputs.sheetsUsed.shifts ? "A1" : "",
          {
            message: `The locations ${chosen.join(", ")} have different shifts, so their trips cannot be merged as one fleet's.`,
            fix: "Pool only locations with the same shifts, or give them the same shifts on the shift sheet.",
          },
          {
            message: `Lokationerne ${chosen.join(", ")} har forskellige vagtlag, så deres ture kan ikke samles som én flådes.`,
            fix: "Saml kun lokationer med samme vagtlag, eller giv dem samme vagtlag på vagtlagsarket.",
          },
        ),
      );
    const relabel = <T extends { location: string }>(x: T): T =>
      members.has(x.location) ? { ...x, location: pooled } : x;
    scoped = {
      ...data,
      vehicles: data.vehicles.map(relabel),
      trips: data.trips.map(relabel),
      shifts: shiftsOfEach[0]
        ? [...(data.shifts ?? []), { location: pooled, shifts: shiftsOfEach[0] }]
        : data.shifts,
    };
  }
  const periodError = emptyPeriodError(scoped, request, location);
  if (periodError) return fail(periodError);
  const { locations: _pooledNames, ...rest } = request;
  return { ok: true, value: { data: scoped, request: { ...rest, location } as R } };
}

/**
 * A period in which the current fleet started no trip would simulate nothing and report equal
 * costs: refused, naming the period and the dates the location's trips do cover.
 */
function emptyPeriodError(data: ScenarioData, request: ScopeRequest, location: string): CellError | null {
  if (request.fromDate === null && request.toDate === null) return null;
  const fromMs = request.fromDate !== null ? parseIsoDate(request.fromDate) : -Infinity;
  const toMs = request.toDate !== null ? parseIsoDate(request.toDate) : Infinity;
  if (fromMs === null || toMs === null || toMs < fromMs) return null; // the scenario says what is wrong
  const current = new Set(
    request.currentIds ?? data.vehicles.filter((v) => v.location === location).map((v) => v.id),
  );
  const ofFleet = data.trips.filter((t) => t.location === location && current.has(t.vehicleId));
  const inPeriod = ofFleet.some((t) => t.startMs >= fromMs && t.startMs < toMs + MS_PER_DAY);
  if (inPeriod) return null;
  const period = `${request.fromDate ?? "the first trip"} to ${request.toDate ?? "the last trip"}`;
  const periodDa = `${request.fromDate ?? "første tur"} til ${request.toDate ?? "sidste tur"}`;
  const days = tripDays(ofFleet);
  const covered = days ? `${formatIsoDate(days.firstMs)} to ${formatIsoDate(days.lastMs)}` : null;
  const coveredDa = days ? `${formatIsoDate(days.firstMs)} til ${formatIsoDate(days.lastMs)}` : null;
  return cellError(
    "",
    "",
    {
      message: `No trip of ${location}'s current fleet starts in the period ${period}; ${covered ? `its trips cover ${covered}` : "it has no trips at all"}.`,
      fix: covered ? `Choose a period within ${covered}.` : "Add the location's trips to the trip sheet.",
    },
    {
      message: `Ingen tur i ${location}s nuværende flåde starter i perioden ${periodDa}; ${coveredDa ? `dens ture dækker ${coveredDa}` : "den har ingen ture"}.`,
      fix: coveredDa ? `Vælg en periode inden for ${coveredDa}.` : "Tilføj lokationens ture på turarket.",
    },
  );
}

function fail<T>(error: CellError): EngineResult<T> {
  return { ok: false, errors: [error] };
}
