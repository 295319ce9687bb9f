import { Workbook } from "@cj-tech-master/excelts";
import { describe, expect, it } from "vitest";
import { writePlanToWorkbook } from "../../../src/hosts/file/writePlan";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";
import { chartSheet, entryNames } from "./chartPlanKit";

describe("a failed write with charts (file host)", () => {
  it("leaves no chart parts behind once its sheets are removed again", async () => {
    const wb = new Workbook();
    wb.addWorksheet("Brugerens").getCell("A1").value = "mine";
    const ref = { name: "Pris", sheetIndex: 0, ref: "$A$1" };
    const plan: WorkbookPlan = {
      ...chartSheet("S", "line"),
      // A third "Pris" on the same sheet cannot exist: the write fails after the chart was drawn.
      names: [ref, ref, ref],
    };
    await expect(writePlanToWorkbook(wb, plan)).rejects.toThrow(/already defined/);
    const parts = await entryNames(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(parts.filter((p) => p.startsWith("xl/charts/") || p.startsWith("xl/drawings/"))).toEqual([]);
  });
});
