import type { AllocationReport } from "../../core/allocation/allocationReport";
import type { Language } from "../../core/language";
import type { AllocationMethod } from "../../core/scenario/scenarioRequest";
import type { ScenarioResult } from "../../core/scenario/runScenario";
import { NUMBER_FORMATS as F, type PlanCell, type PlanRange, type PlanTable } from "./types";

const LABELS = {
  en: {
    title: "Allocation",
    method: {
      simple: "Simple (rule-based)",
      greedy: "Greedy (cheapest free vehicle)",
      optimal: "Optimal (HiGHS)",
    },
    producedBy: "This scenario's allocation",
    proven: "Proven optimal",
    yes: "yes",
    no: "no",
    objective: "Objective (weighted cost per year)",
    bound: "Best bound",
    gap: "Gap",
    seconds: "Solver time (s)",
    stoppedBy: "Ended by",
    stopped: { solved: "solved", timeLimit: "time limit", cancelled: "cancel", watchdog: "watchdog" },
    source: "Best allocation from",
    sources: { mip: "the solver", greedy: "the greedy warm start", simple: "the simple simulation" },
    header: ["Algorithm", "Cost per year", "CO2e per year", "Unallocated trips", "Proven optimal", "Gap"],
    compareTitle: "Simple, greedy and optimal side by side",
  },
  da: {
    title: "Tildeling",
    method: {
      simple: "Simpel (regelbaseret)",
      greedy: "Grådig (billigste ledige køretøj)",
      optimal: "Optimal (HiGHS)",
    },
    producedBy: "Scenariets tildeling",
    proven: "Bevist optimal",
    yes: "ja",
    no: "nej",
    objective: "Målfunktion (vægtet omkostning pr. år)",
    bound: "Bedste grænse",
    gap: "Gab",
    seconds: "Løsertid (s)",
    stoppedBy: "Afsluttet af",
    stopped: { solved: "løst", timeLimit: "tidsgrænse", cancelled: "annullering", watchdog: "vagthund" },
    source: "Bedste tildeling fra",
    sources: { mip: "løseren", greedy: "den grådige startløsning", simple: "den simple simulering" },
    header: ["Algoritme", "Omkostning pr. år", "CO2e pr. år", "Ikke-tildelte ture", "Bevist optimal", "Gab"],
    compareTitle: "Simpel, grådig og optimal side om side",
  },
} as const;

/**
 * The scenario sheet's allocation section (issue 5): which algorithm produced the allocation, the
 * exact allocation's objective, bound, gap, proof and time, and — when the run asked for it —
 * simple, greedy and optimal side by side. Nothing for a plain simple run, so its sheet keeps its
 * layout. Appends to `ranges`/`tables` from `row`; returns the next free row.
 */
export function pushAllocationSection(
  result: ScenarioResult,
  language: Language,
  runId: string,
  row: number,
  ranges: PlanRange[],
  tables: PlanTable[],
): number {
  const comparison = result.allocationComparison;
  if (result.allocationMethod === "simple" && !comparison) return row;
  const L = LABELS[language];
  ranges.push({ row, col: 1, values: [[L.title]], style: "subtitle" });
  row += 1;
  const facts: [string, PlanCell, string | null][] = [
    [L.producedBy, L.method[result.allocationMethod], null],
  ];
  const r = result.allocationReport;
  if (r) facts.push(...reportFacts(r, L));
  facts.forEach(([label, value, format], i) =>
    ranges.push({ row: row + i, col: 1, values: [[label, value]], columns: [{}, { format, align: "left" }] }),
  );
  row += facts.length + 1;
  if (comparison) {
    ranges.push({ row, col: 1, values: [[L.compareTitle]], style: "label" });
    row += 1;
    const rows = comparison.map((c): PlanCell[] => [
      L.method[c.method as AllocationMethod],
      c.yearlyCost,
      c.yearlyCo2eTonnes,
      c.unallocatedTrips,
      c.report ? (c.report.optimal ? L.yes : L.no) : null,
      c.report ? c.report.gap : null,
    ]);
    tables.push({
      name: `AllocationComparison_${runId}`,
      row,
      col: 1,
      columns: [
        { header: L.header[0] },
        { header: L.header[1], format: F.dkk },
        { header: L.header[2], format: F.tonnes },
        { header: L.header[3], format: F.integer },
        { header: L.header[4] },
        { header: L.header[5], format: "0.00%" },
      ],
      rows,
    });
    row += rows.length + 2;
  }
  return row + 1;
}

function reportFacts(r: AllocationReport, L: (typeof LABELS)[Language]): [string, PlanCell, string | null][] {
  return [
    [L.proven, r.optimal ? L.yes : L.no, null],
    [L.objective, r.objective, F.dkk],
    [L.bound, r.bound, F.dkk],
    [L.gap, r.gap, "0.00%"],
    [L.seconds, Math.round(r.seconds * 100) / 100, F.decimal2],
    [L.stoppedBy, L.stopped[r.stoppedBy], null],
    [L.source, L.sources[r.source], null],
  ];
}
