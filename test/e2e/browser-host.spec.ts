import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { readXlsx } from "../../src/hosts/file/readXlsx";
// The saved file has native charts; ExcelTS only reads a file with charts once chart support is
// installed in the module system this test runs in (as the CLI does).
import "../../src/cli/installChartSupport";
import { SCENARIO_CHART_LABELS } from "../../src/workbook/plan/scenarioChartLabels";
import { expect, test } from "./offline";
import { expectNoSeriousAxeViolations, tabTo } from "./accessibility";

/**
 * The browser page (dist/index.html) over the sample workbook, with the real worker and engine:
 * open, load, simulate a smaller fleet, see the result written as a new sheet, save the file.
 * The page's language follows the browser; these tests use English.
 */
test.use({ locale: "en-GB" });
// Opening the sample's 10,000 trips and running them take minutes when the machine is shared.
test.describe.configure({ timeout: 300_000 });

/** The sample's only location: 40 vehicles (1001–1040, 1001–1026 fossil), 8 weeks, ~10,000 trips. */
const LOCATION = "Hjemmeplejen Nord";
/**
 * Ten of its 26 fossil cars (1001–1010): without them the morning peak leaves trips to employees'
 * own cars. The simulated fleet has one count per model, named by the model; each of these ten is
 * a model of its own, so its count starts at 1.
 */
const REMOVED_FOSSIL_MODELS = [
  "Peugeot 208 (benzin, 18.4 km/l)", // 1001
  "Skoda Fabia (benzin, 19.7 km/l)", // 1002
  "Toyota Aygo X (benzin, 22.6 km/l)", // 1003
  "Toyota Aygo X (benzin, 21.1 km/l)", // 1004
  "Skoda Fabia (benzin, 19.9 km/l)", // 1005
  "Toyota Yaris (benzin, 21.9 km/l)", // 1006
  "Toyota Aygo X (benzin, 21.4 km/l)", // 1007
  "Toyota Yaris (benzin, 23.3 km/l)", // 1008
  "Toyota Aygo X (benzin, 23.4 km/l)", // 1009
  "VW Polo (benzin, 19.7 km/l)", // 1010
];
/** A run over the whole sample takes a few seconds; leave room for a loaded machine. */
const FULL_RUN = { timeout: 60_000 };
/** Reading the sample's 10,000 trips into the page takes seconds, and much longer on a busy machine. */
const OPENING = { timeout: 90_000 };

async function openSampleAndLoad(page: Page): Promise<void> {
  await page.goto("/index.html?sample=1");
  const tabs = page.getByRole("tablist", { name: "Sheets" });
  for (const name of ["Køretøjer", "Ture", "Parametre"]) {
    await expect(tabs.getByRole("tab", { name })).toBeVisible(OPENING);
  }
  await expect(page.getByRole("combobox", { name: /Vehicles \(Køretøjer\)/ })).toHaveValue("Køretøjer");
  await page.getByRole("button", { name: "Load data" }).click();
  const overview = page.getByRole("table", { name: "Data found" });
  await expect(overview).toContainText(LOCATION, FULL_RUN);
  // The sample has one location, which the form chooses by itself.
  const location = page.getByRole("combobox", { name: "Location", exact: true });
  await expect(location).toHaveValue(LOCATION);
  await expect(location.getByRole("option")).toHaveText([LOCATION]);
}

/** Records whether a progress bar was ever shown, however briefly (the sample runs in a few seconds). */
async function watchForProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __sawProgress?: boolean };
    w.__sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('[role="progressbar"]')) w.__sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
}

