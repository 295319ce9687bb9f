import {
  transitionPlanFromSheets,
  type TransitionPlanOutcome,
  type TransitionPlanRequest,
} from "../../src/engine/transitionPlan";
import type { WorkbookHost } from "../../src/workbook/workbookHost";
import {
  businessCaseFromSheets,
  type BusinessCaseOutcome,
  type BusinessCaseRequest,
} from "../../src/engine/businessCase";
import type { AbortableEngine } from "../../src/worker/client";
import {
  aggregateSheets,
  type AggregationOutcome,
  type AggregationRequest,
} from "../../src/engine/aggregate";
import { abortError } from "../../src/worker/client";
import type {
  EngineResult,
  InputOverview,
  InputSheets,
  Progress,
  SimulationOutcome,
} from "../../src/engine/api";
import type { SheetData } from "../../src/workbook/sheetData";
import type { WorkbookPlan } from "../../src/workbook/plan/types";
import type { ScenarioSummary } from "../../src/core/scenario/scenarioSummary";
import type { CellError } from "../../src/workbook/read/cellError";
import type { ScenarioRequest } from "../../src/core/scenario/scenarioRequest";
import type { SearchOutcome } from "../../src/engine/search";
import type { VehicleCheckRequest } from "../../src/engine/checkVehicles";
import type {
  LocationsOverviewOutcome,
  LocationsOverviewRequest,
  VehicleCheckOutcome,
  VehicleExportFile,
} from "../../src/engine/dataTools";

/** A workbook in memory that records what the app reads, writes and selects. */
export class FakeHost implements WorkbookHost {
  readonly kind = "file" as const;
  reads: string[] = [];
  written: WorkbookPlan[] = [];
  selected: { sheet: string; cell: string }[] = [];
  writeError: Error | null = null;

  constructor(public sheets: string[]) {}

  async listSheets(): Promise<string[]> {
    return [...this.sheets];
  }

  async readSheet(name: string): Promise<SheetData> {
    if (!this.sheets.includes(name)) throw new Error(`No sheet named ${name}`);
    this.reads.push(name);
    return { name, originRow: 1, originCol: 1, values: [["header"]] };
  }

  async writePlan(plan: WorkbookPlan, onProgress?: (fraction: number) => void): Promise<string[]> {
    if (this.writeError) throw this.writeError;
    this.written.push(plan);
    onProgress?.(1);
    const names = plan.sheets.map((s) => s.name);
    this.sheets.push(...names);
    return names;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected.push({ sheet, cell });
  }
}

export interface FakeEngineScript {
  overview?: InputOverview;
  summary?: ScenarioSummary;
  errors?: CellError[];
  /** simulate never answers until aborted, like a long solve. */
  hang?: boolean;
}

/** The engine as the pane sees it (signal first), answering from a script. */
export class FakeEngine implements AbortableEngine {
  simulatedWith: SheetData[] | null = null;
  requests: ScenarioRequest[] = [];
  private started!: () => void;
  readonly simulateStarted = new Promise<void>((resolve) => (this.started = resolve));

  constructor(private readonly script: FakeEngineScript) {}

  async overview(
    _signal: AbortSignal,
    _sheets: SheetData[],
    _inputs: InputSheets,
  ): Promise<EngineResult<InputOverview>> {
    if (this.script.errors) return { ok: false, errors: this.script.errors };
    if (!this.script.overview) throw new Error("no overview scripted");
    return { ok: true, value: this.script.overview };
  }

