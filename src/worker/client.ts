import { proxy, releaseProxy, wrap, type Endpoint, type Remote } from "comlink";
// Type-only: the engine itself must never land in the page bundle, only in the worker chunk.
import type {
  EngineApi,
  EngineResult,
  InputOverview,
  InputSheets,
  Progress,
  SimulationOutcome,
} from "../engine/api";
import type { SheetData } from "../workbook/sheetData";
import type { Language } from "../core/language";
import type { ScenarioRequest } from "../core/scenario/scenarioRequest";
import type { WorkbookPlan } from "../workbook/plan/types";
import type { AggregationOutcome, AggregationRequest } from "../engine/aggregate";
import type { BusinessCaseOutcome, BusinessCaseRequest } from "../engine/businessCase";
import type { TransitionPlanOutcome, TransitionPlanRequest } from "../engine/transitionPlan";
import type { SearchRequest } from "../core/search/searchRequest";
import type { SearchProgress } from "../core/search/runSearch";
import type { SearchSummary } from "../core/search/searchResult";
import type { SearchOutcome } from "../engine/search";
import type { VehicleCheckRequest } from "../engine/checkVehicles";
import type {
  LocationsOverviewOutcome,
  LocationsOverviewRequest,
  VehicleCheckOutcome,
  VehicleExportFile,
} from "../engine/dataTools";

/**
 * What the pane needs from the engine. Every call takes the AbortSignal first (Squoosh's habit):
 * aborting rejects the call at once with an AbortError, whatever the worker is doing.
 */
export interface AbortableEngine {
  overview(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
  ): Promise<EngineResult<InputOverview>>;
  simulate(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: ScenarioRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<EngineResult<SimulationOutcome>>;
  templatePlan(signal: AbortSignal, language: Language): Promise<WorkbookPlan>;
  aggregate(
    signal: AbortSignal,
    sheets: SheetData[],
    request: AggregationRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<EngineResult<AggregationOutcome>>;
  businessCasePlan(
    signal: AbortSignal,
    sheets: SheetData[] | null,
    request: BusinessCaseRequest,
  ): Promise<EngineResult<BusinessCaseOutcome>>;
  search(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: SearchRequest,
    onProgress?: (p: SearchProgress) => void,
  ): Promise<EngineResult<SearchOutcome>>;
  searchResultPlan(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: SearchRequest,
    summary: SearchSummary,
  ): Promise<EngineResult<SearchOutcome>>;
  transitionPlan(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: TransitionPlanRequest,
  ): Promise<EngineResult<TransitionPlanOutcome>>;
  dashboards(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: ScenarioRequest,
  ): Promise<EngineResult<WorkbookPlan>>;
  vehicleCheck(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: VehicleCheckRequest,
  ): Promise<EngineResult<VehicleCheckOutcome>>;
  locationsOverview(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: LocationsOverviewRequest,
  ): Promise<EngineResult<LocationsOverviewOutcome>>;
  exportVehicles(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
  ): Promise<EngineResult<VehicleExportFile>>;
}

/** One live engine: the Comlink endpoint and the way to kill whatever runs behind it. */
export interface EngineConnection {
  endpoint: Endpoint;
  /** Stops the engine for good; the client never reuses a terminated connection. */
  terminate(): void;
  /** Registers a listener for a crash (a worker that failed to load or threw at the top level). */
  onFailure?(listener: (error: Error) => void): void;
}

export type EngineConnectionFactory = () => EngineConnection;

/** The production factory: a dedicated worker built by webpack from engine.worker.ts. */
export function createWorkerConnection(): EngineConnection {
  // Written literally so webpack sees it and emits the worker as its own chunk (stack-notes §4).
  const worker = new Worker(new URL("./engine.worker.ts", import.meta.url));
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onFailure(listener) {
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        listener(new Error(event.message || "The engine worker failed to start."));
      });
    },
  };
}

/** The error every aborted call rejects with, as fetch() does, so callers test `name === "AbortError"`. */
export function abortError(): DOMException {
  return new DOMException("The operation was aborted.", "AbortError");
}

export function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

interface Live {
  connection: EngineConnection;
  api: Remote<EngineApi>;
  /** Rejecters of the calls in flight on this connection: a terminated worker never answers them. */
  pending: Set<(error: unknown) => void>;
}

/**
 * The pane's only door to the engine. The worker starts lazily on the first call. Aborting a call
 * terminates the worker, because synchronous work (a simulation loop, a wasm solve) cannot be
 * interrupted any other way; the next call starts a fresh worker.
 */
export class EngineClient implements AbortableEngine {
  private live: Live | null = null;

  constructor(private readonly connect: EngineConnectionFactory = createWorkerConnection) {}

  overview(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
  ): Promise<EngineResult<InputOverview>> {
    // Comlink's Remote type splits a union result into a union of promises; name the type to rejoin it.
    return this.call<EngineResult<InputOverview>>(signal, (api) => api.overview(sheets, inputs));
  }

