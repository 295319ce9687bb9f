import { afterEach, describe, expect, it } from "vitest";
import type { FakeExcel } from "../../fakes/fakeExcel";
import { columnWidthPoints } from "../../../src/hosts/excel/columnWidthPoints";
import { sheetLayout } from "../../../src/workbook/plan/sheetLayout";
import { NUMBER_FORMATS, type WorkbookPlan } from "../../../src/workbook/plan/types";
import { excelHostOver, uninstallExcelHost } from "./excelHostFixture";
import { scenarioPlan } from "./planFixtures";

afterEach(uninstallExcelHost);

const userSheets = [
  { name: "Resultat", values: [["Mit eget regneark", 42]] },
  {
    name: "Kørebog",
    startCell: "B2",
    values: [
      ["Nummerplade", "Km"],
      ["AB12345", 12.5],
    ],
  },
];

/** Everything about the named sheets, for "unchanged" assertions. */
function snapshotOf(fake: FakeExcel, names: string[]): unknown {
  const all = fake.snapshot() as { sheets: { name: string }[] };
  return all.sheets.filter((s) => names.includes(s.name));
}

describe("ExcelWorkbookHost.writePlan", () => {
  describe("sheet names", () => {
    it("adds the plan's sheets after the user's, with a unique name next to an existing Resultat", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      const names = await host.writePlan(scenarioPlan());
      expect(names).toEqual(["Resultat (2)", "_scenarier"]);
      expect(fake.sheetNames()).toEqual(["Resultat", "Kørebog", "Resultat (2)", "_scenarier"]);
    });

    it("never changes a sheet that was there before", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      const before = snapshotOf(fake, ["Resultat", "Kørebog"]);
      await host.writePlan(scenarioPlan());
      expect(snapshotOf(fake, ["Resultat", "Kørebog"])).toEqual(before);
    });

    it("writes a second run beside the first, leaving the first run's sheets as they were", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      const firstRun = snapshotOf(fake, ["Resultat (2)", "_scenarier"]);
      const names = await host.writePlan(scenarioPlan());
      expect(names).toEqual(["Resultat (3)", "_scenarier (2)"]);
      expect(snapshotOf(fake, ["Resultat (2)", "_scenarier"])).toEqual(firstRun);
    });

    it("strips the characters Excel forbids and keeps a name within 31 characters", async () => {
      const { host } = excelHostOver({ sheets: userSheets });
      const plan: WorkbookPlan = {
        sheets: [{ name: "Scenarie [elbiler]: 2025/26 * alle afdelinger?", ranges: [], tables: [] }],
      };
      const [name] = await host.writePlan(plan);
      expect(name).toBe("Scenarie elbiler 202526 alle af");
      expect(name.length).toBeLessThanOrEqual(31);
    });
  });

  describe("cell contents", () => {
    it("writes formulas as formulas and values as values, where the plan places them", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      const formulas = fake.sheet("Resultat (2)").formulas();
      expect(formulas.slice(3, 9)).toEqual([
        ["Post", "Nu", "Scenarie"],
        ["Omkostning", 120_000, 95_000],
        ["Besparelse", null, "=B5-C5"],
        ["Andel", null, "=C6/B5"],
        [null, null, null],
        ["Brændstofpris (kr./l)", 13.5, null],
      ]);
    });

    it("keeps text that Excel would read as a formula, number or boolean as text", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      const risky = ['=HYPERLINK("http://x")', "+45 12 34 56 78", "0123", "2024-01-05", "TRUE", "'citat"];
      await host.writePlan({
        sheets: [{ name: "Tekst", ranges: [{ row: 1, col: 1, values: [risky] }], tables: [] }],
      });
      const sheet = fake.sheet("Tekst");
      expect(sheet.values()).toEqual([risky]);
      expect(risky.map((_, i) => sheet.cell(`${String.fromCharCode(65 + i)}1`).formula)).toEqual(
        Array(6).fill(null),
      );
    });

    it("sets a number format per column, over a range's rows and a table's data rows", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      const sheet = fake.sheet("Resultat (2)");
      expect(["A5", "B5", "C7"].map((a) => sheet.cell(a).numberFormat)).toEqual([
        "General",
        NUMBER_FORMATS.dkk,
        NUMBER_FORMATS.dkk,
      ]);
      expect(["C12", "C13", "C14"].map((a) => sheet.cell(a).numberFormat)).toEqual([
        "General" /* header */,
        NUMBER_FORMATS.kmInt,
        NUMBER_FORMATS.kmInt,
      ]);
    });

    it("styles titles, notes, headers, KPIs and inputs as the plan's styles say", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      const sheet = fake.sheet("Resultat (2)");
      expect(sheet.cell("A1").format).toEqual({ bold: true, size: 14 });
      expect(sheet.cell("A2").format).toEqual({ italic: true, color: "#595959" });
      // A header range leans as its columns say (left when they do not say) and wraps.
      expect(sheet.cell("C4").format).toEqual({
        bold: true,
        fill: "#DDEBF7",
        horizontalAlignment: "Left",
        wrapText: true,
      });
      expect(sheet.cell("B7").format).toEqual({ bold: true });
      expect(sheet.cell("B9").format).toEqual({ fill: "#FFF2CC" });
    });
  });

  describe("sheet layout", () => {
    it("fits column widths to their contents, converted from characters to points", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      const plan = scenarioPlan();
      await host.writePlan(plan);
      const sheet = fake.sheet("Resultat (2)");
      const widths = sheetLayout(plan.sheets[0]).columnWidths;
      expect(["A", "B", "C"].map((c) => sheet.columnWidth(c))).toEqual(
        widths.slice(0, 3).map((w) => columnWidthPoints(w ?? 0)),
      );
      // "Brændstofpris (kr./l)" has a number beside it, so its column shows it whole.
      expect(sheet.columnWidth("A")).toBeGreaterThanOrEqual(
        columnWidthPoints("Brændstofpris (kr./l)".length),
      );
      expect(columnWidthPoints(28)).toBe(150.75);
    });

    it("freezes the rows the plan asks for", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      expect(fake.sheet("Resultat (2)").freezeRows).toBe(4);
    });

    it("hides a very hidden sheet and activates the sheet the plan asks for", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      expect(fake.sheet("_scenarier").visibility).toBe("VeryHidden");
      expect(fake.activeSheetName).toBe("Resultat (2)");
    });
  });

  describe("tables, validations and names", () => {
    it("makes a named table over the header and the written rows", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      expect(fake.tables()).toEqual([{ name: "Koeretoejer", sheet: "Resultat (2)", address: "A12:C14" }]);
      expect(fake.sheet("Resultat (2)").values()[11]).toEqual(["Nummerplade", "Type", "Km"]);
    });

    it("gives a table a free name when an earlier run's table has the wanted one", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      await host.writePlan(scenarioPlan());
      expect(fake.tables().map((t) => `${t.sheet}: ${t.name}`)).toEqual([
        "Resultat (2): Koeretoejer",
        "Resultat (3): Koeretoejer_2",
      ]);
    });

    it("puts a drop-down list on the column's cells from below the header to the validation rows", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      const sheet = fake.sheet("Resultat (2)");
      const dropDown = { list: { inCellDropDown: true, source: "Elbil,Benzin,Diesel" } };
      expect(sheet.validationAt("B13")).toEqual(dropDown);
      expect(sheet.validationAt("B62" /* header row 12 + 50 validation rows */)).toEqual(dropDown);
      expect(sheet.validationAt("B63")).toBeNull();
      expect(sheet.validationAt("B12" /* header */)).toBeNull();
      expect(sheet.validationAt("A13")).toBeNull();
    });

    it("adds a workbook name that refers to the final, de-duplicated sheet name", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      expect(fake.names()).toEqual([
        { name: "Braendstofpris", scope: null, formula: "='Resultat (2)'!$B$9" },
      ]);
    });

    it("adds the name to the new sheet when an earlier run owns it in the workbook", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      await host.writePlan(scenarioPlan());
      expect(fake.names()).toEqual([
        { name: "Braendstofpris", scope: null, formula: "='Resultat (2)'!$B$9" },
        { name: "Braendstofpris", scope: "Resultat (3)", formula: "='Resultat (3)'!$B$9" },
      ]);
    });

    it("refuses a drop-down item with a comma before writing anything", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      const plan = scenarioPlan();
      plan.sheets[0].tables[0].columns[1].list = ["El, lille", "Benzin"];
      await expect(host.writePlan(plan)).rejects.toThrow(/Nothing was written.*comma/);
      expect(fake.sheetNames()).toEqual(["Resultat", "Kørebog"]);
    });
  });

  describe("Excel session", () => {
    it("turns events off while writing and gives them back afterwards", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      const eventsAfterEachSync: boolean[] = [];
      const sync = fake.sync.bind(fake);
      fake.sync = async (context) => {
        await sync(context);
        eventsAfterEachSync.push(fake.enableEvents);
      };
      await host.writePlan(scenarioPlan());
      expect(eventsAfterEachSync).toContain(false);
      expect(eventsAfterEachSync.at(-1)).toBe(true);
    });

    it("suspends calculation for every batch, screen updating once, and recalculates at the end", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets });
      await host.writePlan(scenarioPlan());
      expect(fake.stats.suspendScreenUpdating).toBe(1);
      expect(fake.stats.suspendApiCalculation).toBeGreaterThanOrEqual(1);
      expect(fake.stats.calculate).toBe(1);
    });

    it("leaves out the calls an older ExcelApi lacks, and still writes everything", async () => {
      const { host, fake } = excelHostOver({ sheets: userSheets, excelApiVersion: "1.5" });
      await host.writePlan(scenarioPlan());
      expect(fake.stats).toMatchObject({ suspendScreenUpdating: 0, suspendApiCalculation: 0, calculate: 0 });
      expect(fake.tables()).toHaveLength(1);
    });

    it("reports progress as rising fractions from 0 to 1", async () => {
      const { host } = excelHostOver({ sheets: userSheets });
      const progress: number[] = [];
      await host.writePlan(scenarioPlan(), (f) => progress.push(f));
      expect(progress[0]).toBe(0);
      expect(progress.at(-1)).toBe(1);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    });
  });
});
