import { businessCaseFromSheets } from "./businessCase";
import { transitionPlanFromSheets } from "./transitionPlan";
import { readScenarioSheetRun } from "../workbook/transitionScenarioSheet";
import type { EngineApi } from "./api";
import { readInputs } from "../workbook/read/readInputs";
import { templatePlan } from "../workbook/plan/templatePlan";
import type { WorkbookPlan } from "../workbook/plan/types";
import { aggregateSheets } from "./aggregate";
import { needsSolver } from "./allocationProgress";
import type { MipSolver } from "../core/allocation/mipSolver";
import { searchResultPlan, searchSheets } from "./search";
import { exportVehiclesFile, locationsOverviewSheets, vehicleCheckSheets } from "./dataTools";
import { simulateSheets } from "./simulate";
import { dashboardSheets } from "./dashboards";
import { overviewOf } from "./overview";

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
  const loadedSolver = async (): Promise<MipSolver | undefined> => {
    solver ??= loadSolver();
    const loaded = await solver.catch(() => undefined);
    if (!loaded) solver = null; // try again next time; this run reports that the solver is missing
    return loaded;
  };
  const solverFor = async (request: { allocation: string }): Promise<MipSolver | undefined> =>
    request.allocation === "optimal" ? loadedSolver() : undefined;
  return {
    async overview(sheets, inputs) {
      const read = readInputs(sheets, inputs);
      if (!read.ok) return { ok: false, errors: read.errors };
      return { ok: true, value: overviewOf(read.value) };
    },
    async simulate(sheets, inputs, request, onProgress) {
      if (!needsSolver(request)) return simulateSheets(sheets, inputs, request, onProgress);
      onProgress?.({ kind: "phase", phase: "loadingSolver", fraction: 0 });
      return simulateSheets(sheets, inputs, request, onProgress, { solver: await loadedSolver() });
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
      const solver = run?.ok ? await solverFor({ allocation: run.value.allocation }) : undefined;
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
