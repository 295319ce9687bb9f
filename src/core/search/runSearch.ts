import type { FleetMember, Vehicle } from "../model/types";
import { DAYS_PER_YEAR, MS_PER_DAY } from "../model/constants";
import {
  runScenario,
  type ScenarioData,
  type ScenarioHooks,
  type ScenarioResult,
} from "../scenario/runScenario";
import type { AllocationMethod, ScenarioRequest } from "../scenario/scenarioRequest";
import { simulateSimple } from "../simulation/simulateSimple";
import { formatIsoDate } from "../time/naiveTime";
import { bisectMinimum } from "./bisectMinimum";
import { combinationBounds, generateCombinations } from "./combinations";
import { confirmProposals, type SearchRun } from "./confirmProposals";
import { coverageViolation } from "./coverage";
import { FleetEvaluator, type FleetEvaluation } from "./fleetEvaluator";
import { modelClasses, type ModelClass } from "./modelClasses";
import { score, type Reference } from "./objective";
import { averageDay, peakDay, type RepresentativeDay } from "./representativeDays";
import { scenarioRequestOf, type SearchRequest } from "./searchRequest";
import type { SearchModel, SearchSummary } from "./searchResult";
import type { SearchPhase, SearchProgress } from "./searchProgress";
import { solutionsAndFront, type SummaryContext } from "./summarizeSearch";
import { tabuSearch } from "./tabuSearch";
import { checkSearchIds, validateSearchRequest } from "./validateSearchRequest";

export type { SearchPhase, SearchProgress, ProposalProgress } from "./searchProgress";
export type { SearchRun } from "./confirmProposals";

export interface SearchHooks {
  /**
   * Called at every phase, after every tabu iteration and while each proposal is confirmed;
   * return false to stop and keep the best so far (during confirming: the exact solve's best).
   */
  onProgress?(p: SearchProgress): boolean | void;
  /** HiGHS, for confirming the proposals when the request asks for the optimal allocation. */
  solver?: ScenarioHooks["solver"];
}

/** Most start combinations checked on the representative days before the tabu search begins. */
const MAX_START_CHECKS = 500;

/**
 * The automatic search (product.md §4.5, seed "Trin 5"): from today's fleet, the locked vehicles and
 * the candidate models, find fleets that meet the goals. Preparation on a peak day and an average
 * day (fitness per model, the minimum number of vehicles, ranked combinations); then a tabu search
 * whose every move is simulated on the whole period. Deterministic: no randomness, no clock.
 */
export function runSearch(
  data: ScenarioData,
  request: SearchRequest,
  hooks: SearchHooks = {},
): SearchSummary {
  return runSearchWithScenarios(data, request, hooks).summary;
}

/**
 * runSearch, and each proposal's scenario (simulated once, with the allocation asked for) for
 * whoever writes the result sheets: no proposal is solved twice.
 */
