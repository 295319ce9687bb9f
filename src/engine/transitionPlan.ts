import type { MipSolver } from "../core/allocation/mipSolver";
import type { Language } from "../core/language";
import type { Vehicle, VehicleType } from "../core/model/types";
import { modelKey } from "../core/scenario/fleetChanges";
import { uniqueModelLabels } from "../workbook/plan/modelLabels";
import { SCENARIO_LABELS } from "../workbook/plan/scenarioLabels";
import { locationsOf, runScenario, type ScenarioData } from "../core/scenario/runScenario";
import { ScenarioError } from "../core/scenario/scenarioError";
import { memberName } from "../core/simulation/buildFleet";
import { parseIsoDate } from "../core/time/naiveTime";
import { countByType, fleetTimeline, type FleetSegment } from "../core/transition/fleetTimeline";
import { defaultStartMs, defaultYears, horizonEndMs, yearOf } from "../core/transition/horizon";
import { parseTransitionInput } from "../core/transition/parseTransitionInput";
import {
  eventKeys,
  transitionChanges,
  transitionEvents,
  withEditedDates,
  type PlanVehicle,
  type TargetModel,
  type TransitionEvent,
} from "../core/transition/transitionEvents";
import {
  SET_KEY,
  TRANSITION_DEFAULTS,
  TRANSITION_INPUT_KEYS,
  type TransitionInputs,
} from "../core/transition/transitionInputs";
import { transitionYears, type FleetFigures } from "../core/transition/transitionYears";
import { transitionPlan, type PlanFleetRow } from "../workbook/plan/transitionPlan";
import type { WorkbookPlan } from "../workbook/plan/types";
import type { CellError } from "../workbook/read/cellError";
import {
  findTransitionPlanSheets,
  readTransitionPlanSheet,
  type EditedEventDate,
} from "../workbook/read/readTransitionPlanSheet";
import { cellAddress, type SheetData } from "../workbook/sheetData";
import { readScenarioSheetRun, type ScenarioSheetRun } from "../workbook/transitionScenarioSheet";
import type { EngineResult, InputSheets } from "./envelope";
import { readScenarioInputs, requestError, scopeScenario, type ScenarioInputs } from "./scenarioInputs";
import { badOverride, missingSheet, outsideHorizon, unknownVehicles } from "./transitionPlanErrors";
import { transitionPlanSummary, type TransitionPlanSummary } from "./transitionPlanSummary";

export interface TransitionPlanRequest {
  language: Language;
  /** The scenario sheet the plan leads to. */
  scenarioSheet: string;
  /** A plan sheet whose inputs and event dates to start from; undefined: the newest in the workbook. */
  planSheet?: string | null;
  /** `--set` values by their key (start, years, escalation, …), as typed. */
  overrides?: Record<string, string | number>;
}

export interface TransitionPlanOutcome {
  plan: WorkbookPlan;
  summary: TransitionPlanSummary;
}

export interface TransitionPlanOptions {
  /** HiGHS, when the scenario used the optimal allocation. */
  solver?: MipSolver;
  onProgress?: (done: number, of: number) => void;
}

const SET_KEYS = new Map(TRANSITION_INPUT_KEYS.map((k) => [SET_KEY[k], k]));

/** Is `key` a `--set` key of the plan? */
export function isTransitionSetKey(key: string): boolean {
  return SET_KEYS.has(key);
}

/**
 * The transition plan of a workbook (issue 18): the scenario sheet says how it was run and what the
 * fleet becomes; the vehicle sheet's lease ends say when; the newest plan sheet gives the inputs
 * and event dates the user edited last; `--set` wins over both. Every fleet on the way is simulated
 * once (cached by composition) on the scenario's trips with its allocation; the years are priced
 * by the core rules, and the sheet and the `--json` figures come from the same numbers.
 */
