import type { Page } from "@playwright/test";
import { expect, test } from "./offline";
import { openTaskPane, sampleSeed } from "./fakeTaskPane";

/**
 * The result sheets as a user gets them in Excel (the task pane inside the fake Excel, as in
 * taskpane.spec.ts, in Danish): two runs, then the Dashboards button. The workbook then holds both
 * scenario sheets with their charts, one comparison sheet listing both, the very hidden registry,
 * and the dashboards with charts and conditional formats.
 */

const SEED_DAYS = 3;

interface SheetSummary {
  visibility: string;
  charts: string[];
  conditionalFormats: string[];
  a1: unknown;
  column1: unknown[];
}

/** Each fake sheet's visibility, chart types, conditional format types, A1 and first column. */
function workbookSummary(page: Page): Promise<Record<string, SheetSummary>> {
  return page.evaluate(() => {
    interface View {
      visibility: string;
      values(): unknown[][];
      charts(): { type: string }[];
      conditionalFormats(): { type: string }[];
    }
    const fake = (
      globalThis as unknown as { __fakeExcel: { sheetNames(): string[]; sheet(n: string): View } }
    ).__fakeExcel;
    return Object.fromEntries(
      fake.sheetNames().map((name) => {
        const s = fake.sheet(name);
        const values = s.values();
        return [
          name,
          {
            visibility: s.visibility,
            charts: s.charts().map((c) => c.type),
            conditionalFormats: s.conditionalFormats().map((c) => c.type),
            a1: values[0]?.[0] ?? null,
            column1: values.map((r) => r[0]),
          },
        ];
      }),
    );
  });
}

test("two runs and the dashboards leave scenario sheets, one comparison and the dashboards, with charts", async ({
  page,
}) => {
  await openTaskPane(page, await sampleSeed(SEED_DAYS));

  await page.getByRole("button", { name: "Indlæs data" }).click();
  await expect(page.getByRole("combobox", { name: "Lokation", exact: true })).toBeVisible();
  const result = page.getByRole("region", { name: "3. Resultat" });
  await page.getByRole("button", { name: "Kør simulering" }).click();
  await expect(result).toContainText("Resultatark: Scenarie");
  await page.getByRole("button", { name: "Kør simulering" }).click();
  await expect(result).toContainText("Scenarie (2)");
  await page.getByRole("button", { name: "Skriv dashboards" }).click();
  await expect(page.getByText("Dashboards skrevet til arket Dashboards.")).toBeVisible();

  const sheets = await workbookSummary(page);
  expect(Object.keys(sheets).sort()).toEqual([
    "Dashboards",
    "Køretøjer",
    "Parametre",
    "Scenarie",
    "Scenarie (2)",
    "Scenariesammenligning",
    "Ture",
    "_fleetopt_scenarios",
  ]);
  for (const name of ["Scenarie", "Scenarie (2)"]) expect(sheets[name].charts).toHaveLength(6);
  expect(sheets._fleetopt_scenarios.visibility).toBe("VeryHidden");
  const comparison = sheets.Scenariesammenligning;
  expect(comparison.a1).toBe("FleetOptimiser-scenariesammenligning");
  expect(comparison.column1.slice(4, 6)).toEqual(["Scenarie", "Scenarie (2)"]);
  expect(comparison.charts).toEqual(["ColumnClustered", "ColumnClustered"]);
  expect(sheets.Dashboards.charts).toEqual(["BarClustered", "BarClustered", "Line"]);
  expect(sheets.Dashboards.conditionalFormats).toContain("ColorScale");
  expect(sheets.Dashboards.conditionalFormats).toContain("CellValue");
});
