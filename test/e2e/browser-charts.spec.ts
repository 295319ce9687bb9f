import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./offline";
import { expectNoSeriousAxeViolations } from "./accessibility";

/**
 * The browser page's charts as a user at 1400 × 1000 reads them (issue 19 point 1): every chart of
 * the scenario and dashboards sheets drawn from the sample's 40 vehicles with bars that keep their
 * thickness, nothing drawn over anything else, no label cut at the chart's edge; and the same
 * charts again after the saved workbook is opened in the page.
 */
test.use({ locale: "en-GB", viewport: { width: 1400, height: 1000 } });
// Opening the sample's 10,000 trips and running them take minutes when the machine is shared.
test.describe.configure({ timeout: 300_000 });

const OPENING = { timeout: 90_000 };

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  what: string;
}

/** What overlaps in one drawn chart: bars over bars, axis labels over labels, labels cut at the edge. */
async function chartFaults(figure: Locator): Promise<string[]> {
  return figure.evaluate((el) => {
    const svg = el.querySelector("svg");
    if (!svg) return ["no chart drawn"];
    const frame = svg.getBoundingClientRect();
    const box = (e: Element, what: string) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, what };
    };
    const text = (e: Element) => e.getAttribute("data-full") ?? e.textContent ?? "";
    const groups: Box[][] = [
      [...svg.querySelectorAll("rect[role='option']")].map((r) =>
        box(r, r.getAttribute("aria-label") ?? "bar"),
      ),
      [...svg.querySelectorAll(".fui-cart__yAxis .tick text")].map((t) => box(t, `y label ${text(t)}`)),
      [...svg.querySelectorAll(".fui-cart__xAxis .tick text")].map((t) => box(t, `x label ${text(t)}`)),
    ];
    const faults: string[] = [];
    // Half a pixel of tolerance: stacked segments and neighbouring bars may touch.
    const overlap = (a: Box, b: Box) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    for (const items of groups) {
      items.forEach((a, i) => {
        if (a.right - a.left > 0 && a.left < frame.left - 0.5) faults.push(`${a.what} cut at the left edge`);
        for (const b of items.slice(i + 1)) if (overlap(a, b)) faults.push(`${a.what} over ${b.what}`);
      });
    }
    return faults;
  });
}

/** Waits for every chart of the shown sheet, then checks each is readable. */
async function expectChartsReadable(page: Page, sheet: string, count: number): Promise<void> {
  const figures = page.getByRole("group", { name: `Charts in ${sheet}` }).getByRole("figure");
  await expect(figures).toHaveCount(count);
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await expect(figure.locator("svg").first()).toBeVisible(OPENING);
    expect(await chartFaults(figure), (await figure.getAttribute("aria-label")) ?? undefined).toEqual([]);
  }
}

/** The bars of one horizontal bar chart, top to bottom: their accessible names and thickness. */
async function horizontalBars(figure: Locator): Promise<{ label: string; height: number }[]> {
  return figure.evaluate((el) =>
    [...el.querySelectorAll("rect[role='option']")]
      .map((r) => ({ r: r.getBoundingClientRect(), label: r.getAttribute("aria-label") ?? "" }))
      .sort((a, b) => a.r.top - b.r.top)
      .map(({ r, label }) => ({ label, height: r.height })),
  );
}

/** The sample opened, loaded and simulated with the form's defaults, as a new user starts. */
async function simulateSample(page: Page): Promise<void> {
  await page.goto("/index.html?sample=1");
  await page.getByRole("button", { name: "Load data" }).click();
  await expect(page.getByRole("combobox", { name: "Location", exact: true })).toHaveValue(
    "Hjemmeplejen Nord",
    OPENING,
  );
  await page.getByRole("button", { name: "Run simulation" }).click();
  await expect(page.getByRole("region", { name: "3. Result" })).toBeVisible(OPENING);
  await expect(page.getByRole("table", { name: "Scenario" })).toBeVisible();
}

/** Shows a sheet of the workbook in the viewer. */
async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true }).click(OPENING);
  await expect(page.getByRole("table", { name, exact: true })).toBeVisible(OPENING);
}