export function runSearchWithScenarios(
  data: ScenarioData,
  request: SearchRequest,
  hooks: SearchHooks = {},
): SearchRun {
  const limits = validateSearchRequest(request);
  const goals = request.goals;
  // False: the listener asks the search to stop and keep the best so far.
  const report = (p: SearchProgress) => hooks.onProgress?.(p) !== false;
  const step = (phase: SearchPhase, partial: SearchSummary | null = null) =>
    report({ kind: "search", phase, fraction: null, partial });

  step("preparing");
  const scenarioRequest: ScenarioRequest = { ...scenarioRequestOf(request), allocation: "simple" };
  // Today's fleet replays reality; the selected trips, the period and the reference come from it.
  const base = runScenario(data, scenarioRequest);
  const byId = new Map(data.vehicles.map((v) => [v.id, v]));
  const lockedIds = request.lockedIds ?? defaultLockedIds(base.currentIds, byId, base.toMs);
  const candidateIds =
    request.candidateIds ?? data.vehicles.filter((v) => v.location === "").map((v) => v.id);
  checkSearchIds(lockedIds, candidateIds, base.currentIds, byId);

  const classes = modelClasses({
    currentIds: base.currentIds,
    lockedIds,
    candidateIds,
    byId,
    params: data.params,
    priority: goals.priority,
    modelsPerType: limits.modelsPerType,
    namedCandidateIds: request.candidateIds ?? [],
  });
  const reference: Reference = {
    yearlyCost: base.current.consequences.totalDkk,
    yearlyCo2eTonnes: base.current.consequences.co2eTonnes,
  };
  const peak = peakDay(base.trips);
  const average = averageDay(base.trips);

  step("minimum");
  const longest = longestRangeClass(classes);
  // One day is simulated as a period of one day with the km cap off: the cap is a yearly figure
  // pro rata, which a single day cannot judge (the full-period evaluation applies it).
  const dayCovers = (day: RepresentativeDay | null, members: FleetMember[]) =>
    day === null ||
    coverageViolation(
      day.trips,
      simulateSimple(day.trips, members, { params: data.params, periodDays: 1, limitKm: false }),
      goals,
    ) === 0;
  const minimum = longest
    ? bisectMinimum(peak?.trips.length ?? 0, (n) => dayCovers(peak, copiesOf(longest.representative, n)))
        .minimum
    : null;
  const bounds = combinationBounds(minimum ?? base.currentIds.length, classes);

  step("combinations");
  const combos = generateCombinations(
    classes,
    bounds,
    {
      maxYearlyCost: reference.yearlyCost + goals.maxExtraCostDkk,
      maxYearlyCo2eTonnes: reference.yearlyCo2eTonnes * (1 - goals.co2eReductionPct / 100),
      // km the fleet itself must drive in a year: all of it but what the goals let employees drive.
      fleetYearlyKm: Math.max(
        0,
        (totalKm(base.trips) - goals.allowedUnallocatedTrips * goals.maxUnallocatedKm) *
          (DAYS_PER_YEAR / base.periodDays),
      ),
    },
    { maxCombinations: limits.maxCombinations, maxAddedModels: 2 },
  );
  const maxStarts = Math.ceil(limits.maxIterations / limits.patience) + 1;
  const starts = pickStarts(
    combos.map((c) => c.counts),
    maxStarts,
    (counts) => {
      const members = membersOf(classes, counts);
      return dayCovers(peak, members) && dayCovers(average, members);
    },
  );

  const searchMethod: AllocationMethod = request.allocation === "optimal" ? "greedy" : request.allocation;
  const evaluator = new FleetEvaluator(
    data,
    { ...scenarioRequest, allocation: request.allocation },
    base,
    searchMethod,
    classes.map((c) => c.representative),
    goals,
  );
  const summaryContext: SummaryContext = {
    base,
    byId,
    classes,
    reference,
    goals,
    maxSolutions: limits.maxSolutions,
  };
  const summarize = (stop: SearchSummary["stop"], iterations: number, evaluations: FleetEvaluation[]) => ({
    ...header({
      base,
      request,
      searchMethod,
      reference,
      lockedIds,
      candidateIds,
      peak,
      average,
      classes,
    }),
    minimumVehicles: minimum,
    minTotal: bounds.minTotal,
    maxTotal: bounds.maxTotal,
    combinations: combos.length,
    starts: starts.length,
    iterations,
    simulations: evaluator.simulations,
    stop,
    ...solutionsAndFront(evaluations, summaryContext),
  });

  const outcome = tabuSearch(
    {
      starts,
      lowerBounds: classes.map((c) => c.locked),
      freeIndices: classes.map((c, i) => (c.free ? i : -1)).filter((i) => i >= 0),
      minTotal: bounds.minTotal,
      maxTotal: bounds.maxTotal,
      score: (counts) => score(evaluator.evaluate(counts), reference, goals),
    },
    limits,
    {
      onIteration: ({ iteration }) =>
        report({
          kind: "tabu",
          iteration,
          maxIterations: limits.maxIterations,
          simulations: evaluator.simulations,
          fraction: Math.min(1, iteration / Math.max(1, limits.maxIterations)),
          // The best so far only when someone listens: summarising every iteration is not free.
          partial: hooks.onProgress ? summarize("iterations", iteration, evaluator.evaluations) : null,
        }),
    },
  );

  const found: SearchSummary = summarize(outcome.stop, outcome.iterations, evaluator.evaluations);
  // Every proposal is simulated once more, whole and with the method asked for: that run is both
  // its confirmed figures (the search used greedy for optimal) and its scenario sheet.
  const run = confirmProposals(data, scenarioRequestOf(request), found, {
    solver: hooks.solver,
    onProgress: (p) =>
      report({ kind: "confirming", ...p, fraction: (p.proposal - 1) / p.proposals, partial: found }),
  });
  step("done", run.summary);
  return run;
}

/**
 * The vehicles whose lease continues: Slut leasing more than a year after the period's last day,
 * so replacing them now would pay for two vehicles. Owned vehicles and leases without an end date
 * are replaceable.
 */