  simulate(
    signal: AbortSignal,
    sheets: SheetData[],
    _inputs: InputSheets,
    request: ScenarioRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<EngineResult<SimulationOutcome>> {
    this.simulatedWith = sheets;
    this.requests.push(request);
    this.started();
    return new Promise((resolve, reject) => {
      signal.addEventListener("abort", () => reject(abortError()), { once: true });
      if (this.script.hang) {
        onProgress?.({ kind: "phase", phase: "simulated", fraction: 0.3 });
        return;
      }
      if (this.script.errors) return resolve({ ok: false, errors: this.script.errors });
      onProgress?.({ kind: "phase", phase: "simulated", fraction: 0.5 });
      if (!this.script.summary) return reject(new Error("no summary scripted"));
      resolve({
        ok: true,
        value: {
          summary: this.script.summary,
          plan: { sheets: [{ name: "Scenarie 1", ranges: [], tables: [] }] },
        },
      });
    });
  }

  /** The search is not scripted here: test/e2e/search.spec.ts runs the pane's search on the real engine. */
  async search(): Promise<EngineResult<SearchOutcome>> {
    return { ok: false, errors: [] };
  }

  async searchResultPlan(): Promise<EngineResult<SearchOutcome>> {
    return { ok: false, errors: [] };
  }

  /** The business case is cheap and pure: the fake runs the real one and records what it was asked. */
  businessCaseRequests: { sheets: SheetData[] | null; request: BusinessCaseRequest }[] = [];

  async businessCasePlan(
    _signal: AbortSignal,
    sheets: SheetData[] | null,
    request: BusinessCaseRequest,
  ): Promise<EngineResult<BusinessCaseOutcome>> {
    this.businessCaseRequests.push({ sheets, request });
    return businessCaseFromSheets(sheets, request);
  }

  /** The transition plan runs the real one too (on the sheets the pane read), recording each request. */
  transitionPlanRequests: { sheets: SheetData[]; request: TransitionPlanRequest }[] = [];

  async transitionPlan(
    _signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: TransitionPlanRequest,
  ): Promise<EngineResult<TransitionPlanOutcome>> {
    this.transitionPlanRequests.push({ sheets, request });
    return transitionPlanFromSheets(sheets, inputs, request);
  }

  /** Dashboards asked for, in order; the fake answers with an empty "Dashboards" sheet. */
  dashboardRequests: ScenarioRequest[] = [];

  async dashboards(
    _signal: AbortSignal,
    _sheets: SheetData[],
    _inputs: InputSheets,
    request: ScenarioRequest,
  ): Promise<EngineResult<WorkbookPlan>> {
    this.dashboardRequests.push(request);
    if (this.script.errors) return { ok: false, errors: this.script.errors };
    return { ok: true, value: { sheets: [{ name: "Dashboards", ranges: [], tables: [] }] } };
  }

  async templatePlan(_signal: AbortSignal, language: "en" | "da"): Promise<WorkbookPlan> {
    const names =
      language === "da" ? ["Køretøjer", "Ture", "Parametre"] : ["Vehicles", "Trips", "Parameters"];
    return { sheets: names.map((name) => ({ name, ranges: [], tables: [] })) };
  }

  /** The aggregation is pure too: the fake runs the real one and records what it was asked. */
  aggregateRequests: AggregationRequest[] = [];

  async aggregate(
    _signal: AbortSignal,
    sheets: SheetData[],
    request: AggregationRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<EngineResult<AggregationOutcome>> {
    this.aggregateRequests.push(request);
    return aggregateSheets(sheets, request, onProgress);
  }

  /** The data tools' calls, in order, by name; each answers with the scripted errors or a sheet of its own. */
  dataToolCalls: { tool: string; inputs: InputSheets; request?: unknown }[] = [];

  async vehicleCheck(
    _signal: AbortSignal,
    _sheets: SheetData[],
    inputs: InputSheets,
    request: VehicleCheckRequest,
  ): Promise<EngineResult<VehicleCheckOutcome>> {
    this.dataToolCalls.push({ tool: "vehicleCheck", inputs, request });
    if (this.script.errors) return { ok: false, errors: this.script.errors };
    const result = { fromDate: null, toDate: null, locations: [], vehiclesChecked: 2, vehicles: [] };
    return {
      ok: true,
      value: { result, plan: { sheets: [{ name: "Vehicle data check", ranges: [], tables: [] }] } },
    };
  }

  async locationsOverview(
    _signal: AbortSignal,
    _sheets: SheetData[],
    inputs: InputSheets,
    request: LocationsOverviewRequest,
  ): Promise<EngineResult<LocationsOverviewOutcome>> {
    this.dataToolCalls.push({ tool: "locationsOverview", inputs, request });
    if (this.script.errors) return { ok: false, errors: this.script.errors };
    const overview = { fromDate: null, toDate: null, days: 0, locations: [] };
    return {
      ok: true,
      value: { overview, plan: { sheets: [{ name: "Locations overview", ranges: [], tables: [] }] } },
    };
  }

  async exportVehicles(
    _signal: AbortSignal,
    _sheets: SheetData[],
    inputs: InputSheets,
  ): Promise<EngineResult<VehicleExportFile>> {
    this.dataToolCalls.push({ tool: "exportVehicles", inputs });
    if (this.script.errors) return { ok: false, errors: this.script.errors };
    return {
      ok: true,
      value: { bytes: new Uint8Array([80, 75]), fileName: "Oversigt_over_flåde.xlsx", vehicles: 2 },
    };
  }
}
