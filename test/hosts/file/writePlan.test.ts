import { Workbook, type Worksheet } from "@cj-tech-master/excelts";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../../src/hosts/file/readXlsx";
import { writePlanToWorkbook } from "../../../src/hosts/file/writePlan";
import { writeResultFile, writeResultWorkbook } from "../../../src/hosts/file/writeWorkbookFile";
import { sheetLayout } from "../../../src/workbook/plan/sheetLayout";
import { templatePlan } from "../../../src/workbook/plan/templatePlan";
import { NUMBER_FORMATS, type WorkbookPlan } from "../../../src/workbook/plan/types";

/** A plan that uses every feature a host must render. */
function featurePlan(): WorkbookPlan {
  return {
    sheets: [
      {
        name: "Resultat",
        freezeRows: 2,
        ranges: [
          { row: 1, col: 1, values: [["Scenarie 1"]], style: "title" },
          { row: 2, col: 1, values: [["Nøgletal"]], style: "subtitle" },
          { row: 3, col: 1, values: [["Årlig omkostning"], ["Ture"]], style: "label" },
          {
            row: 3,
            col: 2,
            values: [[{ formula: "=SUM(F2:F3)", result: 1234567.8 }], [412]],
            columns: [{ format: NUMBER_FORMATS.dkk }],
            style: "kpi",
          },
          { row: 5, col: 1, values: [["Pris pr. liter"]], style: "header" },
          { row: 5, col: 2, values: [[12.33]], style: "input" },
          { row: 6, col: 1, values: [["Beregnet uden kørepenge"]], style: "note" },
          { row: 7, col: 1, values: [["3 ture blev ikke tildelt"]], style: "warning" },
          {
            row: 8,
            col: 1,
            values: [[45719.3125, true, null, "x"]],
            columns: [{ format: NUMBER_FORMATS.dateTime }],
          },
        ],
        tables: [
          {
            name: "tblTest",
            row: 10,
            col: 1,
            columns: [
              { header: "Starttid", format: NUMBER_FORMATS.dateTime },
              { header: "Type", list: ["cykel", "elcykel", "elbil", "fossilbil"] },
              { header: "Km", format: NUMBER_FORMATS.km },
            ],
            rows: [
              [45719.25, "elbil", 12.5],
              [45719.5, "cykel", { formula: "=C11*2", result: 25 }],
            ],
            validationRows: 20,
          },
        ],
        activate: true,
      },
      {
        name: "Data",
        ranges: [{ row: 1, col: 1, values: [["skjult"]] }],
        tables: [],
        visibility: "veryHidden",
      },
      { name: "Gemt", ranges: [{ row: 1, col: 1, values: [["hidden"]] }], tables: [], visibility: "hidden" },
    ],
    names: [{ name: "Brændstofpris", sheetIndex: 0, ref: "$B$5" }],
  };
}

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe("writePlanToWorkbook", () => {
  it("writes values, formulas with cached results and dates that read back as serials", async () => {
    const sheets = await readXlsx(await writeResultFile(null, featurePlan()));
    const result = sheets[0];
    expect(result.name).toBe("Resultat");
    expect(result.values[0][0]).toBe("Scenarie 1");
    expect(result.values[2]).toEqual(["Årlig omkostning", 1234567.8, null, null]);
    expect(result.values[7]).toEqual([45719.3125, true, null, "x"]);
    expect(result.values[9]).toEqual(["Starttid", "Type", "Km", null]);
    expect(result.values[10]).toEqual([45719.25, "elbil", 12.5, null]);
    expect(result.values[11]).toEqual([45719.5, "cykel", 25, null]);
  });

  it("keeps formulas without the leading = and with their result", async () => {
    const wb = await load(await writeResultFile(null, featurePlan()));
    const ws = sheet(wb, "Resultat");
    expect(ws.getCell("B3").value).toEqual({ formula: "SUM(F2:F3)", result: 1234567.8 });
    expect(ws.getCell("C12").value).toMatchObject({ formula: "C11*2", result: 25 });
  });

  it("applies number formats, styles, widths and frozen rows", async () => {
    const wb = await load(await writeResultFile(null, featurePlan()));
    const ws = sheet(wb, "Resultat");
    expect(ws.getCell("B3").numFmt).toBe(NUMBER_FORMATS.dkk);
    expect(ws.getCell("A8").numFmt).toBe(NUMBER_FORMATS.dateTime);
    expect(ws.getCell("C11").numFmt).toBe(NUMBER_FORMATS.km);
    // Formats reach the empty rows the table's validations cover, for rows the user adds.
    expect(ws.getCell("A30").numFmt).toBe(NUMBER_FORMATS.dateTime);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A2").font).toMatchObject({ bold: true, size: 12 });
    expect(ws.getCell("A3").font).toMatchObject({ bold: true });
    expect(ws.getCell("B3").font).toMatchObject({ bold: true });
    expect(ws.getCell("A5").font).toMatchObject({ bold: true });
    expect(ws.getCell("A5").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("B5").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(ws.getCell("A6").font).toMatchObject({ italic: true, color: { argb: "FF808080" } });
    expect(ws.getCell("A7").font).toMatchObject({ color: { argb: "FFC00000" } });
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual(
      sheetLayout(featurePlan().sheets[0]).columnWidths.slice(0, 3),
    );
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("creates a real table by name, list validations over the stated rows and the visibility", async () => {
    const wb = await load(await writeResultFile(null, featurePlan()));
    const ws = sheet(wb, "Resultat");
    const table = ws.getTable("tblTest");
    expect(table.model).toMatchObject({ name: "tblTest", ref: "A10:C12" });
    expect(table.model.columns.map((c) => c.name)).toEqual(["Starttid", "Type", "Km"]);
    expect(ws.dataValidations.model["range:B11:B30"]).toMatchObject({
      type: "list",
      formulae: ['"cykel,elcykel,elbil,fossilbil"'],
    });
    expect(sheet(wb, "Data").state).toBe("veryHidden");
    expect(sheet(wb, "Gemt").state).toBe("hidden");
  });

  it("defines names on the final sheet name and activates the requested sheet", async () => {
    const source = await writeResultFile(null, { sheets: [{ name: "Resultat", ranges: [], tables: [] }] });
    const { bytes, sheetNames } = await writeResultWorkbook(source, featurePlan());
    expect(sheetNames).toEqual(["Resultat (2)", "Data", "Gemt"]);
    const wb = await load(bytes);
    expect(wb.definedNames.model).toContainEqual(
      expect.objectContaining({ name: "Brændstofpris", ranges: ["'Resultat (2)'!$B$5"] }),
    );
    expect(wb.views[0].activeTab).toBe(1);
    expect(sheet(wb, "Resultat (2)").views[0]).toMatchObject({ tabSelected: true });
    expect(sheet(wb, "Resultat").views[0]).not.toMatchObject({ tabSelected: true });
  });

  it("never overwrites a sheet: a user's sheet with a plan sheet's name keeps its data", async () => {
    const user = new Workbook();
    user.addWorksheet("resultat").getCell("A1").value = "mine";
    const { bytes, sheetNames } = await writeResultWorkbook(await user.xlsx.writeBuffer(), featurePlan());
    expect(sheetNames[0]).toBe("Resultat (2)");
    const sheets = await readXlsx(bytes);
    expect(sheets.map((s) => s.name)).toEqual(["resultat", "Resultat (2)", "Data", "Gemt"]);
    expect(sheets[0].values).toEqual([["mine"]]);
  });

  it("gives a second copy of a table a new name and scopes a clashing name to its own sheet", async () => {
    const once = await writeResultFile(null, featurePlan());
    const wb = await load(await writeResultFile(once, featurePlan()));
    expect(sheet(wb, "Resultat").getTable("tblTest")).toBeTruthy();
    expect(sheet(wb, "Resultat (2)").getTable("tblTest_2")).toBeTruthy();
    const names = wb.definedNames.model.filter((n) => n.name === "Brændstofpris");
    expect(names).toHaveLength(2);
    const scoped = names.find((n) => n.localSheetId !== undefined);
    expect(scoped?.ranges).toEqual(["'Resultat (2)'!$B$5"]);
    expect(wb.worksheets[scoped?.localSheetId ?? -1].name).toBe("Resultat (2)");
  });

  it("makes wanted names legal: no []:*?/\\, at most 31 characters, suffixes that fit", async () => {
    const long = "Et meget langt scenarienavn: [test]*?";
    const plan: WorkbookPlan = {
      sheets: [
        { name: long, ranges: [], tables: [] },
        { name: long, ranges: [], tables: [] },
      ],
    };
    const wb = new Workbook();
    const names = await writePlanToWorkbook(wb, plan);
    expect(names[0]).toBe("Et meget langt scenarienavn tes");
    expect(names[1]).toBe("Et meget langt scenarienavn (2)");
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });

  it("rejects a plan with an invalid table name before touching the workbook", async () => {
    const wb = new Workbook();
    wb.addWorksheet("Brugerens");
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: "X",
          ranges: [],
          tables: [{ name: "A1", row: 1, col: 1, columns: [{ header: "a" }], rows: [] }],
        },
      ],
    };
    await expect(writePlanToWorkbook(wb, plan)).rejects.toThrow(/table name/);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Brugerens"]);
  });

  it("removes the names it defined when a later name fails", async () => {
    const wb = new Workbook();
    const ref = { name: "Pris", sheetIndex: 0, ref: "$A$1" };
    // The second "Pris" is scoped to the sheet; a third on the same sheet cannot exist.
    const plan: WorkbookPlan = { sheets: [{ name: "S", ranges: [], tables: [] }], names: [ref, ref, ref] };
    await expect(writePlanToWorkbook(wb, plan)).rejects.toThrow(/already defined/);
    expect(wb.worksheets).toEqual([]);
    expect(wb.definedNames.model).toEqual([]);
  });

  it("gives an empty table one blank data row, as Excel requires", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: "T",
          ranges: [],
          tables: [
            { name: "tblEmpty", row: 2, col: 2, columns: [{ header: "a" }, { header: "b" }], rows: [] },
          ],
        },
      ],
    };
    const wb = await load(await writeResultFile(null, plan));
    expect(sheet(wb, "T").getTable("tblEmpty").model.ref).toBe("B2:C3");
  });

  it("reports progress per sheet, ending at 1", async () => {
    const fractions: number[] = [];
    await writePlanToWorkbook(new Workbook(), featurePlan(), (f) => fractions.push(f));
    expect(fractions).toEqual([1 / 3, 2 / 3, 1]);
  });
});

