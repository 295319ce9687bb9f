import type { SearchSummary } from "../../core/search/searchResult";
import type { Language } from "../../core/language";
import type { FleetCount } from "../../core/model/types";
import { cellAddress } from "../sheetData";
import {
  NUMBER_FORMATS as F,
  type PlanCell,
  type PlanChart,
  type PlanColumn,
  type PlanRange,
  type PlanTable,
  type SheetPlan,
} from "./types";
import { SEARCH_LABELS } from "./searchLabels";
import { SCENARIO_LABELS } from "./scenarioLabels";
import { uniqueModelLabels, type TypeWords } from "./modelLabels";

const TYPE_WORDS: Record<Language, TypeWords> = {
  en: SCENARIO_LABELS.en.types,
  da: SCENARIO_LABELS.da.types,
};

export interface SearchPlanOptions {
  language: Language;
  /** The scenario sheet of each proposal, as written (hosts may add " (2)"); the wanted names when unknown. */
  solutionSheets?: readonly string[];
  /** Suffix that keeps table names unique in the workbook; defaults to a time stamp. */
  runId?: string;
}

/**
 * The Search sheet: the goals, how the search went, the proposed fleets (each also written as an
 * ordinary scenario sheet), vehicles per model today and in each proposal, and the Pareto front
 * as a table with a native XY chart of cost against CO2e.
 */
export function searchPlan(summary: SearchSummary, options: SearchPlanOptions): SheetPlan {
  const L = SEARCH_LABELS[options.language];
  const runId = options.runId ?? Date.now().toString(36);
  const ranges: PlanRange[] = [];
  const tables: PlanTable[] = [];
  const names = modelNames(summary, TYPE_WORDS[options.language]);
  const fleetText = (fleet: readonly FleetCount[]) =>
    fleet.map((f) => `${f.count} × ${names.get(f.sourceId) ?? f.sourceId}`).join("; ");
  const yesNo = (b: boolean) => (b ? L.yes : L.no);

  ranges.push({ row: 1, col: 1, values: [[L.title(summary.location)]], style: "title" });
  ranges.push({
    row: 2,
    col: 1,
    values: [
      [
        L.subtitle(
          summary.fromDate,
          summary.toDate,
          summary.periodDays,
          summary.trips,
          summary.allocation,
          summary.searchAllocation,
        ),
      ],
    ],
    style: "note",
  });

  let row = 4;
  const block = (title: string, lines: [string, PlanCell, string | null][]) => {
    ranges.push({ row, col: 1, values: [[title]], style: "subtitle" });
    row += 1;
    // Facts mix numbers and texts ("2025-03-04, 212 km, 31"): all left, one straight edge.
    lines.forEach(([label, value, format], i) =>
      ranges.push({
        row: row + i,
        col: 1,
        values: [[label, value]],
        columns: [{}, { format, align: "left" }],
      }),
    );
    row += lines.length + 1;
  };
  const g = summary.goals;
  block(L.goalsTitle, [
    [L.goals.co2eReduction, g.co2eReductionPct, null],
    [L.goals.maxExtraCost, g.maxExtraCostDkk, F.dkk],
    [L.goals.priority, g.priority, null],
    [L.goals.allowedUnallocated, g.allowedUnallocatedTrips, F.integer],
    [L.goals.maxUnallocatedKm, g.maxUnallocatedKm, F.km],
    [L.goals.currentCost, summary.current.yearlyCost, F.dkk],
    [L.goals.currentCo2e, summary.current.yearlyCo2eTonnes, F.tonnes],
    [L.goals.maxCost, summary.targets.maxYearlyCost, F.dkk],
    [L.goals.maxCo2e, summary.targets.maxYearlyCo2eTonnes, F.tonnes],
  ]);
  const day = (d: SearchSummary["peakDay"]) => (d ? `${d.date}, ${Math.round(d.km)} km, ${d.trips}` : L.none);
  block(L.factsTitle, [
    [L.facts.peakDay, day(summary.peakDay), null],
    [L.facts.averageDay, day(summary.averageDay), null],
    [L.facts.minimum, summary.minimumVehicles ?? L.none, null],
    [L.facts.window, `${summary.minTotal}–${summary.maxTotal}`, null],
    [L.facts.locked, summary.lockedIds.length > 0 ? summary.lockedIds.join(", ") : L.none, null],
    [L.facts.combinations, summary.combinations, F.integer],
    [L.facts.starts, summary.starts, F.integer],
    [L.facts.iterations, summary.iterations, F.integer],
    [L.facts.simulations, summary.simulations, F.integer],
    [L.facts.stop, L.stops[summary.stop], null],
  ]);

  ranges.push({ row, col: 1, values: [[L.solutionsTitle]], style: "subtitle" });
  row += 1;
  const sheetNames = summary.solutions.map((_, i) => options.solutionSheets?.[i] ?? L.solutionSheet(i + 1));
  tables.push({
    name: `SearchSolutions_${runId}`,
    row,
    col: 1,
    columns: solutionColumns(L.solutionsHeader),
    rows: summary.solutions.map((s, i) => [
      i + 1,
      sheetNames[i],
      s.yearlyCost,
      s.yearlyCo2eTonnes,
      s.unallocatedTrips,
      s.financialSavings,
      s.co2eSavingsTonnes,
      yesNo(s.meetsGoals),
      fleetText(s.fleet),
    ]),
  });
  row += Math.max(1, summary.solutions.length) + 2;

  ranges.push({ row, col: 1, values: [[L.changesTitle]], style: "subtitle" });
  row += 1;
  const changeRows = changesTable(summary);
  tables.push({
    name: `SearchModels_${runId}`,
    row,
    col: 1,
    columns: L.changesHeader(summary.solutions.length).map((header, i) => ({
      header,
      // Model, type and Bil id are texts (an id is one even when it is a number); then counts.
      ...(i < 3 ? { align: "left" as const } : { format: F.integer }),
    })),
    rows: changeRows.map((r) => [
      names.get(r.sourceId) ?? r.model,
      L.types[r.type] ?? r.type,
      r.sourceId,
      r.current,
      r.locked,
      ...r.proposed,
    ]),
  });
  row += Math.max(1, changeRows.length) + 2;

  ranges.push({ row, col: 1, values: [[L.frontTitle]], style: "subtitle" });
  ranges.push({ row: row + 1, col: 1, values: [[L.frontNote]], style: "note" });
  row += 2;
  const frontRow = row;
  tables.push({
    name: `ParetoFront_${runId}`,
    row,
    col: 1,
    columns: frontColumns(L.frontHeader),
    rows: summary.paretoFront.map((p, i) => [
      i + 1,
      p.yearlyCost,
      p.yearlyCo2eTonnes,
      p.unallocatedTrips,
      yesNo(p.meetsGoals),
      fleetText(p.fleet),
    ]),
  });
  const charts: PlanChart[] = [];
  const n = summary.paretoFront.length;
  if (n > 0) {
    const first = frontRow + 1;
    const last = frontRow + n;
    charts.push({
      kind: "xyScatter",
      title: L.chartTitle,
      categories: `${cellAddress(first, 2)}:${cellAddress(last, 2)}`,
      series: [{ name: L.chartSeries, values: `${cellAddress(first, 3)}:${cellAddress(last, 3)}` }],
      anchor: { row: frontRow, col: 8, widthCols: 8, heightRows: 18 },
    });
  }

  return {
    name: L.sheet,
    print: { orientation: "landscape" },
    ranges,
    tables,
    charts,
    activate: true,
  };
}

