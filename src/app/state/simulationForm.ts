import type { InputOverview } from "../../worker/api";
import type { ScenarioRequest } from "../../core/scenario/scenarioRequest";
import type { Language, MessageKey } from "../../i18n/translate";

type OverviewVehicle = InputOverview["vehicles"][number];

/** What the user chose in step 2. Counts are per vehicle model (Bil id). */
export interface SimulationForm {
  location: string;
  /** YYYY-MM-DD, inclusive; "" while the user has cleared the field. */
  fromDate: string;
  toDate: string;
  /** Bil ids of the current fleet that are ticked. */
  currentIds: string[];
  /** Count per Bil id in the simulated fleet; a missing id means 0. */
  fleetCounts: Record<string, number>;
  limitKm: boolean;
}

export const MAX_FLEET_COUNT = 99;

/** The form for the overview's first location (or `location` when given), with the data's dates. */
export function initialForm(overview: InputOverview, location?: string): SimulationForm {
  const name = location ?? overview.locations[0]?.name ?? "";
  return {
    ...formForLocation(overview, name),
    fromDate: overview.firstDate ?? "",
    toDate: overview.lastDate ?? "",
    limitKm: false,
  };
}

/**
 * Switching location starts the fleets over: the location's vehicles are the current fleet (all
 * ticked) and one of each in the simulated fleet; vehicles elsewhere are candidates at 0.
 */
export function changeLocation(
  form: SimulationForm,
  overview: InputOverview,
  location: string,
): SimulationForm {
  return { ...form, ...formForLocation(overview, location) };
}

function formForLocation(
  overview: InputOverview,
  location: string,
): Pick<SimulationForm, "location" | "currentIds" | "fleetCounts"> {
  const local = vehiclesAt(overview, location);
  const fleetCounts: Record<string, number> = {};
  for (const v of overview.vehicles) fleetCounts[v.id] = v.location === location ? 1 : 0;
  return { location, currentIds: local.map((v) => v.id), fleetCounts };
}

/** The location's own vehicles, in workbook order. */
export function vehiclesAt(overview: InputOverview, location: string): OverviewVehicle[] {
  return overview.vehicles.filter((v) => v.location === location);
}

/** Every other vehicle in the workbook: candidates for the simulated fleet. */
export function candidateVehicles(overview: InputOverview, location: string): OverviewVehicle[] {
  return overview.vehicles.filter((v) => v.location !== location);
}

export function toggleCurrent(form: SimulationForm, id: string, checked: boolean): SimulationForm {
  const without = form.currentIds.filter((x) => x !== id);
  return { ...form, currentIds: checked ? [...without, id] : without };
}

/** Sets one model's count, clamped to 0–99; a value that is not a number leaves the count as it was. */
export function setFleetCount(form: SimulationForm, id: string, count: number): SimulationForm {
  if (!Number.isFinite(count)) return form;
  const clamped = Math.min(MAX_FLEET_COUNT, Math.max(0, Math.round(count)));
  return { ...form, fleetCounts: { ...form.fleetCounts, [id]: clamped } };
}

export function fleetTotal(form: SimulationForm): number {
  return Object.values(form.fleetCounts).reduce((sum, n) => sum + n, 0);
}

/** What keeps the form from being run, as message keys, in the order the fields appear. */
export function formProblems(form: SimulationForm): MessageKey[] {
  const problems: MessageKey[] = [];
  if (!isIsoDate(form.fromDate) || !isIsoDate(form.toDate) || form.fromDate > form.toDate) {
    problems.push("form.periodInvalid");
  }
  if (form.currentIds.length === 0) problems.push("form.currentFleetEmpty");
  return problems;
}

/**
 * The engine's request for this form. The current fleet keeps workbook order; the simulated fleet
 * lists only models with at least one copy (an empty list is a real scenario: no vehicles at all).
 */
export function toScenarioRequest(
  form: SimulationForm,
  overview: InputOverview,
  language: Language,
): ScenarioRequest {
  const ticked = new Set(form.currentIds);
  return {
    location: form.location,
    fromDate: form.fromDate,
    toDate: form.toDate,
    currentIds: overview.vehicles.filter((v) => ticked.has(v.id)).map((v) => v.id),
    fleet: overview.vehicles
      .filter((v) => (form.fleetCounts[v.id] ?? 0) > 0)
      .map((v) => ({ sourceId: v.id, count: form.fleetCounts[v.id] })),
    allocation: "simple",
    limitKm: form.limitKm,
    // The result sheet speaks the pane's language.
    language,
  };
}

function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}
