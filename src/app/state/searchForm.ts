import type { InputOverview } from "../../engine/api";
import type { ScenarioRequest } from "../../core/scenario/scenarioRequest";
import { defaultGoals, defaultLimits, type SearchRequest } from "../../core/search/searchRequest";
import type { MessageKey } from "../../i18n/translate";

/** The search panel's fields, as typed (text, so a half-typed number is not lost). */
export interface SearchForm {
  co2eReductionPct: string;
  maxExtraCostDkk: string;
  /** 0 cost … 10 CO2e. */
  priority: number;
  allowedUnallocatedTrips: string;
  maxUnallocatedKm: string;
  iterations: string;
  /** Lock the vehicles whose lease runs more than a year past the period (Slut leasing). */
  lockByLease: boolean;
  /** The vehicles locked by hand when lockByLease is off. */
  lockedIds: string[];
  /** The candidate models the search may add (all of them at first). */
  candidateIds: string[];
}

export function initialSearchForm(overview: InputOverview): SearchForm {
  const goals = defaultGoals();
  return {
    co2eReductionPct: String(goals.co2eReductionPct),
    maxExtraCostDkk: String(goals.maxExtraCostDkk),
    priority: goals.priority,
    allowedUnallocatedTrips: String(goals.allowedUnallocatedTrips),
    maxUnallocatedKm: String(goals.maxUnallocatedKm),
    iterations: String(defaultLimits().maxIterations),
    lockByLease: true,
    lockedIds: [],
    candidateIds: candidatesOf(overview).map((v) => v.id),
  };
}

/** Vehicles with no location: models offered for the simulated fleet (Kandidater). */
export function candidatesOf(overview: InputOverview): InputOverview["vehicles"] {
  return overview.vehicles.filter((v) => v.location === "");
}

/** Reads "12,5" and "12.5" alike; NaN for anything that is not a number. */
function parseNumber(text: string): number {
  const t = text.trim().replace(",", ".");
  return t === "" ? NaN : Number(t);
}

/** What keeps the search from starting, as message keys, in the order the fields appear. */
export function searchFormProblems(form: SearchForm): MessageKey[] {
  const problems: MessageKey[] = [];
  const pct = parseNumber(form.co2eReductionPct);
  if (!(pct >= 0 && pct <= 100)) problems.push("search.problem.co2e");
  if (!Number.isFinite(parseNumber(form.maxExtraCostDkk))) problems.push("search.problem.extraCost");
  const allowed = parseNumber(form.allowedUnallocatedTrips);
  if (!(Number.isInteger(allowed) && allowed >= 0)) problems.push("search.problem.allowed");
  if (!(parseNumber(form.maxUnallocatedKm) >= 0)) problems.push("search.problem.maxKm");
  const iterations = parseNumber(form.iterations);
  if (!(Number.isInteger(iterations) && iterations >= 1 && iterations <= 1000))
    problems.push("search.problem.iterations");
  return problems;
}

/**
 * The engine's search request: the simulation form's location, period, current fleet, km cap and
 * bike settings (the search proposes the simulated fleet), plus the goals, locks and candidates.
 */
export function toSearchRequest(
  form: SearchForm,
  scenario: ScenarioRequest,
  overview: InputOverview,
): SearchRequest {
  const { fleet: _fleet, ...rest } = scenario;
  const allCandidates = candidatesOf(overview).map((v) => v.id);
  const chosen = new Set(form.candidateIds);
  return {
    ...rest,
    lockedIds: form.lockByLease ? null : [...form.lockedIds],
    candidateIds: chosen.size === allCandidates.length ? null : allCandidates.filter((id) => chosen.has(id)),
    goals: {
      co2eReductionPct: parseNumber(form.co2eReductionPct),
      maxExtraCostDkk: parseNumber(form.maxExtraCostDkk),
      priority: form.priority,
      allowedUnallocatedTrips: parseNumber(form.allowedUnallocatedTrips),
      maxUnallocatedKm: parseNumber(form.maxUnallocatedKm),
    },
    limits: { maxIterations: parseNumber(form.iterations) },
  };
}
