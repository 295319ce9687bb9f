import { Workbook } from "@cj-tech-master/excelts";
import { describe, expect, it, vi } from "vitest";
import { FileWorkbookHost } from "../../../src/hosts/file/fileWorkbookHost";
import { readXlsx } from "../../../src/hosts/file/readXlsx";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";

async function userFile(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Ture");
  ws.getCell("B2").value = "Starttid";
  ws.getCell("B3").value = 45719.3125;
  ws.getCell("B3").numFmt = "yyyy-mm-dd hh:mm";
  for (let r = 4; r <= 30; r++) ws.getCell(r, 2).value = r;
  wb.addWorksheet("Opslag", { state: "hidden" }).getCell("A1").value = 1;
  wb.addWorksheet("Køretøjer").getCell("A1").value = "Bil id";
  return wb.xlsx.writeBuffer();
}

const twoSheetPlan = (): WorkbookPlan => ({
  sheets: [
    {
      name: "Resultat",
      ranges: [{ row: 1, col: 1, values: [["ok"]] }],
      tables: [{ name: "tblResultat", row: 3, col: 1, columns: [{ header: "a" }], rows: [[1]] }],
    },
    { name: "Kørebog", ranges: [{ row: 1, col: 1, values: [["ture"]] }], tables: [] },
  ],
  names: [{ name: "Resultatcelle", sheetIndex: 0, ref: "$A$1" }],
});

describe("FileWorkbookHost", () => {
  it("lists the visible sheets in tab order and reads one as office.js would", async () => {
    const host = await FileWorkbookHost.open(await userFile());
    expect(host.kind).toBe("file");
    expect(await host.listSheets()).toEqual(["Ture", "Køretøjer"]);
    const ture = await host.readSheet("ture");
    expect(ture).toMatchObject({ name: "Ture", originRow: 2, originCol: 2 });
    expect(ture.values.slice(0, 2)).toEqual([["Starttid"], [45719.3125]]);
    expect(Object.keys(ture)).toEqual(["name", "originRow", "originCol", "values"]);
  });

  it("previews only the first rows of a sheet", async () => {
    const host = await FileWorkbookHost.open(await userFile());
    const preview = await host.sheetPreview("Ture", 5);
    expect(preview.values).toHaveLength(5);
    expect((await host.readSheet("Ture")).values).toHaveLength(29);
  });

  it("fails clearly on a sheet that does not exist", async () => {
    const host = FileWorkbookHost.empty();
    await expect(host.readSheet("Ture")).rejects.toThrow(/no sheet named "Ture"/);
    await expect(host.save()).rejects.toThrow(/no sheets/);
  });

  it("writes a plan as new sheets, tells listeners and saves it", async () => {
    const host = await FileWorkbookHost.open(await userFile());
    const listener = vi.fn();
    host.onChange(listener);
    expect(await host.writePlan(twoSheetPlan())).toEqual(["Resultat", "Kørebog"]);
    expect(listener).toHaveBeenCalledTimes(1);
    const saved = await readXlsx(await host.save());
    expect(saved.map((s) => s.name)).toEqual(["Ture", "Opslag", "Køretøjer", "Resultat", "Kørebog"]);
    expect(saved[0].values[1]).toEqual([45719.3125]);
  });

  it("is all-or-nothing: a failure half-way removes every sheet, table and name it added", async () => {
    const host = await FileWorkbookHost.open(await userFile());
    const before = await host.listSheets();
    // The progress callback runs after the first sheet is written; failing there leaves a half plan.
    const failing = vi.fn((fraction: number) => {
      if (fraction < 1) throw new Error("cancelled");
    });
    await expect(host.writePlan(twoSheetPlan(), failing)).rejects.toThrow("cancelled");
    expect(failing).toHaveBeenCalledTimes(1);
    expect(await host.listSheets()).toEqual(before);
    // The table and defined names were released: writing again gets the very same names.
    expect(await host.writePlan(twoSheetPlan())).toEqual(["Resultat", "Kørebog"]);
    const wb = new Workbook();
    await wb.xlsx.load(await host.save());
    expect(wb.getWorksheet("Resultat")?.getTable("tblResultat")).toBeTruthy();
    expect(wb.definedNames.model.filter((n) => n.name === "Resultatcelle")).toEqual([
      expect.objectContaining({ ranges: ["Resultat!$A$1"] }),
    ]);
  });

  it("records the selected cell for the page and opens the file there", async () => {
    const host = await FileWorkbookHost.open(await userFile());
    const listener = vi.fn();
    const stop = host.onChange(listener);
    await host.selectCell("køretøjer", "C7");
    expect(host.selection).toEqual({ sheet: "Køretøjer", cell: "C7" });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await host.selectCell("Ture", "B3");
    expect(listener).toHaveBeenCalledTimes(1);
    await expect(host.selectCell("Ture", "not a cell")).rejects.toThrow(/cell address/);

    const wb = new Workbook();
    await wb.xlsx.load(await host.save());
    expect(wb.views[0].activeTab).toBe(0);
    expect(wb.getWorksheet("Ture")?.views[0]).toMatchObject({ tabSelected: true, activeCell: "B3" });
    expect(wb.getWorksheet("Køretøjer")?.views[0]).toMatchObject({ tabSelected: false });
  });

  it("saves the same bytes twice when given a fixed timestamp", async () => {
    const timestamp = new Date(Date.UTC(2025, 4, 1));
    const save = async () => {
      const host = FileWorkbookHost.empty();
      await host.writePlan(twoSheetPlan());
      return host.save({ timestamp });
    };
    expect(await save()).toEqual(await save());
  });
});
