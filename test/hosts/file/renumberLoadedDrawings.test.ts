import { describe, expect, it } from "vitest";
import { unzip } from "@cj-tech-master/excelts/archive";
import { FileWorkbookHost } from "../../../src/hosts/file/fileWorkbookHost";
import { loadWorkbook } from "../../../src/hosts/file/readXlsx";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";

const chartSheet = (name: string): WorkbookPlan => ({
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
          kind: "columnClustered",
          title: name,
          categories: "A1:B1",
          series: [{ name: "n", values: "A2:B2" }],
          anchor: { row: 4, col: 1, widthCols: 5, heightRows: 10 },
        },
      ],
    },
  ],
});

async function entryNames(bytes: Uint8Array): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of unzip(bytes).entries()) {
    names.push(entry.path);
    entry.discard();
  }
  return names;
}

describe("saving a workbook that had charts and gets new ones", () => {
  it("writes every drawing once (ExcelTS would write two drawing1.xml) and keeps every chart", async () => {
    const first = FileWorkbookHost.empty();
    await first.writePlan(chartSheet("One"));
    const again = await FileWorkbookHost.open(await first.save());
    await again.writePlan(chartSheet("Two"));
    const bytes = await again.save();

    const names = await entryNames(bytes);
    expect(names.length).toBe(new Set(names).size);
    expect(names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).sort()).toEqual([
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    const wb = await loadWorkbook(bytes);
    expect(wb.getWorksheet("One")!.getCharts()).toHaveLength(1);
    expect(wb.getWorksheet("Two")!.getCharts()).toHaveLength(1);
  });
});
