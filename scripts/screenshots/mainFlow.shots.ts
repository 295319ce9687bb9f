import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "../../test/e2e/offline";
import { LOCATION, openTaskPane, sampleSeed } from "../../test/e2e/fakeTaskPane";

/**
 * The main flow of both hosts as the README shows it: open the sample, load it, simulate, and see
 * the result (in the browser page also the sheet it wrote, with its charts). Each step is checked
 * before its picture is taken, so a broken flow fails here instead of giving wrong pictures.
 */
const IMAGES = path.resolve(__dirname, "../../docs/images");
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(IMAGES, name) });

test.describe("browser page", () => {
  test.use({ locale: "en-GB", viewport: { width: 1400, height: 1000 } });

  test("open the sample, simulate, see the scenario sheet and its charts", async ({ page }) => {
    await page.goto("/index.html?sample=1");
    await page.getByRole("button", { name: "Load data" }).click();
    await expect(page.getByRole("combobox", { name: "Location", exact: true })).toHaveValue(LOCATION);

    await page.getByRole("button", { name: "Run simulation" }).click();
    const result = page.getByRole("region", { name: "3. Result" });
    await expect(result).toBeVisible();
    const grid = page.getByRole("table", { name: /^Scenario( \(\d+\))?$/ });
    await expect(grid.locator('[data-cell="B5"]')).toHaveText(/kr\.$/);
    const charts = page.getByRole("figure");
    await expect(charts.first().locator("svg").first()).toBeVisible();
    // Beside the sheet: the form scrolled to its result, as a user who just ran it sees it.
    await result.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await shot(page, "browser-result.png");

    // The dashboards: the heat map's colour scale and the low-use thresholds, drawn from the cells.
    await page.getByRole("button", { name: "Write dashboards" }).click();
    const dashboards = page.getByRole("table", { name: /^Dashboards( \(\d+\))?$/ });
    await expect(dashboards).toBeVisible();
    await expect(page.getByRole("figure").first().locator("svg").first()).toBeVisible();
    await shot(page, "browser-dashboards.png");
  });
});

test.describe("task pane in Excel", () => {
  // The task pane's usual width in Excel; the fake Office speaks Danish.
  test.use({ viewport: { width: 350, height: 900 } });

  test("load the workbook's data, simulate, see the result", async ({ page }) => {
    await openTaskPane(page, await sampleSeed(7));
    await page.getByRole("button", { name: "Indlæs data" }).click();
    await expect(page.getByRole("combobox", { name: "Lokation", exact: true })).toHaveValue(LOCATION);
    // The simulation form from its top: location, period and the fleet to simulate.
    await page
      .getByRole("region", { name: "2. Simulering" })
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, "pane-fleet.png");
    await page.getByRole("button", { name: "Kør simulering" }).click();
    const result = page.getByRole("region", { name: "3. Resultat" });
    await expect(result).toBeVisible();
    await result.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, "pane-result.png");
  });
});
