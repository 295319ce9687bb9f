import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Workbook } from "@cj-tech-master/excelts";
import { describe, expect, it } from "vitest";
import { listVisibleSheets, readXlsx } from "../../../src/hosts/file/readXlsx";

const PARITY_BOOK = resolve(__dirname, "../../../../shared/parity/s1/book.xlsx");

async function bytesOf(build: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook();
  build(wb);
  return wb.xlsx.writeBuffer();
}

describe("readXlsx", () => {
  // The parity cases live beside the project (../shared), which a bare clone elsewhere lacks.
  it.skipIf(!existsSync(PARITY_BOOK))(
    "reads the parity workbook as office.js would: dates as Excel serials",
    async () => {
      const sheets = await readXlsx(readFileSync(PARITY_BOOK));
      expect(sheets.map((s) => s.name)).toEqual(["Ture", "Køretøjer", "Parametre"]);
      const ture = sheets[0];
      expect(ture.values).toHaveLength(1378);
      expect(ture.originRow).toBe(1);
      expect(ture.originCol).toBe(1);
      expect(ture.values[0]).toEqual(["Starttid", "Sluttid", "Turlængde", "Bil id", "Lokation"]);
      // 2025-03-03 00:00:01, bit-identical to the <v> in the file.
      expect(ture.values[1][0]).toBe(45719.00001157408);
      expect(ture.values[1].slice(2)).toEqual([0.5, 101, "Hjemmeplejen Vest"]);
      expect(sheets[1].values[0][0]).toBe("Bil id");
      expect(sheets[2].values[1]).toEqual(["el_udledning", 0.0891]);
    },
  );

  it("starts at the first used cell and sets the origin", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("Offset");
      ws.getCell("C4").value = "Bil id";
      ws.getCell("D5").value = 7;
    });
    const [sheet] = await readXlsx(bytes);
    expect(sheet).toMatchObject({ originRow: 4, originCol: 3 });
    expect(sheet.values).toEqual([
      ["Bil id", null],
      [null, 7],
    ]);
  });

  it("turns formulas, rich text, hyperlinks, errors and booleans into plain values", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("Kinds");
      ws.getCell("A1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("B1").value = { formula: "2+3", result: 5 };
      ws.getCell("C1").value = { richText: [{ text: "Hjemme" }, { text: "plejen", font: { bold: true } }] };
      ws.getCell("D1").value = { text: "FleetOptimiser", hyperlink: "https://example.org" };
      ws.getCell("E1").value = { error: "#N/A" };
      ws.getCell("F1").value = true;
      // A formula the file holds no result for reads as empty: we never recalculate.
      ws.getCell("G1").value = { formula: "TODAY()" };
      ws.getCell("H1").value = "end";
    });
    const [sheet] = await readXlsx(bytes);
    expect(sheet.values[0]).toEqual([
      "#DIV/0!",
      5,
      "Hjemmeplejen",
      "FleetOptimiser",
      "#N/A",
      true,
      null,
      "end",
    ]);
  });

  it("gives date cells and date formula results as serials, whatever the time zone", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("Dates");
      ws.getCell("A1").value = 45719.3125; // 2025-03-03 07:30
      ws.getCell("A1").numFmt = "yyyy-mm-dd hh:mm";
      ws.getCell("B1").value = { formula: "A1+1", result: 45720.3125 };
      ws.getCell("B1").numFmt = "yyyy-mm-dd hh:mm";
      ws.getCell("C1").value = new Date(Date.UTC(2025, 3, 27, 23, 59));
    });
    const [sheet] = await readXlsx(bytes);
    expect(sheet.values[0][0]).toBe(45719.3125);
    expect(sheet.values[0][1]).toBe(45720.3125);
    expect(sheet.values[0][2]).toBeCloseTo(45774 + (23 * 60 + 59) / 1440, 10);
  });

  it("gives a merged area's value only in its top-left cell, as Excel does", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("Merged");
      ws.getCell("A1").value = "Titel";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = 1;
      ws.getCell("C2").value = 3;
    });
    const [sheet] = await readXlsx(bytes);
    expect(sheet.values).toEqual([
      ["Titel", null, null],
      [1, null, 3],
    ]);
  });

  it("reads every sheet in tab order with its visibility; empty sheets have no values", async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet("Shown").getCell("A1").value = 1;
      wb.addWorksheet("Hidden", { state: "hidden" }).getCell("A1").value = 2;
      wb.addWorksheet("Secret", { state: "veryHidden" }).getCell("A1").value = 3;
      wb.addWorksheet("Empty");
    });
    const sheets = await readXlsx(bytes);
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Shown", "visible"],
      ["Hidden", "hidden"],
      ["Secret", "veryHidden"],
      ["Empty", "visible"],
    ]);
    expect(sheets[3].values).toEqual([]);
    expect(listVisibleSheets(sheets)).toEqual(["Shown", "Empty"]);
  });

  it("accepts an ArrayBuffer as a browser File gives it", async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet("A").getCell("A1").value = "x";
    });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const [sheet] = await readXlsx(buffer);
    expect(sheet.values).toEqual([["x"]]);
  });
});
