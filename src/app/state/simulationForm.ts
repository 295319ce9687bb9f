import type { InputOverview } from "../../engine/api";
import { simulatableIds } from "./vehicleReadiness";
import type { ScenarioRequest } from "../../core/scenario/scenarioRequest";
import type { Language, MessageKey } from "../../i18n/translate";
import { modelGroups, type ModelGroup, type OverviewVehicle } from "./fleetGroups";
import { bikeSettingsText, changedBikeSettings, type BikeSettingsText } from "./bikeSettings";
import { rowCopies, rowYearlyCost } from "./rowCopies";

/** What the user chose in step 2. Counts are per model group (identical vehicles count as one model). */
export interface SimulationForm {
  location: string;
  /** YYYY-MM-DD, inclusive; "" while the user has cleared the field. */
  fromDate: string;
  toDate: string;
  /** Bil ids of the current fleet that are ticked. */
  currentIds: string[];
  /** Count per model group, keyed by the group's first Bil id (ModelGroup.id); a missing key means 0. */
  fleetCounts: Record<string, number>;
  limitKm: boolean;
  /** How the simulated fleet takes the trips, and whether to show all three side by side. */
  allocation: ScenarioRequest["allocation"];
  compareAllocations: boolean;
  /** The bike settings as typed; the workbook's values until the user changes them. */
  bikeSettings: BikeSettingsText;
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
    allocation: "simple",
    compareAllocations: false,
    bikeSettings: bikeSettingsText(overview.bikeSettings),
  };
}

/**
 * Switching location starts the fleets over: the location's vehicles are the current fleet (all
 * ticked) and the simulated fleet has as many of each model as the location has today; candidates
 * and other locations' models start at 0. The period and the bike settings stay.
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
  const fleetCounts: Record<string, number> = {};
  for (const g of modelGroups(overview, location)) fleetCounts[g.id] = defaultCount(g);
  return { location, currentIds: simulatableIds(vehiclesAt(overview, location)), fleetCounts };
}

/** A model starts at the number of the location's vehicles of that model; anything else at 0. */
export function defaultCount(group: ModelGroup): number {
  return group.section === "location" ? Math.min(MAX_FLEET_COUNT, simulatableIds(group.vehicles).length) : 0;
}

/**
 * What the row's count changes in yearly cost (Årlig omkostning) against its starting count:
 * negative when the dearest are removed, positive for copies added at the cheapest cost.
 * @example rowCostChange(aygosAt30_32_34kr, 2) //=> -34000
 */
export function rowCostChange(group: ModelGroup, count: number): number {
  return rowYearlyCost(group, count) - rowYearlyCost(group, defaultCount(group));
}

/** The simulated fleet's yearly cost (Årlig omkostning), vehicle for vehicle as the request sends it. */
export function simulatedYearlyCost(form: SimulationForm, groups: readonly ModelGroup[]): number {
  return groups.reduce((sum, g) => sum + rowYearlyCost(g, form.fleetCounts[g.id] ?? 0), 0);
}

/** The ticked current fleet's yearly cost (Årlig omkostning). */
export function currentYearlyCost(form: SimulationForm, groups: readonly ModelGroup[]): number {
  const ticked = new Set(form.currentIds);
  return groups
    .flatMap((g) => g.vehicles)
    .reduce((sum, v) => sum + (ticked.has(v.id) ? (v.yearlyCostDkk ?? 0) : 0), 0);
}

/** The location's own vehicles, in workbook order. */
export function vehiclesAt(overview: InputOverview, location: string): OverviewVehicle[] {
  return overview.vehicles.filter((v) => v.location === location);
}

export function toggleCurrent(form: SimulationForm, id: string, checked: boolean): SimulationForm {
  return toggleCurrentMany(form, [id], checked);
}

/** Ticks or unticks several vehicles at once (a whole model group). */
export function toggleCurrentMany(
  form: SimulationForm,
  ids: readonly string[],
  checked: boolean,
): SimulationForm {
  const without = form.currentIds.filter((x) => !ids.includes(x));
  return { ...form, currentIds: checked ? [...without, ...ids] : without };
}

