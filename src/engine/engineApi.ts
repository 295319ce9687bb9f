import { businessCaseFromSheets } from "../workbook/businessCaseFromSheets";
import { transitionPlanFromSheets } from "./transitionPlan";
import { readScenarioSheetRun } from "../workbook/transitionScenarioSheet";
import {
  BIKE_SETTING_KEYS,
  type EngineApi,
  type EngineResult,
  type InputOverview,
  type InputSheets,
  type Progress,
  type SimulationOutcome,
} from "./api";
import type { SheetData } from "../workbook/sheetData";
import { readInputs, type FleetInputs } from "../workbook/read/readInputs";
import { readScenarioInputs, requestError, scopeScenario } from "./scenarioInputs";
import { runScenario, locationsOf, tripDays } from "../core/scenario/runScenario";
import { ScenarioError } from "../core/scenario/scenarioError";
import type { ScenarioRequest } from "../core/scenario/scenarioRequest";
import { templatePlan } from "../workbook/plan/templatePlan";
import { dashboardPlanOf } from "../workbook/plan/dashboardPlan";
import type { WorkbookPlan } from "../workbook/plan/types";
import { aggregateSheets } from "./aggregate";
import { allocationHooks, needsSolver } from "./allocationProgress";
import type { MipSolver } from "../core/allocation/mipSolver";
import { searchResultPlan, searchSheets } from "./search";
import { exportVehiclesFile, locationsOverviewSheets, vehicleCheckSheets } from "./dataTools";
import { missingVehicleData } from "./missingVehicleData";
import { scenarioSheet } from "./scenarioSheet";
import { formatIsoDate } from "../core/time/naiveTime";
import { memberName } from "../core/simulation/buildFleet";
import { modelKey, modelLabel } from "../core/scenario/fleetChanges";
import {
  findParameterDefinition,
  formatTimeWindows,
  type Parameters,
  type TimeWindow,
} from "../core/model/parameters";

/**
 * What the engine needs from the runtime it runs in, passed in so the engine itself imports no
 * solver binary and no file writer: the Web Worker entry and the CLI wire them up.
 */
export interface EnginePorts {
  /** HiGHS, loaded on the first optimal allocation; absent: an optimal run reports the solver missing. */
  loadSolver?: () => Promise<MipSolver>;
  /** A plan as .xlsx file bytes (the vehicle export); absent: the export reports it cannot write. */
  workbookBytes?: (plan: WorkbookPlan) => Promise<Uint8Array>;
}

/**
 * The engine behind the worker boundary. The same object serves the Web Worker (through Comlink),
 * the CLI (in-process) and the tests, so every host runs exactly one code path.
 */
export function createEngineApi(ports: EnginePorts = {}): EngineApi {
  const loadSolver = ports.loadSolver ?? (() => Promise.reject(new Error("no solver")));
  let solver: Promise<MipSolver> | null = null;
  const solverFor = async (request: { allocation: string }): Promise<MipSolver | undefined> => {
    if (request.allocation !== "optimal") return undefined;
    solver ??= loadSolver();
    const loaded = await solver.catch(() => undefined);
    if (!loaded) solver = null; // try again next time; this run reports that the solver is missing
    return loaded;
  };
  return {
    async overview(sheets, inputs) {
      const read = readInputs(sheets, inputs);
      if (!read.ok) return { ok: false, errors: read.errors };
      return { ok: true, value: overviewOf(read.inputs) };
    },
    async simulate(sheets, inputs, request, onProgress) {
      if (!needsSolver(request)) return simulateSheets(sheets, inputs, request, onProgress);
      onProgress?.({ kind: "phase", phase: "loadingSolver", fraction: 0 });
      solver ??= loadSolver();
      const loaded = await solver.catch(() => undefined);
      if (!loaded) solver = null; // try again next time; this run reports that the solver is missing
      return simulateSheets(sheets, inputs, request, onProgress, { solver: loaded });
    },
    async templatePlan(language) {
      return templatePlan(language);
    },
    async aggregate(sheets, request, onProgress) {
      return aggregateSheets(sheets, request, onProgress);
    },
    async businessCasePlan(sheets, request) {
      return businessCaseFromSheets(sheets, request);
    },
    async search(sheets, inputs, request, onProgress) {
      // The exact allocation confirms the proposals only: HiGHS loads when it is asked for.
      return searchSheets(sheets, inputs, request, onProgress, { solver: await solverFor(request) });
    },
    async searchResultPlan(sheets, inputs, request, summary) {
      return searchResultPlan(sheets, inputs, request, summary, { solver: await solverFor(request) });
    },
    async transitionPlan(sheets, inputs, request) {
      // HiGHS loads only for a scenario allocated optimally: its fleets on the way are too.
      const scenario = sheets.find((s) => s.name === request.scenarioSheet);
      const run = scenario ? readScenarioSheetRun(scenario) : null;
      const solver = run?.ok ? await solverFor({ allocation: run.run.allocation }) : undefined;
      return transitionPlanFromSheets(sheets, inputs, request, { solver });
    },
    async dashboards(sheets, inputs, request) {
      return dashboardSheets(sheets, inputs, request);
    },
    async vehicleCheck(sheets, inputs, request) {
      return vehicleCheckSheets(sheets, inputs, request);
    },
    async locationsOverview(sheets, inputs, request) {
      return locationsOverviewSheets(sheets, inputs, request);
    },
    async exportVehicles(sheets, inputs) {
      return exportVehiclesFile(sheets, inputs, ports.workbookBytes);
    },
  };
}

