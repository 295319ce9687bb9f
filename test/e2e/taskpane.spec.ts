import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { SCENARIO_LABELS } from "../../src/workbook/plan/scenarioLabels";
import type { CellValue } from "../../src/workbook/sheetData";
import { expect, test } from "./offline";

/**
 * The task pane (dist/taskpane.html) inside a fake Excel: test/e2e/.build/fake-office.js installs
 * Office and Excel backed by FakeExcel before the page's scripts run, and the CDN's office.js is
 * answered with an empty script so it cannot replace them. The real worker and engine run.
 * The fake reports Danish as Office's display language, so the pane speaks Danish.
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

test("loads the data, runs and writes a new result sheet, leaving the input sheets unchanged", async ({
  page,
}) => {
  const seed = await smallWorkbook();
  await openTaskPane(page, seed);

  await expect(page.getByRole("combobox", { name: "Køretøjer" })).toHaveValue("Køretøjer");
  await expect(page.getByRole("combobox", { name: "Ture" })).toHaveValue("Ture");
  await page.getByRole("button", { name: "Indlæs data" }).click();
  await expect(page.getByRole("table", { name: "Fundne data" })).toContainText(LOCATION);
  await expect(page.getByRole("combobox", { name: "Lokation", exact: true })).toHaveValue(LOCATION);

  const before = await workbookValues(page);
  await page.getByRole("button", { name: "Kør simulering" }).click();

  const result = page.getByRole("region", { name: "3. Resultat" });
  await expect(result).toBeVisible();
  await expect(result).toContainText(/Resultatark: Scenarie/);
  await expect(result.getByRole("row", { name: /^Omkostning/ })).toContainText("kr.");

  const after = await workbookValues(page);
  const L = SCENARIO_LABELS.da;
  const added = Object.keys(after).filter((name) => !(name in before));
  // The scenario sheet, plus the comparison sheet and the very hidden registry it was entered in.
  expect([...added].sort()).toEqual([L.sheet, "Scenariesammenligning", "_fleetopt_scenarios"]);
  // The KPI block: its header on row 4, total cost first, current and simulated as numbers.
  const kpiRows = after[L.sheet].slice(3, 5);
  expect(kpiRows[0].slice(0, 4)).toEqual([...L.kpiHeader]);
  expect(kpiRows[1][0]).toBe(L.kpi.total);
  expect(typeof kpiRows[1][1]).toBe("number");
  expect(typeof kpiRows[1][2]).toBe("number");
  // The user's data is never written over.
  for (const name of ["Køretøjer", "Ture", "Parametre"]) expect(after[name]).toEqual(before[name]);
});

test("text in a number cell shows the cell-addressed error, selects that cell and writes nothing", async ({
  page,
}) => {
  const seed = await smallWorkbook();
  const vehicles = seed.sheets[0].values;
  const wltpFossil = vehicles[0].findIndex((h) => typeof h === "string" && h.startsWith("WLTP Fossil"));
  expect(wltpFossil).toBe(6); // column G
  vehicles[2][wltpFossil] = "hurtig"; // G3: the second vehicle's km/l
  await openTaskPane(page, seed);

  await page.getByRole("button", { name: "Indlæs data" }).click();
  await expect(page.getByText("Data skal rettes")).toBeVisible();
  // Sheet and cell first, then the message and the fix, in Danish.
  await expect(page.getByRole("button", { name: /^Køretøjer!G3: .+ Ret: .+/ })).toBeVisible();

  // The first error's cell is selected in Excel by itself.
  await expect
    .poll(() =>
      page.evaluate(() => (globalThis as unknown as { __fakeExcel: FakeExcelView }).__fakeExcel.selection),
    )
    .toEqual({ sheet: "Køretøjer", address: "G3" });
  expect(Object.keys(await workbookValues(page))).toEqual(["Køretøjer", "Ture", "Parametre"]);
  // With invalid data there is nothing to run.
  await expect(page.getByRole("button", { name: "Kør simulering" })).toHaveCount(0);
});

test("outside Office, the pane explains how to open it in Excel and links to the browser page", async ({
  page,
}) => {
  // The real office.js from the npm package: loaded in a plain tab it reports no host.
  const officeDist = path.resolve("node_modules/@microsoft/office-js/dist");
  await page.route(OFFICE_CDN, (route) => {
    const file = path.join(
      officeDist,
      new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ""),
    );
    return file.startsWith(officeDist) && existsSync(file) ? route.fulfill({ path: file }) : route.abort();
  });
  await page.goto("/taskpane.html");
  await expect(page.getByRole("heading", { name: "Open FleetOptimiser in Excel" })).toBeVisible();
  const link = page.getByRole("link", { name: "Open FleetOptimiser in the browser" });
  await expect(link).toHaveAttribute("href", "index.html");
  await link.click();
  await expect(page.getByRole("button", { name: "Open sample" })).toBeVisible();
});
