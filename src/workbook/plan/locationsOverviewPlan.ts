import type { LocationsOverview } from "./locationsOverviewTypes";
import type { Language } from "../read/cellError";
import { NUMBER_FORMATS as F, type PlanCell, type SheetPlan, type WorkbookPlan } from "./types";

const LABELS = {
  en: {
    sheet: "Locations overview",
    title: "FleetOptimiser locations overview",
    period: (from: string | null, to: string | null, days: number) =>
      from && to ? `Period ${from} – ${to} (${days} days)` : "No trips in the data",
    note: "Lowest-utilised locations first: where a smaller fleet is most likely to do.",
    header: ["Location", "Vehicles", "Trips", "Km", "Km per vehicle per day", "Share of time out"],
    chart: "Share of time out per location",
  },
  da: {
    sheet: "Lokationsoverblik",
    title: "FleetOptimiser overblik over lokationer",
    period: (from: string | null, to: string | null, days: number) =>
      from && to ? `Periode ${from} – ${to} (${days} dage)` : "Ingen ture i data",
    note: "Lavest udnyttede lokationer først: hvor en mindre flåde oftest slår til.",
    header: ["Lokation", "Køretøjer", "Ture", "Km", "Km pr. køretøj pr. dag", "Andel af tiden ude"],
    chart: "Andel af tiden ude pr. lokation",
  },
} as const;

const TABLE_ROW = 4;

/** The Locations overview sheet: one row per location, ranked as the engine ranks them, and a bar chart. */
export function locationsOverviewPlan(
  overview: LocationsOverview,
  language: Language,
  runId = Date.now().toString(36),
): WorkbookPlan {
  const L = LABELS[language];
  const rows: PlanCell[][] = overview.locations.map((l) => [
    l.name,
    l.vehicles,
    l.trips,
    l.km,
    l.kmPerVehiclePerDay,
    l.shareOfTimeOut,
  ]);
  const first = TABLE_ROW + 1;
  const last = TABLE_ROW + rows.length;
  const sheet: SheetPlan = {
    name: L.sheet,
    freezeRows: TABLE_ROW,
    ranges: [
      { row: 1, col: 1, values: [[L.title]], style: "title" },
      {
        row: 2,
        col: 1,
        values: [[L.period(overview.fromDate, overview.toDate, overview.days)]],
        style: "subtitle",
      },
      { row: 3, col: 1, values: [[L.note]], style: "note" },
    ],
    tables: [
      {
        name: `LocationsOverview_${runId}`,
        row: TABLE_ROW,
        col: 1,
        columns: [
          { header: L.header[0] },
          { header: L.header[1], format: F.integer },
          { header: L.header[2], format: F.integer },
          { header: L.header[3], format: F.km },
          { header: L.header[4], format: F.km },
          { header: L.header[5], format: F.percent },
        ],
        rows,
      },
    ],
    charts: rows.length
      ? [
          {
            kind: "barClustered",
            title: L.chart,
            categories: `A${first}:A${last}`,
            series: [{ name: L.header[5], values: `F${first}:F${last}` }],
            anchor: {
              row: first + rows.length + 2,
              col: 1,
              widthCols: 7,
              heightRows: Math.max(12, rows.length + 6),
            },
            valueAxisMin: 0,
          },
        ]
      : [],
    activate: true,
  };
  return { sheets: [sheet] };
}