export interface SimulateSheetsOptions {
  /** Also build the dashboard sheet of the same data (the CLI's --out writes it beside the scenario). */
  dashboards?: boolean;
  /** HiGHS for the optimal allocation (loaded by the worker or the CLI). */
  solver?: MipSolver;
}

export function simulateSheets(
  sheets: SheetData[],
  inputs: InputSheets,
  requestIn: ScenarioRequest,
  onProgress?: (p: Progress) => void,
  options: SimulateSheetsOptions = {},
): EngineResult<SimulationOutcome> {
  onProgress?.({ kind: "phase", phase: "reading", fraction: 0 });
  const read = readScenarioInputs(sheets, inputs, requestIn.parameterOverrides);
  if (!read.ok) return read;
  const scoped = scopeScenario(read.value, requestIn);
  if (!scoped.ok) return scoped;
  const { data, request } = scoped.value;
  try {
    const result = runScenario(data, request, {
      ...allocationHooks(options.solver, data.params.allocationTimeLimitSec, onProgress),
      onProgress: (phase, fraction) => onProgress?.({ kind: "phase", phase, fraction }),
    });
    onProgress?.({ kind: "phase", phase: "writing", fraction: 0 });
    const sheet = scenarioSheet(result, read.value, request.language ?? "en");
    if (!sheet.ok) return sheet;
    const { summary, plan } = sheet.value;
    const dashboards = options.dashboards ? dashboardPlanOf(result, request.language ?? "en") : undefined;
    onProgress?.({ kind: "phase", phase: "done", fraction: 1 });
    return { ok: true, value: { summary, plan, ...(dashboards ? { dashboards } : {}) } };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, errors: [requestError(e)] };
    throw e;
  }
}

/**
 * The dashboard sheet of the request's location and period. Dashboards show the current fleet as
 * it drove, so the simulated fleet and the allocation method do not matter: the cheapest run
 * (simple allocation, the current fleet) gives the same dashboards as any other.
 */
export function dashboardSheets(
  sheets: SheetData[],
  inputs: InputSheets,
  request: ScenarioRequest,
): EngineResult<WorkbookPlan> {
  const read = readScenarioInputs(sheets, inputs, request.parameterOverrides);
  if (!read.ok) return read;
  const scoped = scopeScenario(read.value, { ...request, allocation: "simple" as const, fleet: null });
  if (!scoped.ok) return scoped;
  try {
    const result = runScenario(scoped.value.data, scoped.value.request);
    return { ok: true, value: dashboardPlanOf(result, request.language ?? "en") };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, errors: [requestError(e)] };
    throw e;
  }
}

function bikeSettingsOf(p: Parameters): InputOverview["bikeSettings"] {
  const record = p as unknown as Record<string, number | string | TimeWindow[]>;
  const out = {} as InputOverview["bikeSettings"];
  for (const key of BIKE_SETTING_KEYS) {
    const value = record[findParameterDefinition(key)?.field as string];
    out[key] = Array.isArray(value) ? formatTimeWindows(value) : value;
  }
  return out;
}

function overviewOf(inputs: FleetInputs): InputOverview {
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
      groupKey: `${modelKey(v)}|${v.yearlyCostDkk ?? ""}`,
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
