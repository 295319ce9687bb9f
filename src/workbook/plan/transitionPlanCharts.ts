import { columnLetter } from "../sheetData";
import { YEAR_COL, type TransitionPlanLayout } from "./transitionPlanLayout";
import type { TRANSITION_PLAN_LABELS } from "./transitionPlanLabels";
import type { PlanChart } from "./types";
import type { Language } from "../../core/language";

type Labels = (typeof TRANSITION_PLAN_LABELS)[Language];

const HEIGHT_ROWS = 20;

/**
 * Two native charts under the per-year table: the fleet by type on each year's last day as
 * stacked columns, and cost and CO2e per year as shares of today's with the target as a line.
 * Shares put kroner and tonnes on one axis, so the chart needs no second axis.
 */
export function transitionPlanCharts(layout: TransitionPlanLayout, L: Labels): PlanChart[] {
  const column = (col: number) =>
    `${columnLetter(col)}${layout.firstYearRow}:${columnLetter(col)}${layout.lastYearRow}`;
  const categories = column(YEAR_COL.year);
  return [
    {
      kind: "columnStacked",
      title: L.fleetChart,
      categories,
      series: (["bike", "ebike", "ev", "fossil"] as const).map((t) => ({
        name: L.types[t],
        values: column(YEAR_COL[t]),
      })),
      anchor: { row: layout.chartRow, col: 1, widthCols: 6, heightRows: HEIGHT_ROWS },
      valueAxisMin: 0,
    },
    {
      kind: "line",
      title: L.costChart,
      categories,
      series: [
        { name: L.yearsHeader[YEAR_COL.costPct - 1], values: column(YEAR_COL.costPct) },
        { name: L.yearsHeader[YEAR_COL.co2ePct - 1], values: column(YEAR_COL.co2ePct) },
        { name: L.yearsHeader[YEAR_COL.targetPct - 1], values: column(YEAR_COL.targetPct) },
      ],
      anchor: { row: layout.chartRow, col: 8, widthCols: 8, heightRows: HEIGHT_ROWS },
      valueAxisMin: 0,
    },
  ];
}
