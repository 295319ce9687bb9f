import { Workbook, type Worksheet } from "@cj-tech-master/excelts";
import { describe, expect, it } from "vitest";
import { FileWorkbookHost } from "../../../src/hosts/file/fileWorkbookHost";
import { readXlsx } from "../../../src/hosts/file/readXlsx";
import { TAIL_MIN_ROWS } from "../../../src/hosts/file/planTailXml";
import { prepareSourceTails } from "../../../src/hosts/file/sourceSheetTails";
import { readLargeXlsx } from "../../../src/hosts/file/readLargeXlsx";
import { writeResultWorkbook } from "../../../src/hosts/file/writeWorkbookFile";
import { NUMBER_FORMATS, type PlanCell, type WorkbookPlan } from "../../../src/workbook/plan/types";
import { expectValidXlsx } from "../../helpers/ooxmlValidation";

const ROWS = 5_000;

/** A result sheet as the CLI writes them: a title, then one big table of trips at the bottom. */
function tripsPlan(rows: number): WorkbookPlan {
  const body: PlanCell[][] = Array.from({ length: rows }, (_, i) => [
    45719.25 + i / 96,
    i % 7 === 0 ? "kørt med cykel" : `Bil ${1000 + (i % 50)} & <co>`,
    Math.round(i * 37.7) / 100,
    { formula: `=C${4 + i}*2`, result: (Math.round(i * 37.7) / 100) * 2 },
    i % 11 === 0 ? null : i % 2 === 0,
  ]);
  return {
    sheets: [
      {
        name: "Ture",
        freezeRows: 3,
        ranges: [{ row: 1, col: 1, values: [["Ture fra logninger"]], style: "title" }],
        tables: [
          {
            name: "Ture_1",
            row: 3,
            col: 1,
            columns: [
              { header: "Starttid", format: NUMBER_FORMATS.dateTime },
              { header: "Tekst" },
              { header: "Km", format: NUMBER_FORMATS.km },
              { header: "Dobbelt", format: NUMBER_FORMATS.km },
              { header: "Komplet" },
            ],
            rows: body,
          },
        ],
        activate: true,
      },
    ],
  };
}

/** An imported CSV: a header range and a big range of plain values under it. */
function csvPlan(rows: number): WorkbookPlan {
  const values: PlanCell[][] = Array.from({ length: rows }, (_, i) => [
    String(1000 + (i % 40)),
    `2025-03-${String(3 + (i % 20)).padStart(2, "0")} 08:00`,
    55.6 + i / 1e6,
    i % 5 === 0 ? null : 12.5 + i,
  ]);
  return {
    sheets: [
      {
        name: "Logninger",
        freezeRows: 1,
        ranges: [
          { row: 1, col: 1, values: [["Bil id", "Starttid", "Breddegrad", "Distance"]], style: "header" },
          // Latitudes shown as dates: a date format's numbers are read back as ExcelTS reads them.
          { row: 2, col: 1, values, columns: [{}, {}, { format: NUMBER_FORMATS.dateTime }] },
        ],
        tables: [],
      },
    ],
  };
}

/** The same plan written whole into ExcelTS's model, as the browser page does. */
async function writtenWhole(source: Uint8Array | null, plan: WorkbookPlan): Promise<Uint8Array> {
  const host = source ? await FileWorkbookHost.open(source) : FileWorkbookHost.empty();
  await host.writePlan(plan);
  return host.save();
}

