import { unzip } from "@cj-tech-master/excelts/archive";
import type { PlanChart, WorkbookPlan } from "../../../src/workbook/plan/types";

/** A plan of one sheet with two cells of data and one chart of them. */
export const chartSheet = (name: string, kind: PlanChart["kind"] = "columnClustered"): WorkbookPlan => ({
  sheets: [
    {
      name,
      ranges: [
        {
          row: 1,
          col: 1,
          values: [
            ["a", "b"],
            [1, 2],
          ],
        },
      ],
      tables: [],
      charts: [
        {
          kind,
          title: name,
          categories: "A1:B1",
          series: [{ name: "n", values: "A2:B2" }],
          anchor: { row: 4, col: 1, widthCols: 5, heightRows: 10 },
        },
      ],
    },
  ],
});

/** The part names of a saved .xlsx (a zip). */
export async function entryNames(bytes: Uint8Array): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of unzip(bytes).entries()) {
    names.push(entry.path);
    entry.discard();
  }
  return names;
}