test("every chart of the scenario and dashboards sheets is readable, and again after the file is saved and reopened", async ({
  page,
}) => {
  await simulateSample(page);

  // Cost, CO2e, unallocated per day, trip lengths, km per vehicle of each fleet.
  await expectChartsReadable(page, "Scenario", 6);
  const km = page.getByRole("figure", { name: "km per vehicle in the period (current fleet)" });
  const kmBars = await horizontalBars(km);
  expect(kmBars).toHaveLength(40);
  for (const bar of kmBars) expect(bar.height).toBeGreaterThanOrEqual(15);
  // The first vehicle of the sheet's table on top.
  expect(kmBars[0].label).toMatch(/^Peugeot 208 LL81850\. km, /);

  await page.getByRole("button", { name: "Write dashboards" }).click();
  await expect(page.getByRole("table", { name: "Dashboards" })).toBeVisible(OPENING);
  await expectChartsReadable(page, "Dashboards", 3);
  // Out and parked at home side by side for each of the 40 vehicles, the legend in view above them.
  const activity = page.getByRole("figure", { name: "Time out vs parked at home" });
  const pairs = await horizontalBars(activity);
  expect(pairs).toHaveLength(80);
  expect(pairs[0].label).toMatch(/^Peugeot 208 LL81850\. Out, \d+(\.\d)?%\.$/);
  expect(pairs[1].label).toMatch(/^Peugeot 208 LL81850\. Parked at home, \d+(\.\d)?%\.$/);
  await expect(activity.getByText("Parked at home", { exact: true })).toBeInViewport();
  await expectNoSeriousAxeViolations(page, "the dashboards sheet's charts", [
    "[aria-label='Charts in Dashboards']",
  ]);

  // The saved workbook opens in the page with its charts (ExcelTS refused a file with charts).
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save .xlsx" }).click(),
  ]);
  await page.reload();
  await page.getByLabel("Open .xlsx").setInputFiles(await download.path());
  await showSheet(page, "Dashboards");
  await expectChartsReadable(page, "Dashboards", 3);
});

test("the charts of search, comparison, locations overview, transition plan and business case are readable", async ({
  page,
}) => {
  await simulateSample(page);

  const search = page.getByRole("region", { name: "Automatic search" });
  await search.getByRole("textbox", { name: "CO2e reduction (%)" }).fill("20");
  await search.getByRole("textbox", { name: "Search iterations" }).fill("3");
  await search.getByRole("button", { name: "Search", exact: true }).click();
  await expect(search.getByRole("status", { name: "Search result" })).toBeVisible(OPENING);
  await showSheet(page, "Search");
  // The Pareto front: cost against CO2e, a point per fleet.
  await expectChartsReadable(page, "Search", 1);
  await expect(page.getByRole("figure", { name: /Pareto/ }).locator("circle[role='option']")).not.toHaveCount(
    0,
  );
  await showSheet(page, "Solution 1");
  await expectChartsReadable(page, "Solution 1", 6);
  await showSheet(page, "Scenario comparison");
  await expectChartsReadable(page, "Scenario comparison", 2);

  await page.getByRole("button", { name: "Locations overview" }).click();
  await showSheet(page, "Locations overview");
  await expectChartsReadable(page, "Locations overview", 1);

  await page.getByRole("button", { name: "Write transition plan" }).click();
  await showSheet(page, "Transition plan");
  await expectChartsReadable(page, "Transition plan", 2);

  await page.getByRole("button", { name: "Write business case" }).click();
  await showSheet(page, "Business case");
  await expectChartsReadable(page, "Business case", 2);
  // The sensitivity's two savings per factor side by side, each named by factor and series.
  const sensitivity = await horizontalBars(page.getByRole("figure", { name: /^Sensitivity/ }));
  expect(sensitivity.map((b) => b.label.split(",")[0])).toEqual([
    "Fuel price. Saving: factor down",
    "Fuel price. Saving: factor up",
    "Electricity price. Saving: factor down",
    "Electricity price. Saving: factor up",
    "CO2e price. Saving: factor down",
    "CO2e price. Saving: factor up",
    "km per year. Saving: factor down",
    "km per year. Saving: factor up",
  ]);
});