  simulate(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: ScenarioRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<EngineResult<SimulationOutcome>> {
    return this.call<EngineResult<SimulationOutcome>>(signal, (api) =>
      onProgress
        ? api.simulate(sheets, inputs, request, proxy(onProgress))
        : api.simulate(sheets, inputs, request),
    );
  }

  templatePlan(signal: AbortSignal, language: Language): Promise<WorkbookPlan> {
    return this.call(signal, (api) => api.templatePlan(language));
  }

  businessCasePlan(
    signal: AbortSignal,
    sheets: SheetData[] | null,
    request: BusinessCaseRequest,
  ): Promise<EngineResult<BusinessCaseOutcome>> {
    return this.call<EngineResult<BusinessCaseOutcome>>(signal, (api) =>
      api.businessCasePlan(sheets, request),
    );
  }

  transitionPlan(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: TransitionPlanRequest,
  ): Promise<EngineResult<TransitionPlanOutcome>> {
    return this.call<EngineResult<TransitionPlanOutcome>>(signal, (api) =>
      api.transitionPlan(sheets, inputs, request),
    );
  }

  dashboards(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: ScenarioRequest,
  ): Promise<EngineResult<WorkbookPlan>> {
    return this.call<EngineResult<WorkbookPlan>>(signal, (api) => api.dashboards(sheets, inputs, request));
  }

  aggregate(
    signal: AbortSignal,
    sheets: SheetData[],
    request: AggregationRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<EngineResult<AggregationOutcome>> {
    return this.call<EngineResult<AggregationOutcome>>(signal, (api) =>
      onProgress ? api.aggregate(sheets, request, proxy(onProgress)) : api.aggregate(sheets, request),
    );
  }

  search(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: SearchRequest,
    onProgress?: (p: SearchProgress) => void,
  ): Promise<EngineResult<SearchOutcome>> {
    return this.call<EngineResult<SearchOutcome>>(signal, (api) =>
      onProgress
        ? api.search(sheets, inputs, request, proxy(onProgress))
        : api.search(sheets, inputs, request),
    );
  }

  searchResultPlan(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: SearchRequest,
    summary: SearchSummary,
  ): Promise<EngineResult<SearchOutcome>> {
    return this.call<EngineResult<SearchOutcome>>(signal, (api) =>
      api.searchResultPlan(sheets, inputs, request, summary),
    );
  }

  vehicleCheck(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: VehicleCheckRequest,
  ): Promise<EngineResult<VehicleCheckOutcome>> {
    return this.call<EngineResult<VehicleCheckOutcome>>(signal, (api) =>
      api.vehicleCheck(sheets, inputs, request),
    );
  }

  locationsOverview(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
    request: LocationsOverviewRequest,
  ): Promise<EngineResult<LocationsOverviewOutcome>> {
    return this.call<EngineResult<LocationsOverviewOutcome>>(signal, (api) =>
      api.locationsOverview(sheets, inputs, request),
    );
  }

  exportVehicles(
    signal: AbortSignal,
    sheets: SheetData[],
    inputs: InputSheets,
  ): Promise<EngineResult<VehicleExportFile>> {
    return this.call<EngineResult<VehicleExportFile>>(signal, (api) => api.exportVehicles(sheets, inputs));
  }

  /** Stops the worker (if any); a later call starts a new one. */
  dispose(): void {
    this.stop(abortError());
  }

  private call<T>(signal: AbortSignal, run: (api: Remote<EngineApi>) => Promise<T>): Promise<T> {
    if (signal.aborted) return Promise.reject(abortError());
    const live = this.ensureLive();
    return new Promise<T>((resolve, reject) => {
      const settle = (): void => {
        live.pending.delete(reject);
        signal.removeEventListener("abort", onAbort);
      };
      const onAbort = (): void => {
        settle();
        reject(abortError());
        // Terminating also rejects the other calls in flight on this worker: they would never settle.
        if (this.live === live) this.stop(abortError());
      };
      live.pending.add(reject);
      signal.addEventListener("abort", onAbort, { once: true });
      run(live.api).then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => {
          settle();
          reject(error);
        },
      );
    });
  }

  private ensureLive(): Live {
    if (this.live) return this.live;
    const connection = this.connect();
    const live: Live = { connection, api: wrap<EngineApi>(connection.endpoint), pending: new Set() };
    connection.onFailure?.((error) => {
      if (this.live === live) this.stop(error);
    });
    this.live = live;
    return live;
  }

  private stop(reason: unknown): void {
    const live = this.live;
    if (!live) return;
    this.live = null;
    for (const reject of [...live.pending]) reject(reason);
    live.pending.clear();
    // Release the proxy first so Comlink drops its listener; the worker is gone right after anyway.
    try {
      live.api[releaseProxy]();
    } catch {
      // Already released or the port is closed: nothing left to free.
    }
    live.connection.terminate();
  }
}
