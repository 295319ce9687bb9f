import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import type { CellValue } from "../../src/workbook/sheetData";
import { expect, test } from "./offline";

/**
 * The optimal allocation in the task pane (fake Excel, real worker, real HiGHS wasm): choose
 * "Optimal", run, and cancel while the solver works. The pane must keep the best allocation found
 * so far — the worker is terminated and a fresh one rebuilds the result from the streamed
 * incumbent — write the result sheet, and stay usable for the next run.
 */

const FAKE_OFFICE = "test/e2e/.build/fake-office.js";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/**";
const LOCATION = "Hjemmeplejen Nord";

type Rows = CellValue[][];

/** The sample's vehicles, Parametre (time limit raised so the solve is surely running) and 3 days of trips. */
async function seed(): Promise<{ sheets: { name: string; values: Rows }[] }> {
  const sample = await readXlsx(readFileSync("assets/sample/fleetoptimiser-sample.xlsx"));
  const sheet = (name: string): Rows => {
    const found = sample.find((s) => s.name === name);
    if (!found) throw new Error(`The sample has no ${name} sheet`);
    return found.values;
  };
  const [tripHeader, ...trips] = sheet("Ture");
  const startCol = tripHeader.indexOf("Starttid");
  const starts = trips.map((row) => Number(row[startCol]));
  const firstDay = Math.floor(Math.min(...starts));
  const params = sheet("Parametre").filter((row) => row[0] !== "allocation_time_limit");
  return {
    sheets: [
      { name: "Køretøjer", values: sheet("Køretøjer") },
      { name: "Ture", values: [tripHeader, ...trips.filter((_, i) => starts[i] < firstDay + 3)] },
      { name: "Parametre", values: [...params, ["allocation_time_limit", 600]] },
    ],
  };
}

async function openTaskPane(page: Page): Promise<void> {
  const s = await seed();
  await page.addInitScript((x) => {
    (globalThis as { __FAKE_OFFICE_SEED__?: unknown }).__FAKE_OFFICE_SEED__ = x;
  }, s);
  await page.addInitScript({ path: FAKE_OFFICE });
  await page.route(OFFICE_CDN, (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  await page.goto("/taskpane.html");
  await page.getByRole("button", { name: "Indlæs data" }).click();
  await expect(page.getByRole("combobox", { name: "Lokation", exact: true })).toHaveValue(LOCATION);
}

test("optimal allocation: cancel mid-solve keeps the best allocation so far and the pane stays usable", async ({
  page,
}) => {
  await openTaskPane(page);
  await page.getByRole("radio", { name: /^Optimal \(HiGHS-løser/ }).check();
  await page.getByRole("button", { name: "Kør simulering" }).click();

  // The solver streams its best allocation so far into the progress text.
  await expect(page.getByText(/Optimal tildeling: bedste indtil nu/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Annullér" }).click();

  const result = page.getByRole("region", { name: "3. Resultat" });
  await expect(result).toBeVisible({ timeout: 10_000 });
  await expect(result).toContainText(/Resultatark: Scenarie/);
  await expect(result).toContainText(/annulleret/);

  // Usable again: a greedy run on the same data finishes and writes its own sheet.
  await page.getByRole("radio", { name: /^Grådig/ }).check();
  await page.getByRole("button", { name: "Kør simulering" }).click();
  await expect(result).toContainText(/Resultatark: Scenarie \(2\)|Resultatark: Scenarie 2/, {
    timeout: 60_000,
  });
});
