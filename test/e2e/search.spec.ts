import { existsSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { SEARCH_LABELS } from "../../src/workbook/plan/searchLabels";
import { COMPARISON_LABELS } from "../../src/workbook/plan/comparisonLabels";
import type { CellValue } from "../../src/workbook/sheetData";
import { expect, test } from "./offline";

/**
 * The pane's automatic search inside the fake Excel (the same setup as taskpane.spec.ts, whose
 * helpers are repeated here so the two specs stay independent): the real worker runs the search on
 * the first week of the sample, the pane writes the Search sheet and the proposals' scenario sheets,
 * and cancel keeps the best fleets found so far. The pane speaks Danish (Office's display language).
 */

const FAKE_OFFICE = "test/e2e/.build/fake-office.js";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/**";
/** The sample's only location. */
const LOCATION = "Hjemmeplejen Nord";
/** The seed keeps the first week of the sample's eight, so the fake Excel stays fast. */
const SEED_DAYS = 7;

type Rows = CellValue[][];
interface Seed {
  sheets: { name: string; values: Rows }[];
}

/**
 * A small but real workbook: the sample's vehicles (40 at its one location, 3 candidates), the trips
 * of its first week only (~1,300 of ~10,000, dates as Excel serials) and its Parametre, read from
 * assets/ in the test process.
 */
async function smallWorkbook(): Promise<Seed> {
  const sample = await readXlsx(readFileSync("assets/sample/fleetoptimiser-sample.xlsx"));
  const sheet = (name: string): Rows => {
    const found = sample.find((s) => s.name === name);
    if (!found) throw new Error(`The sample has no ${name} sheet`);
    return found.values;
  };
  const [tripHeader, ...trips] = sheet("Ture");
  const startCol = tripHeader.indexOf("Starttid");
  const starts = trips.map((row) => row[startCol]);
  if (!starts.every((v): v is number => typeof v === "number")) {
    throw new Error("The sample's Starttid cells are not all Excel serials");
  }
  const firstDay = Math.floor(Math.min(...starts));
  const firstWeek = trips.filter((_, i) => starts[i] < firstDay + SEED_DAYS);
  if (firstWeek.length < 500 || firstWeek.length >= trips.length / 4) {
    throw new Error(
      `Expected about a week of the sample's trips, got ${firstWeek.length} of ${trips.length}`,
    );
  }
  return {
    sheets: [
      { name: "Køretøjer", values: sheet("Køretøjer") },
      { name: "Ture", values: [tripHeader, ...firstWeek] },
      { name: "Parametre", values: sheet("Parametre") },
    ],
  };
}

async function openTaskPane(page: Page, seed: Seed): Promise<void> {
  if (!existsSync(FAKE_OFFICE)) {
    throw new Error(`${FAKE_OFFICE} is missing: globalSetup builds it with test/e2e/fakeOffice/build.mjs.`);
  }
  // Init scripts run in the order they were added: the seed first, then the fake that reads it.
  await page.addInitScript((s) => {
    (globalThis as { __FAKE_OFFICE_SEED__?: unknown }).__FAKE_OFFICE_SEED__ = s;
  }, seed);
  await page.addInitScript({ path: FAKE_OFFICE });
  await page.route(OFFICE_CDN, (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
  await page.goto("/taskpane.html");
}

/** The fake workbook's sheets as plain values, read inside the page. */
function workbookValues(page: Page): Promise<Record<string, unknown[][]>> {
  return page.evaluate(() => {
    const fake = (globalThis as unknown as { __fakeExcel: FakeExcelView }).__fakeExcel;
    return Object.fromEntries(fake.sheetNames().map((name) => [name, fake.sheet(name).values()]));
  });
}

/** The part of test/fakes/fakeExcel.ts the specs read (the page holds the real object). */
interface FakeExcelView {
  sheetNames(): string[];
  sheet(name: string): { values(): unknown[][] };
  selection: { sheet: string; address: string } | null;
}

async function loadSample(page: Page): Promise<void> {
  await openTaskPane(page, await smallWorkbook());
  await page.getByRole("button", { name: "Indlæs data" }).click();
  await expect(page.getByRole("combobox", { name: "Lokation", exact: true })).toHaveValue(LOCATION);
}

const L = SEARCH_LABELS.da;

test("searches, shows the proposals and writes the Search sheet and a scenario sheet per proposal", async ({
  page,
}) => {
  await loadSample(page);
  const before = await workbookValues(page);
  const search = page.getByRole("region", { name: "Automatisk søgning" });
  await search.getByRole("textbox", { name: "CO2e-reduktion (%)" }).fill("20");
  await search.getByRole("textbox", { name: "Søgeiterationer" }).fill("3");
  await search.getByRole("button", { name: "Søg", exact: true }).click();

  const result = search.getByRole("status", { name: "Søgeresultat" });
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toContainText("opfylder målene");
  await expect(result).toContainText(/Skrevet i Søgning/);

  const after = await workbookValues(page);
  const added = Object.keys(after).filter((name) => !(name in before));
  // The proposals are registered like manual scenarios: the comparison sheet appears with them.
  expect(added).toEqual(expect.arrayContaining([L.sheet, L.solutionSheet(1), COMPARISON_LABELS.da.sheet]));
  expect(after[COMPARISON_LABELS.da.sheet].flat()).toContain(L.solutionSheet(1));
  expect(after[L.sheet][0][0]).toBe(L.title(LOCATION));
  expect(String(after[L.solutionSheet(1)][0][0])).toMatch(/^FleetOptimiser-simulering:/);
  for (const name of ["Køretøjer", "Ture", "Parametre"]) expect(after[name]).toEqual(before[name]);
});

test("cancel stops the worker, keeps the best fleets found so far and leaves the pane usable", async ({
  page,
}) => {
  await loadSample(page);
  const search = page.getByRole("region", { name: "Automatisk søgning" });
  await search.getByRole("textbox", { name: "Søgeiterationer" }).fill("1000");
  await search.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(search.getByText(/^Bedste indtil nu:/)).toBeVisible({ timeout: 60_000 });
  await search.getByRole("button", { name: "Annullér søgning" }).click();

  const result = search.getByRole("status", { name: "Søgeresultat" });
  await expect(result).toContainText("Søgningen blev annulleret; her er de bedste flåder", {
    timeout: 60_000,
  });
  expect(Object.keys(await workbookValues(page))).toEqual(
    expect.arrayContaining([L.sheet, L.solutionSheet(1)]),
  );
  // A fresh worker answers the next job.
  await page.getByRole("button", { name: "Kør simulering" }).click();
  await expect(page.getByRole("region", { name: "3. Resultat" })).toBeVisible();
});
