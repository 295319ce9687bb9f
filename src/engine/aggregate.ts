import type { SheetData } from "../workbook/sheetData";
import type { Language } from "../core/language";
import type { CellError } from "../workbook/read/cellError";
import type { WorkbookPlan } from "../workbook/plan/types";
import type { EngineResult, PhaseProgress } from "./envelope";
import type { AggregationResult, HomeSource, VehicleReport } from "../core/aggregation/types";
import { aggregateTrips, type AggregationPhase } from "../core/aggregation/aggregateTrips";
import { aggregationParams, type AggregationParams } from "../core/aggregation/aggregationParams";
import {
  firstRowCell,
  readAggregationInputs,
  type AggregationInputs,
  type AggregationSheetNames,
} from "../workbook/read/readAggregationInputs";
import { cellError, MAX_REPORTED_ERRORS } from "../workbook/read/errorFactory";
import { aggregationPlan } from "../workbook/plan/aggregationPlan";

/** What to aggregate: the sheets, and the language of the report. */
export interface AggregationRequest extends AggregationSheetNames {
  language?: Language;
}

/** The figures a coordinator acts on, per location and per vehicle (also the CLI's --json). */
export interface AggregationSummary {
  logs: number;
  logsUsed: number;
  roundTrips: number;
  completeRoundTrips: number;
  kmAll: number;
  kmComplete: number;
  /** km in complete round trips ÷ km of all logs; null without km. */
  precision: number | null;
  locations: {
    location: string;
    vehicles: number;
    logs: number;
    logsUsed: number;
    roundTrips: number;
    completeRoundTrips: number;
    kmComplete: number;
    kmAll: number;
    precision: number | null;
    discarded: Record<string, number>;
  }[];
  vehicles: {
    vehicleId: string;
    location: string;
    homeSource: HomeSource;
    logs: number;
    logsUsed: number;
    roundTrips: number;
    completeRoundTrips: number;
    precision: number | null;
  }[];
}

export interface AggregationOutcome {
  summary: AggregationSummary;
  /** The new Ture sheet and the precision report, ready for a host to render. */
  plan: WorkbookPlan;
  /** Problems that did not stop the run, each at a cell (a vehicle without location). */
  warnings: CellError[];
}

/** Progress at most once per percent: a million GPS points must not flood the worker channel. */
const PROGRESS_STEP = 0.01;

/**
 * `aggregate` behind the worker boundary: read and validate the sheets, turn GPS points and logs
 * into round trips, and return the plan of the new sheets with a summary. Bad cells come back as
 * errors (nothing is written); vehicles the rules cannot place come back as warnings.
 */
export function aggregateSheets(
  sheets: SheetData[],
  request: AggregationRequest,
  onProgress?: (p: PhaseProgress) => void,
): EngineResult<AggregationOutcome> {
  onProgress?.({ kind: "phase", phase: "reading", fraction: 0 });
  const read = readAggregationInputs(sheets, request);
  if (!read.ok) return { ok: false, errors: read.errors };
  const inputs = read.value;
  let params: AggregationParams;
  try {
    params = aggregationParams(inputs.parameters);
  } catch {
    return { ok: false, errors: [radiusListError(inputs.parameters.aggRadiusCandidatesM)] };
  }
  let last: { phase: AggregationPhase | null; fraction: number } = { phase: null, fraction: -1 };
  const result = aggregateTrips(inputs, params, (phase, fraction) => {
    if (phase === last.phase && fraction - last.fraction < PROGRESS_STEP && fraction < 1) return;
    last = { phase, fraction };
    onProgress?.({ kind: "phase", phase, fraction });
  });
  onProgress?.({ kind: "phase", phase: "writing", fraction: 0 });
  const warnings = warningsOf(result, inputs, params).slice(0, MAX_REPORTED_ERRORS);
  const plan = aggregationPlan(result, {
    language: request.language ?? "en",
    parameters: inputs.parameters,
    parameterKeysSet: inputs.parameterKeysSet,
    warnings,
  });
  onProgress?.({ kind: "phase", phase: "done", fraction: 1 });
  return { ok: true, value: { summary: summarize(result), plan, warnings } };
}

function radiusListError(text: string): CellError {
  return {
    sheet: "",
    cell: "",
    messageEn: `agg_radius_candidates_m "${text}" is not a list of metres; write it like 300;200;100;50.`,
    fixEn: "",
    messageDa: `agg_radius_candidates_m "${text}" er ikke en liste af meter; skriv den som 300;200;100;50.`,
    fixDa: "",
  };
}

