import type { TransitionPlanOutcome, TransitionPlanRequest } from "./transitionPlan";
import type { SheetData } from "../workbook/sheetData";
import type { Language } from "../core/language";
import type { BusinessCaseOutcome, BusinessCaseRequest } from "./businessCase";
import type { WorkbookPlan } from "../workbook/plan/types";
import type { ScenarioRequest } from "../core/scenario/scenarioRequest";
import type { ScenarioSummary } from "../core/scenario/scenarioSummary";
import type { AggregationOutcome, AggregationRequest } from "./aggregate";
import type { SearchRequest } from "../core/search/searchRequest";
import type { SearchProgress } from "../core/search/runSearch";
import type { SearchSummary } from "../core/search/searchResult";
import type { SearchOutcome } from "./search";
import type { VehicleCheckRequest } from "./checkVehicles";
import type { MissingDataCode } from "./missingVehicleData";
import type { InputSheets, Progress, EngineResult } from "./envelope";

export type {
  InputSheets,
  Progress,
  PhaseCode,
  PhaseProgress,
  OptimalProgress,
  EngineResult,
  IncumbentProgress,
} from "./envelope";
import type {
  LocationsOverviewOutcome,
  LocationsOverviewRequest,
  VehicleCheckOutcome,
  VehicleExportFile,
} from "./dataTools";

/** What the simulation form needs to offer choices: locations, vehicles and the data's dates. */
export interface InputOverview {
  locations: { name: string; vehicleCount: number; tripCount: number }[];
  vehicles: {
    id: string;
    name: string;
    type: string;
    location: string;
    yearlyCostDkk: number | null;
    /**
     * Vehicles with equal groupKey are one model in the pane's fleet table: same make, model, type,
     * fuel and WLTP figures, whatever their yearly cost (the row shows the cost or its range).
     */
    groupKey: string;
    /** "Toyota Yaris (benzin, 21.9 km/l)". */
    modelLabel: string;
    /**
     * The vehicle data check's codes that keep the vehicle out of a simulation (no WLTP, no yearly
     * cost, an EV without range); absent or empty: none. The fleet picker shows them disabled.
     */
    missingData?: MissingDataCode[];
    /** Afdeling and Forvaltning from the vehicle sheet, which group the locations in the pane. */
    department?: string;
    forvaltning?: string;
  }[];
  /** The bike settings in effect (Parametre or defaults), keyed like the Parametre sheet. */
  bikeSettings: Record<BikeSettingKey, number | string>;
  /** Locations with shifts (Vagtlag); "" stands for shifts that apply everywhere. */
  shiftLocations: string[];
  /** YYYY-MM-DD of the first and last trip start; null when there are no trips. */
  firstDate: string | null;
  lastDate: string | null;
  tripCount: number;
}

export const BIKE_SETTING_KEYS = [
  "bike_max_km_per_trip",
  "bike_percent_of_trips",
  "bike_slots",
  "bike_speed",
  "electrical_bike_speed",
] as const;
export type BikeSettingKey = (typeof BIKE_SETTING_KEYS)[number];

export interface SimulationOutcome {
  summary: ScenarioSummary;
  /** The result sheet, ready for a host to render. */
  plan: WorkbookPlan;
  /** The dashboard sheet of the same data, when asked for (the CLI's --out). */
  dashboards?: WorkbookPlan;
}

/**
 * The worker's API. Sheets go in as plain arrays; every call validates them again, because the
 * user may have edited the workbook between calls.
 */
export interface EngineApi {
  overview(sheets: SheetData[], inputs: InputSheets): Promise<EngineResult<InputOverview>>;
  simulate(
    sheets: SheetData[],
    inputs: InputSheets,
    request: ScenarioRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<EngineResult<SimulationOutcome>>;
  /** The template's empty input tables with drop-downs and the Parametre defaults. */
  templatePlan(language: Language): Promise<WorkbookPlan>;
  /**
   * Logs and GPS points into round trips: the new Ture sheet and the precision report as a plan.
   * Cancel is the worker's termination (src/worker/client.ts).
   */
  aggregate(
    sheets: SheetData[],
    request: AggregationRequest,
    onProgress?: (p: Progress) => void,
  ): Promise<EngineResult<AggregationOutcome>>;
  /**
   * The break-even business case sheet and its figures. `sheets` holds the sheets the request
   * names (a scenario to link, an edited business case to take inputs from); null: none.
   */
  businessCasePlan(
    sheets: SheetData[] | null,
    request: BusinessCaseRequest,
  ): Promise<EngineResult<BusinessCaseOutcome>>;
  /**
   * The automatic search (tabu) and its sheets. `onProgress` streams the best fleets and the front
   * so far after every iteration: cancel terminates the worker, and the pane keeps what it got.
   */
  search(
    sheets: SheetData[],
    inputs: InputSheets,
    request: SearchRequest,
    onProgress?: (p: SearchProgress) => void,
  ): Promise<EngineResult<SearchOutcome>>;
  /** The sheets for a search result the pane holds (the best so far after a cancel). */
  searchResultPlan(
    sheets: SheetData[],
    inputs: InputSheets,
    request: SearchRequest,
    summary: SearchSummary,
  ): Promise<EngineResult<SearchOutcome>>;
  /**
   * The transition plan towards a scenario sheet (issue 18). `sheets` holds the input sheets, the
   * scenario sheet and, when there is one, the newest plan sheet whose edits the plan starts from.
   */
  transitionPlan(
    sheets: SheetData[],
    inputs: InputSheets,
    request: TransitionPlanRequest,
  ): Promise<EngineResult<TransitionPlanOutcome>>;
  /** The dashboard sheet (reference §7) of the request's location and period, current fleet as driven. */
  dashboards(
    sheets: SheetData[],
    inputs: InputSheets,
    request: ScenarioRequest,
  ): Promise<EngineResult<WorkbookPlan>>;
  /** The Vehicle data check sheet (`fleetopt check`): every vehicle that needs attention, linked to its cells. */
  vehicleCheck(
    sheets: SheetData[],
    inputs: InputSheets,
    request: VehicleCheckRequest,
  ): Promise<EngineResult<VehicleCheckOutcome>>;
  /** The Locations overview sheet (`fleetopt overview`): the locations side by side, lowest-utilised first. */
  locationsOverview(
    sheets: SheetData[],
    inputs: InputSheets,
    request: LocationsOverviewRequest,
  ): Promise<EngineResult<LocationsOverviewOutcome>>;
  /** The vehicle sheet as OS2's `Oversigt_over_flåde.xlsx` (`fleetopt export-vehicles`), as file bytes. */
  exportVehicles(sheets: SheetData[], inputs: InputSheets): Promise<EngineResult<VehicleExportFile>>;
}
