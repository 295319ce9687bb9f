import { existsSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import type { CellValue } from "../../src/workbook/sheetData";

/**
 * What the task-pane specs share: the task pane (dist/taskpane.html) inside a fake Excel.
 * test/e2e/.build/fake-office.js installs Office and Excel backed by FakeExcel before the page's
 * scripts run, and the CDN's office.js is answered with an empty script so it cannot replace them.
 * The real worker and engine run. The fake reports Danish as Office's display language, so the
 * pane speaks Danish.
 */

export const FAKE_OFFICE = "test/e2e/.build/fake-office.js";
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/**";
/** The sample's only location. */
export const LOCATION = "Hjemmeplejen Nord";

export type Rows = CellValue[][];
export interface Seed {
  sheets: { name: string; values: Rows }[];
}

/**
 * A small but real workbook: the sample's vehicles (40 at its one location, 3 candidates), the trips
 * of its first `days` days only (dates as Excel serials) and its Parametre, read from assets/ in the
 * test process, so the fake Excel stays fast.
 */
export async function sampleSeed(days: number): Promise<Seed> {
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
  const firstDays = trips.filter((_, i) => starts[i] < firstDay + days);
  if (firstDays.length < 100 || firstDays.length >= trips.length / 2) {
    throw new Error(
      `Expected ${days} days of the sample's trips, got ${firstDays.length} of ${trips.length}`,
    );
  }
  return {
    sheets: [
      { name: "Køretøjer", values: sheet("Køretøjer") },
      { name: "Ture", values: [tripHeader, ...firstDays] },
      { name: "Parametre", values: sheet("Parametre") },
    ],
  };
}

/** Opens the task pane over a fake Excel holding `seed`. */
export async function openTaskPane(page: Page, seed: Seed): Promise<void> {
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

/** The part of test/fakes/fakeExcel.ts the specs read (the page holds the real object). */
export interface FakeExcelView {
  sheetNames(): string[];
  sheet(name: string): { values(): unknown[][] };
  selection: { sheet: string; address: string } | null;
}

/** The fake workbook's sheets as plain values, read inside the page. */
export function workbookValues(page: Page): Promise<Record<string, unknown[][]>> {
  return page.evaluate(() => {
    const fake = (globalThis as unknown as { __fakeExcel: FakeExcelView }).__fakeExcel;
    return Object.fromEntries(fake.sheetNames().map((name) => [name, fake.sheet(name).values()]));
  });
}
