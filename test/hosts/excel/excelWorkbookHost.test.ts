import { afterEach, describe, expect, it } from "vitest";
import { excelHostOver, uninstallExcelHost } from "./excelHostFixture";

afterEach(uninstallExcelHost);

describe("ExcelWorkbookHost.listSheets", () => {
  it("lists the visible sheets in tab order, leaving hidden ones out", async () => {
    const { host } = excelHostOver({
      sheets: [
        { name: "Køretøjer", values: [] },
        { name: "_scenarier", values: [], visibility: "VeryHidden" },
        { name: "Kørebog", values: [] },
        { name: "Gammel", values: [], visibility: "Hidden" },
      ],
    });
    expect(await host.listSheets()).toEqual(["Køretøjer", "Kørebog"]);
  });
});

describe("ExcelWorkbookHost.selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const { host, fake } = excelHostOver({
      sheets: [
        { name: "Resultat", values: [[1]] },
        { name: "Køretøjer", values: [["Type"]] },
      ],
    });
    await host.selectCell("Køretøjer", "C7");
    expect(fake.selection).toEqual({ sheet: "Køretøjer", address: "C7" });
  });

  it("fails when the sheet does not exist", async () => {
    const { host } = excelHostOver({ sheets: [{ name: "Resultat", values: [[1]] }] });
    await expect(host.selectCell("Mangler", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("ExcelWorkbookHost", () => {
  it("is the excel kind of host", () => {
    expect(excelHostOver().host.kind).toBe("excel");
  });
});
