import { msToExcelSerial, parseIsoDate } from "../../core/time/naiveTime";
import type { Language } from "../../core/language";
import { cellAddress } from "../sheetData";
import { COMPARISON_LABELS } from "./comparisonLabels";
import type { ScenarioRecord } from "./scenarioMetadata";
import { NUMBER_FORMATS as F, type PlanCell, type PlanChart, type SheetPlan } from "./types";

/**
 * Where a scenario sheet keeps the key figures the comparison links to. The same cells as
 * SCENARIO_KPI_CELLS in scenarioPlan.ts (a test checks it), spelled out here so the task pane's
 * bundle does not pull in the engine through scenarioPlan.ts.
 */
export const COMPARISON_KPI_CELLS = {
  total: { current: "B5", simulated: "C5" },
  co2e: { current: "B6", simulated: "C6" },
  unallocated: { current: "B11", simulated: "C11" },
  vehicles: { current: "B12", simulated: "C12" },
} as const;

const TABLE_ROW = 4;
const CHART_COL = 17;

/** A sheet name as a formula writes it: always quoted, inner apostrophes doubled. */
function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The comparison sheet: one row per registered scenario whose sheet still exists, with live links
 * to its key figures (each with the value recorded at registration as the cached result, so a
 * reader that does not recalculate still sees the numbers) and savings as formulas of the row,
 * and two charts: yearly cost and CO2e per scenario, current vs simulated fleet.
 */
export function comparisonPlan(records: readonly ScenarioRecord[], language: Language): SheetPlan {
  const L = COMPARISON_LABELS[language];
  const first = TABLE_ROW + 1;
  const rows = records.map((r, i): PlanCell[] => {
    const row = first + i;
    const link = (cell: string, result: number): PlanCell => ({
      formula: `=${quoted(r.sheet)}!${cell}`,
      result,
    });
    const date = (iso: string): PlanCell => {
      const ms = parseIsoDate(iso);
      return ms === null ? iso : msToExcelSerial(ms);
    };
    const K = COMPARISON_KPI_CELLS;
    return [
      r.sheet,
      L.kinds[r.kind],
      r.allocation,
      r.location,
      date(r.fromDate),
      date(r.toDate),
      link(K.vehicles.current, r.currentVehicles),
      link(K.vehicles.simulated, r.simulatedVehicles),
      link(K.total.current, r.currentCost),
      link(K.total.simulated, r.simulatedCost),
      { formula: `=${cellAddress(row, 9)}-${cellAddress(row, 10)}`, result: r.currentCost - r.simulatedCost },
      link(K.co2e.current, r.currentCo2eTonnes),
      link(K.co2e.simulated, r.simulatedCo2eTonnes),
      {
        formula: `=${cellAddress(row, 12)}-${cellAddress(row, 13)}`,
        result: r.currentCo2eTonnes - r.simulatedCo2eTonnes,
      },
      link(K.unallocated.simulated, r.unallocatedTrips),
    ];
  });
  const col = (c: number) => `${cellAddress(first, c)}:${cellAddress(first + rows.length - 1, c)}`;
  const charts: PlanChart[] =
    rows.length === 0
      ? []
      : [
          { title: L.costChart, current: 9, simulated: 10 },
          { title: L.co2eChart, current: 12, simulated: 13 },
        ].map((c, i) => ({
          kind: "columnClustered",
          title: c.title,
          categories: col(1),
          series: [
            { name: L.now, values: col(c.current) },
            { name: L.simulated, values: col(c.simulated) },
          ],
          anchor: { row: 1 + i * 19, col: CHART_COL, widthCols: 9, heightRows: 18 },
          valueAxisMin: 0,
        }));
  const H = L.header;
  return {
    name: L.sheet,
    freezeRows: TABLE_ROW,
    print: { orientation: "landscape" },
    ranges: [
      { row: 1, col: 1, values: [[L.title]], style: "title" },
      { row: 2, col: 1, values: [[rows.length === 0 ? L.empty : L.note]], style: "note" },
    ],
    tables: [
      {
        name: "ScenarioComparison",
        row: TABLE_ROW,
        col: 1,
        columns: [
          { header: H[0] },
          { header: H[1] },
          { header: H[2] },
          { header: H[3] },
          { header: H[4], format: F.date },
          { header: H[5], format: F.date },
          { header: H[6], format: F.integer },
          { header: H[7], format: F.integer },
          { header: H[8], format: F.dkk },
          { header: H[9], format: F.dkk },
          { header: H[10], format: F.dkk },
          { header: H[11], format: F.tCo2e },
          { header: H[12], format: F.tCo2e },
          { header: H[13], format: F.tCo2e },
          { header: H[14], format: F.integer },
        ],
        rows,
      },
    ],
    charts,
  };
}
