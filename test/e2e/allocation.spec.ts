import type { Page } from "@playwright/test";
import { expect, test } from "./offline";
import { LOCATION, openTaskPane, sampleSeed, type Seed } from "./fakeTaskPane";

/**
 * The optimal allocation in the task pane (fake Excel, real worker, real HiGHS wasm): choose
 * "Optimal", run, and cancel while the solver works. The pane must keep the best allocation found
 * so far — the worker is terminated and a fresh one rebuilds the result from the streamed
 * incumbent — write the result sheet, and stay usable for the next run.
 */

/** The sample's vehicles, Parametre (time limit raised so the solve is surely running) and 3 days of trips. */
async function seed(): Promise<Seed> {
  const s = await sampleSeed(3);
  const parametre = s.sheets[2];
  parametre.values = [
    ...parametre.values.filter((row) => row[0] !== "allocation_time_limit"),
    ["allocation_time_limit", 600],
  ];
  return s;
}

async function openPane(page: Page): Promise<void> {
  await openTaskPane(page, await seed());
  await page.getByRole("button", { name: "Indlæs data" }).click();
  await expect(page.getByRole("combobox", { name: "Lokation", exact: true })).toHaveValue(LOCATION);
}

test("optimal allocation: cancel mid-solve keeps the best allocation so far and the pane stays usable", async ({
  page,
}) => {
  await openPane(page);
  await page.getByRole("radio", { name: /^Optimal \(HiGHS-løser/ }).check();
  await page.getByRole("button", { name: "Kør simulering" }).click();

  // The solver streams its best allocation so far into the progress text.
  await expect(page.getByText(/Optimal tildeling: bedste indtil nu/)).toBeVisible({ timeout: 60_000 });
  // Before the solver has a bound the line says so: never "gab Infinity %".
  await expect(page.getByText(/Infinity|NaN/)).toHaveCount(0);
  await page.getByRole("button", { name: "Annullér" }).click();

  const result = page.getByRole("region", { name: "3. Resultat" });
  await expect(result).toBeVisible({ timeout: 10_000 });
  await expect(result).toContainText(/Resultatark: Scenarie/);
  // What the cancel kept, and its real gap (or that there was no bound yet): never "100,00 %".
  await expect(result).toContainText(/annulleret efter [\d,]+ s: beholdt /);
  await expect(result).not.toContainText(/Infinity|NaN|100,00 %/);

  // Usable again: a greedy run on the same data finishes and writes its own sheet.
  await page.getByRole("radio", { name: /^Grådig/ }).check();
  await page.getByRole("button", { name: "Kør simulering" }).click();
  await expect(result).toContainText(/Resultatark: Scenarie \(2\)|Resultatark: Scenarie 2/, {
    timeout: 60_000,
  });
});