interface ChangeRow {
  sourceId: string;
  model: string;
  type: string;
  current: number;
  locked: number;
  proposed: number[];
}

/** One row per model that is in today's fleet or in a proposal; proposals side by side. */
function changesTable(summary: SearchSummary): ChangeRow[] {
  const rows = new Map<string, ChangeRow>();
  summary.solutions.forEach((s, i) => {
    for (const c of s.changes) {
      let r = rows.get(c.model + "|" + c.sourceId);
      if (!r) {
        r = {
          sourceId: c.sourceId,
          model: c.model,
          type: c.type,
          current: c.current,
          locked: c.locked,
          proposed: summary.solutions.map(() => 0),
        };
        rows.set(c.model + "|" + c.sourceId, r);
      }
      r.proposed[i] = c.proposed;
    }
  });
  return [...rows.values()];
}

/** Each model's label by Bil id: unique among the models and naming its real type (e-bike). */
function modelNames(summary: SearchSummary, words: TypeWords): Map<string, string> {
  const labels = uniqueModelLabels(
    summary.models.map((m) => m.labelFacts),
    words,
  );
  const names = new Map<string, string>(summary.models.map((m, i) => [m.sourceId, labels[i]]));
  for (const s of summary.solutions)
    for (const c of s.changes) if (!names.has(c.sourceId)) names.set(c.sourceId, c.model);
  return names;
}

type Header<N extends number> = readonly string[] & { length: N };

function solutionColumns(H: Header<9>): PlanColumn[] {
  const [rank, sheet, cost, co2e, unallocated, saving, co2eSaving, meets, fleet] = H;
  return [
    { header: rank, format: F.integer },
    { header: sheet },
    { header: cost, format: F.dkk },
    { header: co2e, format: F.tonnes },
    { header: unallocated, format: F.integer },
    { header: saving, format: F.dkk },
    { header: co2eSaving, format: F.tonnes },
    { header: meets },
    { header: fleet },
  ];
}

function frontColumns(H: Header<6>): PlanColumn[] {
  const [point, cost, co2e, unallocated, meets, fleet] = H;
  return [
    { header: point, format: F.integer },
    { header: cost, format: F.dkk },
    { header: co2e, format: F.tonnes },
    { header: unallocated, format: F.integer },
    { header: meets },
    { header: fleet },
  ];
}
