import { existsSync } from "node:fs";
import path from "node:path";
import { SCENARIO_LABELS } from "../../src/workbook/plan/scenarioLabels";
import { expect, test } from "./offline";
import { expectNoSeriousAxeViolations, tabTo } from "./accessibility";
import {
  LOCATION,
  OFFICE_CDN,
  openTaskPane,
  sampleSeed,
  workbookValues,
  type FakeExcelView,
} from "./fakeTaskPane";

/**
 * The task pane (dist/taskpane.html) inside a fake Excel: test/e2e/.build/fake-office.js installs
 * Office and Excel backed by FakeExcel before the page's scripts run, and the CDN's office.js is
 * answered with an empty script so it cannot replace them. The real worker and engine run.
 * The fake reports Danish as Office's display language, so the pane speaks Danish.
 */

/** The seed keeps the first week of the sample's eight, so the fake Excel stays fast. */
const SEED_DAYS = 7;

test("loads the data, runs and writes a new result sheet, leaving the input sheets unchanged", async ({
  page,
}) => {
  const seed = await sampleSeed(SEED_DAYS);
  await openTaskPane(page, seed);

  await expect(page.getByRole("combobox", { name: "Køretøjer" })).toHaveValue("Køretøjer");
  await expect(page.getByRole("combobox", { name: "Ture" })).toHaveValue("Ture");
  await page.getByRole("button", { name: "Indlæs data" }).click();
  // Loaded, the pane moves on to Simulate; what was found stays on the Data tab.
  await expect(page.getByRole("combobox", { name: "Lokation", exact: true })).toHaveValue(LOCATION);
  await page.getByRole("tab", { name: "Data" }).click();
  await expect(page.getByRole("table", { name: "Fundne data" })).toContainText(LOCATION);
  await page.getByRole("tab", { name: "Simulér" }).click();

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

test("at 350 px, every section of the pane fits without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 350, height: 800 });
  await openTaskPane(page, await sampleSeed(SEED_DAYS));
  await page.getByRole("button", { name: "Indlæs data" }).click();
  await expect(page.getByRole("combobox", { name: "Lokation", exact: true })).toHaveValue(LOCATION);
  await page.getByRole("button", { name: "Kør simulering" }).click();
  await expect(page.getByRole("region", { name: "3. Resultat" })).toBeVisible();

  const tabList = page.getByRole("tablist", { name: "Sektioner" });
  await expect(tabList.getByRole("tab")).toHaveCount(6);
  for (const name of ["Data", "Simulér", "Søg", "Plan", "Businesscase", "Aggregér"]) {
    const tab = tabList.getByRole("tab", { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    expect(overflow.scrollWidth, `the ${name} tab scrolls sideways`).toBeLessThanOrEqual(
      overflow.clientWidth,
    );
  }
  // The keyboard reaches every tab: arrow keys move along the tab list.
  await tabList.getByRole("tab", { name: "Data", exact: true }).click();
  await page.keyboard.press("ArrowRight");
  await expect(tabList.getByRole("tab", { name: "Simulér", exact: true })).toBeFocused();
});

test("text in a number cell shows the cell-addressed error, selects that cell and writes nothing", async ({
  page,
}) => {
  const seed = await sampleSeed(SEED_DAYS);
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

test("the pane passes axe and its main flow works by keyboard alone: load, simulate, see the result", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openTaskPane(page, await sampleSeed(SEED_DAYS));
  await expect(page.getByRole("button", { name: "Indlæs data" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "the pane before loading");

  await tabTo(page, "Indlæs data");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Lokation", exact: true })).toHaveValue(LOCATION);
  await expectNoSeriousAxeViolations(page, "the pane with the data loaded");

  await tabTo(page, "Kør simulering");
  await page.keyboard.press("Enter");
  const result = page.getByRole("region", { name: "3. Resultat" });
  await expect(result).toBeVisible();
  await expect(result).toContainText(/Resultatark: Scenarie/);
  await expectNoSeriousAxeViolations(page, "the pane with a result");
});
