import { describe, expect, it } from "vitest";
import { FileWorkbookHost } from "../../../src/hosts/file/fileWorkbookHost";
import { loadWorkbook } from "../../../src/hosts/file/readXlsx";
import { chartSheet, entryNames } from "./chartPlanKit";

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