test("simulates a smaller fleet on the sample, writes the result sheet and saves the workbook", async ({
  page,
}) => {
  await openSampleAndLoad(page);

  // The current fleet's vehicles are folded behind one line (issue 19): open them.
  await page.getByRole("button", { name: /^Current fleet:/ }).click();
  await expect(page.getByRole("checkbox", { name: /\(1001\)$/ })).toBeChecked();
  // Take ten of the 26 fossil cars out of the simulated fleet.
  for (const model of REMOVED_FOSSIL_MODELS) {
    const count = page.getByRole("spinbutton", { name: model, exact: true });
    await expect(count).toHaveValue("1");
    await count.fill("0");
    await count.press("Tab");
    await expect(count).toHaveValue("0");
  }

  await watchForProgress(page);
  await page.getByRole("button", { name: "Run simulation" }).click();

  const result = page.getByRole("region", { name: "3. Result" });
  await expect(result).toBeVisible(FULL_RUN);
  expect(await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress)).toBe(
    true,
  );
  const figures = result.getByRole("table", { name: "Result" });
  await expect(figures.getByRole("row", { name: /^Cost/ })).toContainText("DKK");
  // Savings column: a positive amount of kroner (fewer cars), not zero.
  await expect(figures.getByRole("row", { name: /^Cost/ }).getByRole("cell").last()).toHaveText(
    /^DKK\s[1-9]/,
  );
  // Ten cars fewer leave peak trips for the employees' own cars.
  await expect(result).toContainText(/Unallocated trips\s*0 → [1-9]/);
  // … and says why they were left over (the table appears only when some were).
  await expect(result.getByRole("table", { name: "Why trips were unallocated" })).toBeVisible();
  await expect(result).toContainText(/Result sheet: Scenario/);

  const resultTab = page
    .getByRole("tablist", { name: "Sheets" })
    .getByRole("tab", { name: /^Scenario( \(\d+\))?$/ });
  await expect(resultTab).toBeVisible();
  await expect(resultTab).toHaveAttribute("aria-selected", "true");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save .xlsx" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("fleetoptimiser-sample-fleetoptimiser.xlsx");
  const saved = readFileSync(await download.path());
  expect(saved.byteLength).toBeGreaterThan(0);
  // The saved file is a real workbook: the inputs plus the new result sheet.
  const sheets = (await readXlsx(saved)).map((s) => s.name);
  expect(sheets.slice(0, 3)).toEqual(["Køretøjer", "Ture", "Parametre"]);
  expect(sheets.some((name) => name.startsWith("Scenario"))).toBe(true);
  // The run registered itself: the comparison sheet and the very hidden registry are saved too.
  expect(sheets).toContain("Scenario comparison");
  expect((await readXlsx(saved)).find((s) => s.name === "_fleetopt_scenarios")?.visibility).toBe(
    "veryHidden",
  );
});

/**
 * Clicks Cancel from inside the page the moment the run is simulating in the worker. On the sample
 * the worker needs only a few hundred milliseconds, while the main thread is busy cloning the sheets,
 * so Playwright's actionability checks (two stable animation frames) would often miss the window.
 */
async function cancelOnceSimulating(page: Page): Promise<void> {
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      const cancel = [...document.querySelectorAll("button")].find((b) => b.textContent === "Cancel");
      const reading = document.body.textContent?.includes("Reading the input sheets…") ?? true;
      if (cancel && !cancel.disabled && !reading) {
        observer.disconnect();
        cancel.click();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

test("cancelling a run terminates the worker, returns the pane to idle, and a new run still works", async ({
  page,
}) => {
  const workers: { url: string; closed: boolean }[] = [];
  page.on("worker", (worker) => {
    const entry = { url: worker.url(), closed: false };
    workers.push(entry);
    worker.on("close", () => (entry.closed = true));
  });
  await openSampleAndLoad(page);
  // "Load data" already started the engine worker.
  expect(workers).toHaveLength(1);
  await expect(page.getByRole("combobox", { name: "Location", exact: true })).toHaveValue(
    "Hjemmeplejen Nord",
  );
  const sheetTabs = page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
  const tabsBefore = await sheetTabs.allTextContents();

  await cancelOnceSimulating(page);
  await page.getByRole("button", { name: "Run simulation" }).click();

  await expect(page.getByText("The run was cancelled. Nothing was written.")).toBeVisible();
  // Cancel really stops the work: the worker itself is gone.
  await expect.poll(() => workers[0].closed).toBe(true);
  await expect(page.getByRole("button", { name: "Cancel" })).toHaveCount(0);
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "3. Result" })).toHaveCount(0);
  expect(await sheetTabs.allTextContents()).toEqual(tabsBefore);

  // The next run starts a fresh worker and completes.
  await page.getByRole("button", { name: "Run simulation" }).click();
  await expect(page.getByRole("region", { name: "3. Result" })).toBeVisible(FULL_RUN);
  expect(workers).toHaveLength(2);
  await expect(
    page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: /^Scenario( \(\d+\))?$/ }),
  ).toBeVisible();
});