async function load(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

/** What a reader sees of a cell: value, number format, font, fill and alignment. */
function look(ws: Worksheet, row: number, col: number) {
  const cell = ws.getCell(row, col);
  return {
    value: cell.value,
    numFmt: cell.numFmt,
    font: cell.font,
    fill: cell.fill,
    alignment: cell.alignment,
  };
}

/** Streamed and whole files agree on every value and on the look of sampled rows, sheet by sheet. */
async function expectSameWorkbook(streamed: Uint8Array, whole: Uint8Array, sampleRows: number[]) {
  const [a, b] = [await readXlsx(streamed), await readXlsx(whole)];
  expect(a.map((s) => s.name)).toEqual(b.map((s) => s.name));
  for (const [i, sheet] of a.entries()) expect(sheet).toEqual(b[i]);
  const [wa, wb] = [await load(streamed), await load(whole)];
  for (const ws of wb.worksheets) {
    const other = wa.getWorksheet(ws.name) as Worksheet;
    expect(other.views).toEqual(ws.views);
    expect(other.pageSetup).toEqual(ws.pageSetup);
    expect(other.dimensions.model).toEqual(ws.dimensions.model);
    const width = ws.columnCount;
    expect(Array.from({ length: width }, (_, c) => other.getColumn(c + 1).width)).toEqual(
      Array.from({ length: width }, (_, c) => ws.getColumn(c + 1).width),
    );
    expect(other.getTables().map((t) => [t.name, t.table.tableRef])).toEqual(
      ws.getTables().map((t) => [t.name, t.table.tableRef]),
    );
    for (const row of sampleRows)
      for (let c = 1; c <= width; c++) expect(look(other, row, c)).toEqual(look(ws, row, c));
  }
}

// Every save in the suite is schema-checked, which takes a while for sheets this size.
describe("big sheets streamed into the file at save (sheet tails)", { timeout: 600_000 }, () => {
  it("writes a big table's rows, formats, table range and frozen header as the model would", async () => {
    const plan = tripsPlan(ROWS);
    const streamed = (await writeResultWorkbook(null, plan)).bytes;
    await expectValidXlsx(streamed, "A workbook with a streamed table");
    await expectSameWorkbook(streamed, await writtenWhole(null, plan), [3, 4, 5, 15, ROWS + 3]);
    const ws = (await load(streamed)).getWorksheet("Ture") as Worksheet;
    expect(ws.getTables()[0].table.tableRef).toBe(`A3:E${ROWS + 3}`);
    expect(ws.getCell(ROWS + 3, 4).value).toEqual({
      formula: `C${ROWS + 3}*2`,
      result: (Math.round((ROWS - 1) * 37.7) / 100) * 2,
    });
  });

  it("writes a big range (an imported CSV) under its header row", async () => {
    const plan = csvPlan(ROWS);
    const streamed = (await writeResultWorkbook(null, plan)).bytes;
    await expectValidXlsx(streamed, "A workbook with a streamed range");
    await expectSameWorkbook(streamed, await writtenWhole(null, plan), [1, 2, 3, 6, ROWS + 1]);
  });

  it("copies a big sheet of the source without loading it, styles and shared strings intact", async () => {
    const source = await writtenWhole(null, {
      sheets: [...csvPlan(ROWS).sheets, ...tripsPlan(ROWS).sheets.map((s) => ({ ...s, activate: false }))],
    });
    // Logninger is copied from the source's XML; Ture, a sheet with a table, is loaded whole.
    expect([...(await prepareSourceTails(source)).tails.keys()]).toEqual(["xl/worksheets/sheet1.xml"]);
    const result = tripsPlan(TAIL_MIN_ROWS + 1);
    const streamed = (await writeResultWorkbook(source, result)).bytes;
    await expectValidXlsx(streamed, "A workbook with copied source sheets");
    await expectSameWorkbook(streamed, await writtenWhole(source, result), [1, 2, 3, 4, 5, 6, 15, ROWS + 1]);
    expect((await readXlsx(streamed)).map((s) => s.name)).toEqual(["Logninger", "Ture", "Ture (2)"]);
  });

  it("reads a big sheet from its XML to the same values as through the model", async () => {
    const source = await writtenWhole(null, {
      sheets: [...csvPlan(ROWS).sheets, ...tripsPlan(ROWS).sheets.map((s) => ({ ...s, activate: false }))],
    });
    expect(await readLargeXlsx(source)).toEqual(await readXlsx(source));
  });

  it("reads a workbook and writes its result copy from one parse (the CLI)", async () => {
    const source = await writtenWhole(null, {
      sheets: [...csvPlan(ROWS).sheets, ...tripsPlan(ROWS).sheets.map((s) => ({ ...s, activate: false }))],
    });
    const { host, sheets } = await FileWorkbookHost.openWithSheets(source);
    // Logninger's values come from its XML (a copied sheet), Ture's through the model.
    expect(sheets).toEqual(await readXlsx(source));
    const result = tripsPlan(TAIL_MIN_ROWS + 1);
    expect(await host.writePlan(result)).toEqual(["Ture (2)"]);
    const saved = await host.save();
    await expectValidXlsx(saved, "A result written through the host its inputs were read with");
    await expectSameWorkbook(saved, await writtenWhole(source, result), [1, 2, 3, 4, 5, 6, 15, ROWS + 1]);
  });

  it("refuses to read back a streamed sheet instead of giving its first rows only", async () => {
    const host = FileWorkbookHost.empty({ streamLargeSheets: true });
    await host.writePlan(csvPlan(TAIL_MIN_ROWS));
    await expect(host.readSheet("Logninger")).rejects.toThrow(/streamed at save/);
  });

  it("leaves small sheets and the browser page's workbooks in the model", async () => {
    const host = FileWorkbookHost.empty();
    await host.writePlan(tripsPlan(ROWS));
    // Read back in full: the page's viewer and its aggregation need every row.
    expect((await host.readSheet("Ture")).values).toHaveLength(ROWS + 3);
  });
});
