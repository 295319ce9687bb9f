import { Workbook } from "@cj-tech-master/excelts";
import { describe, expect, it } from "vitest";
import { unzip } from "@cj-tech-master/excelts/archive";
import { writePlanToWorkbook } from "../../../src/hosts/file/writePlan";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";

describe("a failed write with charts (file host)", () => {
  it("leaves no chart parts behind once its sheets are removed again", async () => {
    const wb = new Workbook();
    wb.addWorksheet("Brugerens").getCell("A1").value = "mine";
    const ref = { name: "Pris", sheetIndex: 0, ref: "$A$1" };
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: "S",
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
              kind: "line",
              title: "t",
              categories: "A1:B1",
              series: [{ name: "n", values: "A2:B2" }],
              anchor: { row: 4, col: 1, widthCols: 4, heightRows: 8 },
            },
          ],
        },
      ],
      // A third "Pris" on the same sheet cannot exist: the write fails after the chart was drawn.
      names: [ref, ref, ref],
    };
    await expect(writePlanToWorkbook(wb, plan)).rejects.toThrow(/already defined/);
    const parts: string[] = [];
    for await (const entry of unzip(new Uint8Array(await wb.xlsx.writeBuffer())).entries()) {
      parts.push(entry.path);
      entry.discard();
    }
    expect(parts.filter((p) => p.startsWith("xl/charts/") || p.startsWith("xl/drawings/"))).toEqual([]);
  });
});