describe("the template in a file", () => {
  it("has real tables, drop-downs over 500 rows, date formats and the parameters", async () => {
    const bytes = await writeResultFile(null, templatePlan("da"));
    const wb = await load(bytes);
    const vehicles = sheet(wb, "Køretøjer");
    expect(vehicles.getTable("tblKoeretoejer").model.ref).toBe("A1:T2");
    expect(Object.keys(vehicles.dataValidations.model).sort()).toEqual([
      "range:E2:E501",
      "range:F2:F501",
      "range:O2:O501",
    ]);
    expect(vehicles.getCell("M500").numFmt).toBe(NUMBER_FORMATS.date);
    expect(sheet(wb, "Ture").getCell("A2").numFmt).toBe(NUMBER_FORMATS.dateTime);
    expect(sheet(wb, "Parametre").getTable("tblParametre")).toBeTruthy();
    const [vehicleData, tripData, parameterData] = await readXlsx(bytes);
    expect(vehicleData.values).toHaveLength(1);
    expect(tripData.values[0]).toEqual([
      "Starttid",
      "Sluttid",
      "Turlængde (km)",
      "Bil id",
      "Lokation",
      "Tur id",
    ]);
    expect(parameterData.values[1]).toEqual([
      "el_udledning",
      0.09,
      "kg CO2e/kWh",
      "Udledningsfaktor for el (bruges som indtastet)",
    ]);
  });
});