export function transitionPlanFromSheets(
  sheets: SheetData[],
  inputSheets: InputSheets,
  request: TransitionPlanRequest,
  options: TransitionPlanOptions = {},
): EngineResult<TransitionPlanOutcome> {
  const scenarioSheet = sheets.find((s) => s.name === request.scenarioSheet);
  if (!scenarioSheet) return { ok: false, errors: [missingSheet(request.scenarioSheet)] };
  const scenario = readScenarioSheetRun(scenarioSheet);
  if (!scenario.ok) return scenario;
  const run = scenario.value;
  const read = readScenarioInputs(sheets, inputSheets, run.parameterOverrides);
  if (!read.ok) return read;
  const scoped = scopeRun(read.value, run);
  if (!scoped.ok) return scoped;
  const { data, location } = scoped.value;
  const byId = new Map(data.vehicles.map((v) => [v.id, v]));
  const unknown = [...run.currentIds, ...run.fleet.map((f) => f.sourceId)].filter((id) => !byId.has(id));
  if (unknown.length > 0) return { ok: false, errors: [unknownVehicles(run.sheet, unknown)] };
  const vehicle = (id: string) => byId.get(id) as Vehicle;

  const edited = startingPoint(sheets, request);
  if (!edited.ok) return edited;
  const inputs = resolveInputs(request, edited.value, run);
  if (!inputs.ok) return inputs;
  const { values, given } = inputs.value;

  const today: PlanVehicle[] = run.currentIds.map((id) => planVehicle(vehicle(id)));
  const target: TargetModel[] = run.fleet
    .filter((f) => f.count > 0)
    .map((f) => ({ ...f, type: vehicle(f.sourceId).type, groupKey: groupKey(vehicle(f.sourceId)) }));
  const changes = transitionChanges(today, target, values.startMs);
  const editedDates = new Map(edited.value.events.map((e) => [e.key, e.dateMs]));
  const events = withEditedDates(transitionEvents(changes, values.startMs), editedDates);
  const years =
    given.years ??
    defaultYears(
      values.startMs,
      events.map((e) => e.dateMs),
    );
  const horizon = checkHorizon(
    events,
    edited.value.events,
    { ...values, years },
    given.years !== undefined,
    sheets,
    inputSheets,
    byId,
  );
  if (horizon.length > 0) return { ok: false, errors: horizon };
  const plan: TransitionInputs = { ...values, years };

  const segments = fleetTimeline(run.currentIds, changes, events);
  const figures = simulateFleets(segments, { ...run, location }, data, options, (id) => vehicle(id).type);
  if (!figures.ok) return figures;
  const todayFigures = figures.value[0];
  const result = transitionYears(
    plan,
    todayFigures,
    segments.map((s, k) => ({ fromMs: s.fromMs, toMs: s.toMs, figures: figures.value[k] })),
  );
  const fleets: PlanFleetRow[] = segments.map((s, k) => ({
    fromMs: s.fromMs,
    toMs: s.toMs,
    kind: s.kind,
    figures: figures.value[k],
  }));
  // The arriving model in the sheet's language: "Christiania Classic (elcykel)" in Danish.
  const typeWords = SCENARIO_LABELS[request.language].types;
  const sheetPlan = transitionPlan({
    language: request.language,
    location: run.location,
    scenario: { sheet: run.sheet, fromDate: run.fromDate, toDate: run.toDate, allocation: run.allocation },
    inputs: plan,
    events: events.map((event) => ({
      event,
      outName:
        event.out !== null ? memberName({ key: event.out, vehicle: vehicle(event.out), copy: 1 }, false) : "",
      inName: event.in !== null ? uniqueModelLabels([vehicle(event.in)], typeWords)[0] : "",
    })),
    fleets,
    today: todayFigures,
    result,
  });
  return {
    ok: true,
    value: { plan: sheetPlan, summary: transitionPlanSummary(run.sheet, plan, events, result) },
  };
}

/**
 * The data as the scenario saw it: its location, or its pooled locations ("A + B", as a pooled
 * run names them) made one, so every fleet on the way is simulated on the same trips.
 */
function scopeRun(
  read: ScenarioInputs,
  run: ScenarioSheetRun,
): EngineResult<{ data: ScenarioData; location: string }> {
  const known = locationsOf(read.data);
  const pooled = !known.includes(run.location) && run.location.includes(" + ");
  const scoped = scopeScenario(read, {
    location: pooled ? null : run.location,
    ...(pooled ? { locations: run.location.split(" + ") } : {}),
    fromDate: run.fromDate,
    toDate: run.toDate,
    currentIds: run.currentIds,
    fleet: run.fleet,
  });
  if (!scoped.ok) return scoped;
  return {
    ok: true,
    value: { data: scoped.value.data, location: scoped.value.request.location ?? run.location },
  };
}

function planVehicle(v: Vehicle): PlanVehicle {
  return { id: v.id, type: v.type, groupKey: groupKey(v), leaseEndMs: v.leaseEndMs };
}

/** Interchangeable vehicles: same model and consumption (fleetChanges' key) and the same yearly cost. */
function groupKey(v: Vehicle): string {
  return `${modelKey(v)}|${v.yearlyCostDkk ?? ""}`;
}

/** The newest plan sheet's inputs and event dates (or the one the request names). */
function startingPoint(
  sheets: readonly SheetData[],
  request: TransitionPlanRequest,
): EngineResult<{ inputs: Partial<TransitionInputs>; events: EditedEventDate[]; sheet: string | null }> {
  const name =
    request.planSheet === undefined ? (findTransitionPlanSheets(sheets).at(-1) ?? null) : request.planSheet;
  if (name === null) return { ok: true, value: { inputs: {}, events: [], sheet: null } };
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) return { ok: false, errors: [missingSheet(name)] };
  const read = readTransitionPlanSheet(sheet);
  if (!read.ok) return read;
  return { ok: true, value: { inputs: read.value.inputs, events: read.value.events, sheet: name } };
}

