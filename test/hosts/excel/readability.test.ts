import { SSF } from "@e965/xlsx";
import { afterEach, describe, expect, it } from "vitest";
import { REPORT_EXAMPLE_INPUTS } from "../../../src/core/businesscase/inputs";
import { columnWidthPoints } from "../../../src/hosts/excel/columnWidthPoints";
import { businessCasePlan } from "../../../src/workbook/plan/businessCasePlan";
import { dashboardPlanOf } from "../../../src/workbook/plan/dashboardPlan";
import { searchPlan } from "../../../src/workbook/plan/searchPlan";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";
import type { FakeSheetView } from "../../fakes/fakeExcel";
import { scenarioFixture } from "../../workbook/businesscase/scenarioFixture";
import { SEARCH_SUMMARY } from "../searchSummaryFixture";
import { excelHostOver, uninstallExcelHost } from "./excelHostFixture";

afterEach(uninstallExcelHost);

/** Column letters to number, 1-based. */
function columnOf(address: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { col, row: Number(m[2]) };
}

function letters(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * What would not read well in a sheet office.js wrote: a header (a cell that wraps) leaning
 * another way than the values under it, a number wider than its column (Excel shows ####),
 * a missing fit-to-one-page-wide print setup.
 */
function problems(sheet: FakeSheetView, expectTitles: boolean): string[] {
  const out: string[] = [];
  const layout = sheet.pageLayout;
  if (layout.orientation !== "Landscape" && layout.orientation !== "Portrait") out.push("no orientation");
  if (layout.zoom?.horizontalFitToPages !== 1 || layout.zoom?.verticalFitToPages !== 0)
    out.push(`zoom ${JSON.stringify(layout.zoom)}`);
  if (expectTitles && !/^\$\d+:\$\d+$/.test(layout.printTitleRows ?? "")) out.push("no print title rows");
  const values = sheet.values();
  const lean = (r: number, c: number): string | null => {
    const v = values[r]?.[c] ?? null;
    if (v === null || v === "") return null;
    const a = `${letters(c + 1)}${r + 1}`;
    return sheet.cell(a).format.horizontalAlignment ?? (typeof v === "number" ? "Right" : "Left");
  };
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const address = `${letters(c + 1)}${r + 1}`;
      const cell = sheet.cell(address);
      if (cell.format.wrapText) {
        for (let below = r + 1; below < values.length; below++) {
          if (sheet.cell(`${letters(c + 1)}${below + 1}`).format.wrapText) break;
          const l = lean(below, c);
          if (l === null) break;
          if (l !== cell.format.horizontalAlignment) {
            out.push(
              `${address} leans ${cell.format.horizontalAlignment} over ${letters(c + 1)}${below + 1} (${l})`,
            );
            break;
          }
        }
        return;
      }
      if (typeof v !== "number") return;
      const text = SSF.format(cell.numberFormat || "General", v);
      const width = sheet.columnWidth(letters(columnOf(address).col));
      if (width < columnWidthPoints(text.length + 1)) out.push(`${address} "${text}" in ${width} pt`);
    }),
  );
  return out;
}

describe("sheets office.js writes read well (issue 15 point 5)", () => {
  it("scenario, dashboards, search and business case", async () => {
    const { result, plan } = scenarioFixture("en");
    const plans: WorkbookPlan[] = [
      plan,
      dashboardPlanOf(result, "en", "d"),
      { sheets: [searchPlan(SEARCH_SUMMARY, { language: "en", runId: "s" })] },
      businessCasePlan({ language: "da", inputs: { ...REPORT_EXAMPLE_INPUTS } }),
    ];
    const { host, fake } = excelHostOver();
    for (const p of plans) {
      const names = await host.writePlan(p);
      p.sheets.forEach((sheetPlan, i) => {
        if (sheetPlan.visibility === "veryHidden") return;
        const sheet = fake.sheet(names[i]);
        expect(problems(sheet, sheetPlan.tables.length > 0), names[i]).toEqual([]);
        expect({ rows: sheet.freezeRows, cols: sheet.freezeCols }, names[i]).toEqual({
          rows: sheetPlan.freezeRows ?? 0,
          cols: sheetPlan.freezeCols ?? 0,
        });
      });
    }
    // The scenario prints landscape and repeats the driving book's header on its pages.
    const scenario = fake.sheet("Scenario");
    const book = plan.sheets[0].tables.find((t) => t.name.startsWith("DrivingBook_"))!;
    expect(scenario.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${book.row}:$${book.row}`,
    });
    expect(fake.sheet("Dashboards").freezeCols).toBe(1);
  });

  it("leaves the print setup out below ExcelApi 1.9 and still writes the sheet", async () => {
    const { host, fake } = excelHostOver({ excelApiVersion: "1.8" });
    const [name] = await host.writePlan(scenarioFixture("en").plan);
    expect(fake.sheet(name).pageLayout).toEqual({});
    expect(fake.sheet(name).values()[0][0]).toMatch(/FleetOptimiser simulation/);
  });
});
