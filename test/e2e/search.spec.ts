import type { Page } from "@playwright/test";
import { SEARCH_LABELS } from "../../src/workbook/plan/searchLabels";
import { COMPARISON_LABELS } from "../../src/workbook/plan/comparisonLabels";
import { expect, test } from "./offline";
import { LOCATION, openTaskPane, sampleSeed, workbookValues } from "./fakeTaskPane";

/**
 * The pane's automatic search inside the fake Excel (fakeTaskPane.ts): the real worker runs the search on
 * the first week of the sample, the pane writes the Search sheet and the proposals' scenario sheets,
 * and cancel keeps the best fleets found so far. The pane speaks Danish (Office's display language).
 */

/** The seed keeps the first week of the sample's eight, so the fake Excel stays fast. */
const SEED_DAYS = 7;

async function loadSample(page: Page): Promise<void> {
  await openTaskPane(page, await sampleSeed(SEED_DAYS));
  await page.getByRole("button", { name: "Indlæs data" }).click();
  await expect(page.getByRole("combobox", { name: "Lokation", exact: true })).toHaveValue(LOCATION);
  await page.getByRole("tab", { name: "Søg" }).click();
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
  await page.getByRole("tab", { name: "Simulér" }).click();
  await page.getByRole("button", { name: "Kør simulering" }).click();
  await expect(page.getByRole("region", { name: "3. Resultat" })).toBeVisible();
});