/** Defaults, then the plan sheet's inputs, then `--set`; which horizon values were given at all. */
function resolveInputs(
  request: TransitionPlanRequest,
  edited: { inputs: Partial<TransitionInputs> },
  run: ScenarioSheetRun,
): EngineResult<{ values: Omit<TransitionInputs, "years">; given: { years?: number } }> {
  const errors: CellError[] = [];
  const set: Partial<TransitionInputs> = {};
  for (const [k, raw] of Object.entries(request.overrides ?? {})) {
    const key = SET_KEYS.get(k);
    const value = key === undefined ? null : parseTransitionInput(key, raw);
    if (key === undefined || value === null) errors.push(badOverride(k, raw, key));
    else set[key] = value;
  }
  if (errors.length > 0) return { ok: false, errors };
  const { years, ...merged } = { ...edited.inputs, ...set };
  const startMs = merged.startMs ?? defaultStartMs(parseIsoDate(run.toDate) as number);
  const values = { ...TRANSITION_DEFAULTS, ...merged, startMs };
  return { ok: true, value: { values, given: years !== undefined ? { years } : {} } };
}

/**
 * Every event must fall in the plan: on or after its start and before the end of its last year.
 * A date a user typed on the plan sheet is named by its cell there; a lease end by its cell on the
 * vehicle sheet; either way the fix says which years value would hold it.
 */
function checkHorizon(
  events: readonly TransitionEvent[],
  editedRows: readonly EditedEventDate[],
  plan: TransitionInputs,
  yearsGiven: boolean,
  sheets: readonly SheetData[],
  inputSheets: InputSheets,
  byId: ReadonlyMap<string, Vehicle>,
): CellError[] {
  const end = horizonEndMs(plan.startMs, plan.years);
  const keys = eventKeys(events);
  const cellOf = new Map(editedRows.map((e) => [e.key, e.cell]));
  const errors: CellError[] = [];
  const needed = yearOf(Math.max(...events.map((e) => e.dateMs), plan.startMs)) - yearOf(plan.startMs) + 1;
  events.forEach((e, i) => {
    const before = e.dateMs < plan.startMs;
    if (!before && e.dateMs < end) return;
    const editedCell = cellOf.get(keys[i]);
    const where = editedCell
      ? { sheet: "", cell: editedCell, onPlan: true }
      : leaseEndCell(sheets, inputSheets, e.out !== null ? byId.get(e.out) : undefined);
    errors.push(outsideHorizon(e, plan, before, yearsGiven, needed, where));
  });
  return errors;
}

/** The Slut leasing cell of a vehicle on the vehicle sheet, found by its header. */
function leaseEndCell(
  sheets: readonly SheetData[],
  inputSheets: InputSheets,
  v: Vehicle | undefined,
): { sheet: string; cell: string; onPlan: boolean } {
  const sheet = sheets.find((s) => s.name === inputSheets.vehicles);
  if (!sheet || !v) return { sheet: "", cell: "", onPlan: false };
  const norm = (x: unknown) => (typeof x === "string" ? x.replace(/\s+/g, "").toLowerCase() : "");
  for (let r = 0; r < sheet.values.length; r++) {
    const c = sheet.values[r].findIndex((x) => ["slutleasing", "leaseend"].includes(norm(x)));
    if (c >= 0)
      return { sheet: sheet.name, cell: cellAddress(v.sourceRow, sheet.originCol + c), onPlan: false };
  }
  return { sheet: sheet.name, cell: `A${v.sourceRow}`, onPlan: false };
}

/**
 * The yearly figures of every segment's fleet, in segment order: today's and the target's from
 * the scenario sheet (what it shows), the others simulated once per distinct composition.
 */
function simulateFleets(
  segments: readonly FleetSegment[],
  run: ScenarioSheetRun,
  data: ScenarioData,
  options: TransitionPlanOptions,
  typeOf: (sourceId: string) => VehicleType,
): EngineResult<FleetFigures[]> {
  const cache = new Map<string, Omit<FleetFigures, "byType">>();
  const toSimulate = new Set(segments.filter((s) => s.kind === "between").map((s) => s.key));
  let done = 0;
  const out: FleetFigures[] = [];
  for (const s of segments) {
    const byType = countByType(s.fleet, typeOf);
    if (s.kind === "today") {
      out.push({
        ...run.current,
        byType: countByType(
          run.currentIds.map((id) => ({ sourceId: id, count: 1 })),
          typeOf,
        ),
      });
      continue;
    }
    if (s.kind === "target") {
      out.push({ ...run.simulated, byType });
      continue;
    }
    let figures = cache.get(s.key);
    if (!figures) {
      try {
        const result = runScenario(
          data,
          {
            location: run.location,
            fromDate: run.fromDate,
            toDate: run.toDate,
            currentIds: run.currentIds,
            fleet: s.fleet,
            allocation: run.allocation,
            limitKm: run.limitKm,
          },
          { solver: options.solver },
        );
        const c = result.simulated.consequences;
        figures = {
          fixedDkk: c.fixedCostDkk,
          energyDkk: c.fuelCostDkk,
          socialDkk: c.socialCostDkk,
          allowanceDkk: c.allowanceDkk,
          co2eTonnes: c.co2eTonnes,
          unallocatedTrips: c.unallocatedTrips,
        };
      } catch (e) {
        if (e instanceof ScenarioError) return { ok: false, errors: [requestError(e)] };
        throw e;
      }
      cache.set(s.key, figures);
      options.onProgress?.(++done, toSimulate.size);
    }
    out.push({ ...figures, byType });
  }
  return { ok: true, value: out };
}