/**
 * The first cell of column A, from the top, whose text looks like a date: the grid is scrolled a
 * screen at a time, as its rows are only in the page while they are in view.
 */
async function firstDateInColumnA(grid: ReturnType<Page["getByRole"]>): Promise<string | null> {
  const scroller = grid.locator("xpath=..");
  const { height, screen } = await scroller.evaluate((el) => ({
    height: el.scrollHeight,
    screen: el.clientHeight,
  }));
  for (let top = 0; top < height; top += screen) {
    await scroller.evaluate((el, y) => {
      el.scrollTop = y;
      el.dispatchEvent(new Event("scroll"));
    }, top);
    const texts = await grid.locator('td[data-cell^="A"]').allTextContents();
    const date = texts.find((t) => /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/.test(t));
    if (date !== undefined) return date;
  }
  return null;
}

test("after the sample's default simulation the scenario sheet shows what Excel would: kroner, dates and charts", async ({
  page,
}) => {
  test.setTimeout(420_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await openSampleAndLoad(page);
  await page.getByRole("button", { name: "Run simulation" }).click();
  await expect(page.getByRole("region", { name: "3. Result" })).toBeVisible(FULL_RUN);

  const grid = page.getByRole("table", { name: /^Scenario( \(\d+\))?$/ });
  await expect(grid).toBeVisible();
  // The current fleet's yearly cost, as the CLI prints it for the same run (1,909,914 kr).
  await expect(grid.locator('[data-cell="B5"]')).toHaveText("1,909,914 kr.");
  await expect(grid.locator('[data-cell="A5"]')).toHaveText("Total cost (kr/yr)");
  // The per-day table's dates are dates (the sample's first day), not serial numbers.
  expect(await firstDateInColumnA(grid)).toBe("2025-03-03");

  // The sheet's charts, drawn from its cells: two bars for cost today vs simulated.
  const L = SCENARIO_CHART_LABELS.en;
  const cost = page.getByRole("figure", { name: L.cost });
  await expect(cost.locator("svg").first()).toBeVisible();
  await expect(cost.locator("rect[role='option']")).toHaveCount(2);
  await expect(cost.locator("rect[role='option']").first()).toHaveAttribute(
    "aria-label",
    /1909914|1,909,914/,
  );
  for (const title of [L.co2e, L.lengths, L.kmCurrent, L.kmSimulated]) {
    await expect(page.getByRole("figure", { name: title }).locator("svg").first()).toBeAttached();
  }

  // The viewer stays in view while the page scrolls down the form.
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const box = await page.getByRole("region", { name: "Sheets" }).boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(50);

  // The form was checked in the keyboard test; here the result and the sheet it wrote.
  await expectNoSeriousAxeViolations(page, "the result and the scenario sheet", [
    'section[aria-label="Sheets"]',
    'section[aria-label="3. Result"]',
  ]);
});

test("the main flow works by keyboard alone: open the sample, load, simulate, see the result", async ({
  page,
}) => {
  test.setTimeout(420_000);
  await page.goto("/index.html");
  await expectNoSeriousAxeViolations(page, "the empty browser page");
  await tabTo(page, "Open sample");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Ture" })).toBeVisible(
    OPENING,
  );
  await tabTo(page, "Load data");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Location", exact: true })).toHaveValue(LOCATION, FULL_RUN);
  await expectNoSeriousAxeViolations(page, "the browser page with the data loaded");
  await tabTo(page, "Run simulation");
  await page.keyboard.press("Enter");
  const result = page.getByRole("region", { name: "3. Result" });
  await expect(result).toBeVisible(FULL_RUN);
  await expect(result).toContainText(/Result sheet: Scenario/);
});
