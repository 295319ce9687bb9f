import type { VehicleCheckResult } from "./vehicleCheckTypes";
import type { Language } from "../read/cellError";
import { quoteSheet } from "../read/cellError";
import type { PlanCell, SheetPlan, WorkbookPlan } from "./types";

const LABELS = {
  en: {
    sheet: "Vehicle data check",
    title: "FleetOptimiser vehicle data check",
    period: (from: string | null, to: string | null) =>
      from && to ? `Period ${from} – ${to}` : "No trips in the data",
    counts: (bad: number, of: number) =>
      bad === 0
        ? `All ${of} vehicles are ready for a simulation.`
        : `${bad} of ${of} vehicles need attention.`,
    note: "Click a cell reference to go to the cell. A vehicle without a row here is fine.",
    header: ["Bil id", "Vehicle", "Location", "Problem", "Cell", "What is wrong", "Fix"],
  },
  da: {
    sheet: "Tjek af køretøjsdata",
    title: "FleetOptimiser tjek af køretøjsdata",
    period: (from: string | null, to: string | null) =>
      from && to ? `Periode ${from} – ${to}` : "Ingen ture i data",
    counts: (bad: number, of: number) =>
      bad === 0
        ? `Alle ${of} køretøjer er klar til en simulering.`
        : `${bad} af ${of} køretøjer kræver opmærksomhed.`,
    note: "Klik på en cellereference for at gå til cellen. Et køretøj uden række her er i orden.",
    header: ["Bil id", "Køretøj", "Lokation", "Problem", "Celle", "Hvad er galt", "Ret"],
  },
} as const;

const TABLE_ROW = 5;

/**
 * The "Vehicle data check" sheet: a row per problem of each vehicle that needs attention (a
 * vehicle with several problems has several rows, so each problem keeps its own link), with a
 * HYPERLINK to the cell to fix, what is wrong and the fix. A formula link works in every Excel
 * and needs nothing from the host.
 */
export function vehicleCheckPlan(
  result: VehicleCheckResult,
  language: Language,
  runId = Date.now().toString(36),
): WorkbookPlan {
  const L = LABELS[language];
  const rows: PlanCell[][] = result.vehicles.flatMap((v) =>
    v.problems.map((p): PlanCell[] => [
      v.id,
      v.name,
      v.location,
      p.code,
      {
        formula: `=HYPERLINK("${`#${quoteSheet(p.sheet)}!${p.address}`.replace(/"/g, '""')}","${p.cell.replace(/"/g, '""')}")`,
        result: p.cell,
      },
      p.message,
      p.fix,
    ]),
  );
  const sheet: SheetPlan = {
    name: L.sheet,
    freezeRows: TABLE_ROW,
    ranges: [
      { row: 1, col: 1, values: [[L.title]], style: "title" },
      { row: 2, col: 1, values: [[L.period(result.fromDate, result.toDate)]], style: "subtitle" },
      {
        row: 3,
        col: 1,
        values: [[L.counts(result.vehicles.length, result.vehiclesChecked)]],
        style: result.vehicles.length ? "warning" : "note",
      },
      { row: 4, col: 1, values: [[L.note]], style: "note" },
    ],
    tables: rows.length
      ? [
          {
            name: `VehicleCheck_${runId}`,
            row: TABLE_ROW,
            col: 1,
            columns: [
              { header: L.header[0], align: "left" },
              { header: L.header[1] },
              { header: L.header[2] },
              { header: L.header[3] },
              { header: L.header[4] },
              { header: L.header[5] },
              { header: L.header[6] },
            ],
            rows,
          },
        ]
      : [],
    activate: true,
  };
  return { sheets: [sheet] };
}