/** A vehicle the rules could not place, and data the simulation will not accept, at their cells. */
function warningsOf(
  result: AggregationResult,
  inputs: AggregationInputs,
  params: AggregationParams,
): CellError[] {
  const warnings: CellError[] = [];
  const firstRow = (v: VehicleReport) => firstRowCell(inputs, v.firstSheet, v.firstRow);
  for (const v of result.vehicles) {
    const unused = v.discarded.noLocation;
    const home = inputs.homeCells.get(v.vehicleId);
    if (v.homeSource === "none" && home) {
      warnings.push(
        cellError(
          home.sheet,
          home.cell,
          {
            message: `Vehicle ${v.vehicleId} belongs to "${home.name}", which is not on Lokationer; its ${unused} logs were not used.`,
            fix: `Add "${home.name}" with its parking spots to Lokationer, or correct the Lokation.`,
          },
          {
            message: `Køretøj ${v.vehicleId} hører til "${home.name}", som ikke står på Lokationer; dets ${unused} logninger blev ikke brugt.`,
            fix: `Tilføj "${home.name}" med dens p-pladser på Lokationer, eller ret Lokation.`,
          },
        ),
      );
    } else if (v.homeSource === "none") {
      const why = params.inferHome
        ? {
            en: ` and none of its logs starts within ${params.radiiM[0]} m of a location`,
            da: ` og ingen af dets logninger starter inden for ${params.radiiM[0]} m af en lokation`,
          }
        : { en: "", da: "" };
      warnings.push(
        cellError(
          v.firstSheet,
          firstRow(v),
          {
            message: `Vehicle ${v.vehicleId} has no location: no Lokation on Køretøjer${why.en}. Its ${unused} logs were not used.`,
            fix: "Give the vehicle a Lokation on Køretøjer, or add its home with its parking spots to Lokationer.",
          },
          {
            message: `Køretøj ${v.vehicleId} har ingen lokation: ingen Lokation på Køretøjer${why.da}. Dets ${unused} logninger blev ikke brugt.`,
            fix: "Giv køretøjet en Lokation på Køretøjer, eller tilføj dets hjem med p-pladser på Lokationer.",
          },
        ),
      );
    }
    if (inputs.knownVehicleIds && !inputs.knownVehicleIds.has(v.vehicleId) && v.roundTrips > 0) {
      warnings.push(
        cellError(
          v.firstSheet,
          firstRow(v),
          {
            message: `Bil id ${v.vehicleId} is not on Køretøjer: a simulation will reject its ${v.roundTrips} round trips.`,
            fix: `Add vehicle ${v.vehicleId} to Køretøjer before simulating.`,
          },
          {
            message: `Bil id ${v.vehicleId} står ikke på Køretøjer: en simulering vil afvise dets ${v.roundTrips} rundture.`,
            fix: `Tilføj køretøj ${v.vehicleId} på Køretøjer før simulering.`,
          },
        ),
      );
    }
  }
  return warnings;
}

function summarize(result: AggregationResult): AggregationSummary {
  const sum = (f: (v: VehicleReport) => number) => result.vehicles.reduce((s, v) => s + f(v), 0);
  const kmAll = sum((v) => v.kmAll);
  const kmComplete = sum((v) => v.kmComplete);
  return {
    logs: sum((v) => v.logs),
    logsUsed: sum((v) => v.logsUsed),
    roundTrips: result.roundTrips.length,
    completeRoundTrips: sum((v) => v.completeRoundTrips),
    kmAll,
    kmComplete,
    precision: kmAll > 0 ? kmComplete / kmAll : null,
    locations: result.locations.map((l) => ({
      location: l.location,
      vehicles: l.vehicles,
      logs: l.logs,
      logsUsed: l.logsUsed,
      roundTrips: l.roundTrips,
      completeRoundTrips: l.completeRoundTrips,
      kmComplete: l.kmComplete,
      kmAll: l.kmAll,
      precision: l.precision,
      discarded: { ...l.discarded, ...prefixed(l.fixesDropped) },
    })),
    vehicles: result.vehicles.map((v) => ({
      vehicleId: v.vehicleId,
      location: v.location,
      homeSource: v.homeSource,
      logs: v.logs,
      logsUsed: v.logsUsed,
      roundTrips: v.roundTrips,
      completeRoundTrips: v.completeRoundTrips,
      precision: v.kmAll > 0 ? v.kmComplete / v.kmAll : null,
    })),
  };
}

/** GPS fix counts next to the log counts: fixInvalidPosition, fixDuplicate, fixSpeed. */
function prefixed(drops: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(drops).map(([k, n]) => [`fix${k[0].toUpperCase()}${k.slice(1)}`, n]),
  );
}