export function defaultLockedIds(
  currentIds: readonly string[],
  byId: ReadonlyMap<string, Vehicle>,
  toMs: number,
): string[] {
  return currentIds.filter((id) => {
    const end = byId.get(id)?.leaseEndMs ?? null;
    return end !== null && end > toMs + 365 * MS_PER_DAY;
  });
}

/** The model with the longest usable range (fossil cars without a range count as unlimited); cars before bikes. */
export function longestRangeClass(classes: readonly ModelClass[]): ModelClass | null {
  const rangeOf = (v: Vehicle) => {
    if (v.type === "fossil") return v.rangeKm ?? Infinity;
    if (v.type === "ev") return (v.rangeKm ?? 0) * (1 - (v.capacityDecreasePct ?? 0) / 100);
    return -1; // a bike covers the driving only in its time windows: never the yardstick
  };
  let best: ModelClass | null = null;
  for (const c of classes)
    if (
      best === null ||
      rangeOf(c.representative) > rangeOf(best.representative) ||
      (rangeOf(c.representative) === rangeOf(best.representative) && c.fitness < best.fitness)
    )
      best = c;
  return best;
}

function totalKm(trips: readonly { distanceKm: number }[]): number {
  return trips.reduce((s, t) => s + t.distanceKm, 0);
}

function copiesOf(vehicle: Vehicle, n: number): FleetMember[] {
  return Array.from({ length: n }, (_, i) => ({ key: `${vehicle.id}#${i + 1}`, vehicle, copy: i + 1 }));
}

function membersOf(classes: readonly ModelClass[], counts: readonly number[]): FleetMember[] {
  return classes.flatMap((c, i) => copiesOf(c.representative, counts[i]));
}

/**
 * The ranked combinations that cover both representative days, best first, up to `wanted`. When
 * none of the first MAX_START_CHECKS does, the best ranked ones start anyway: the tabu search,
 * which simulates the whole period, then has to add vehicles.
 */
function pickStarts(
  ranked: readonly number[][],
  wanted: number,
  covers: (counts: number[]) => boolean,
): number[][] {
  const starts: number[][] = [];
  for (let i = 0; i < ranked.length && i < MAX_START_CHECKS && starts.length < wanted; i++)
    if (covers(ranked[i])) starts.push(ranked[i]);
  return starts.length > 0 ? starts : ranked.slice(0, wanted);
}

interface HeaderFacts {
  base: ScenarioResult;
  request: SearchRequest;
  searchMethod: AllocationMethod;
  reference: Reference;
  lockedIds: string[];
  candidateIds: string[];
  peak: RepresentativeDay | null;
  average: RepresentativeDay | null;
  classes: readonly ModelClass[];
}

/** The parts of the summary that do not change while the tabu search runs. */
function header(facts: HeaderFacts) {
  const { base, request, searchMethod, reference, lockedIds, candidateIds, peak, average, classes } = facts;
  const goals = request.goals;
  const day = (d: RepresentativeDay | null) =>
    d && { date: formatIsoDate(d.dayMs), km: d.km, trips: d.trips.length };
  return {
    location: base.location,
    fromDate: formatIsoDate(base.fromMs),
    toDate: formatIsoDate(base.toMs),
    periodDays: base.periodDays,
    trips: base.trips.length,
    allocation: request.allocation,
    searchAllocation: searchMethod,
    goals: { ...goals },
    current: {
      ...reference,
      unallocatedTrips: base.current.consequences.unallocatedTrips,
      vehicles: base.currentIds.length,
    },
    targets: {
      maxYearlyCost: reference.yearlyCost + goals.maxExtraCostDkk,
      maxYearlyCo2eTonnes: reference.yearlyCo2eTonnes * (1 - goals.co2eReductionPct / 100),
    },
    lockedIds,
    candidateIds,
    peakDay: day(peak),
    averageDay: day(average),
    models: classes.map((c) => ({
      sourceId: c.representative.id,
      model: modelName(c.representative),
      type: c.representative.type,
      labelFacts: labelFacts(c.representative),
      current: c.currentIds.length,
      locked: c.locked,
      free: c.free,
      costAtFitnessKm: c.costAtFitnessKm,
      co2eAtFitnessKm: c.co2eAtFitnessKm,
      fitness: c.fitness,
    })),
  };
}

function labelFacts(v: Vehicle): SearchModel["labelFacts"] {
  const { id, plate, make, model, type, fuelLabel, kmPerLitre, whPerKm } = v;
  return { id, plate, make, model, type, fuelLabel, kmPerLitre, whPerKm };
}

function modelName(v: Vehicle): string {
  return [v.make, v.model].filter((s) => s !== "").join(" ") || `Bil ${v.id}`;
}