/** A group's tick: all of its vehicles, none, or some ("mixed"). */
export function groupChecked(form: SimulationForm, group: ModelGroup): boolean | "mixed" {
  const ticked = group.vehicles.filter((v) => form.currentIds.includes(v.id)).length;
  if (ticked === 0) return false;
  return ticked === group.vehicles.length ? true : "mixed";
}

/** Sets one model's count, clamped to 0–99; a value that is not a number leaves the count as it was. */
export function setFleetCount(form: SimulationForm, groupId: string, count: number): SimulationForm {
  if (!Number.isFinite(count)) return form;
  const clamped = Math.min(MAX_FLEET_COUNT, Math.max(0, Math.round(count)));
  return { ...form, fleetCounts: { ...form.fleetCounts, [groupId]: clamped } };
}

/** Vehicles in the simulated fleet. */
export function fleetTotal(form: SimulationForm): number {
  return Object.values(form.fleetCounts).reduce((sum, n) => sum + n, 0);
}

/** Simulated minus current fleet (the ticked vehicles): negative when the simulated fleet is smaller. */
export function fleetDifference(form: SimulationForm): number {
  return fleetTotal(form) - form.currentIds.length;
}

export function setBikeSetting(
  form: SimulationForm,
  key: keyof BikeSettingsText,
  text: string,
): SimulationForm {
  return { ...form, bikeSettings: { ...form.bikeSettings, [key]: text } };
}

export function resetBikeSettings(form: SimulationForm, overview: InputOverview): SimulationForm {
  return { ...form, bikeSettings: bikeSettingsText(overview.bikeSettings) };
}

/** Whether the location's trips are merged per shift (a Vagtlag for it, or one for every location). */
export function locationHasShifts(overview: InputOverview, location: string): boolean {
  return overview.shiftLocations.includes(location) || overview.shiftLocations.includes("");
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
 * The engine's request for this form. The current fleet keeps workbook order. The simulated fleet
 * lists the rows with at least one copy in workbook order, each as rowCopies takes its count (the
 * cheapest of the row's vehicles, copies at the cheapest cost), so the simulated fleet and its cost
 * are what the table shows; an empty list is a real scenario: no vehicles at all.
 * Only the bike settings the user changed go along, as parameterOverrides.
 */
export function toScenarioRequest(
  form: SimulationForm,
  overview: InputOverview,
  language: Language,
): ScenarioRequest {
  const ticked = new Set(form.currentIds);
  const fleet = modelGroups(overview, form.location)
    .filter((g) => (form.fleetCounts[g.id] ?? 0) > 0)
    .sort((a, b) => a.order - b.order)
    .flatMap((g) => rowCopies(g, form.fleetCounts[g.id]))
    .map((c) => ({ sourceId: c.vehicle.id, count: c.count }));
  const overrides = changedBikeSettings(form.bikeSettings, overview.bikeSettings);
  return {
    location: form.location,
    fromDate: form.fromDate,
    toDate: form.toDate,
    currentIds: overview.vehicles.filter((v) => ticked.has(v.id)).map((v) => v.id),
    fleet,
    allocation: form.allocation,
    limitKm: form.limitKm,
    ...(form.compareAllocations ? { compareAllocations: true } : {}),
    // The result sheet speaks the pane's language.
    language,
    ...(Object.keys(overrides).length > 0 ? { parameterOverrides: overrides } : {}),
  };
}

function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

/**
 * The simulated fleet is today's, vehicle for vehicle: every vehicle of the location is in the
 * current fleet and each model's count is what the location has of it, nothing else added. A saving
 * then comes only from how the trips are shared out, which the result must say.
 */
export function isTodaysFleet(form: SimulationForm, overview: InputOverview): boolean {
  const todays = vehiclesAt(overview, form.location);
  if (todays.length !== form.currentIds.length || !todays.every((v) => form.currentIds.includes(v.id)))
    return false;
  return modelGroups(overview, form.location).every(
    (g) => (form.fleetCounts[g.id] ?? 0) === (g.section === "location" ? g.vehicles.length : 0),
  );
}
