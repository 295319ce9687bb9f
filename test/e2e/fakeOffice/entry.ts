/**
 * The fake Office host as one browser script, for Playwright specs of the task pane.
 *
 * Build it (esbuild, an IIFE without imports):
 *   node test/e2e/fakeOffice/build.mjs          → test/e2e/.build/fake-office.js
 * or from a Playwright globalSetup: `import { buildFakeOffice } from "./fakeOffice/build.mjs"`.
 *
 * Use it in a spec; init scripts run in the order they were added, so the seed comes first:
 *   await page.addInitScript((seed) => { globalThis.__FAKE_OFFICE_SEED__ = seed; }, {
 *     sheets: [{ name: "Kørebog", values: [["Nummerplade", "Start"], ["AB12345", 45292.25]] }],
 *   });
 *   await page.addInitScript({ path: "test/e2e/.build/fake-office.js" });
 *   // The real office.js would replace window.Office: answer its CDN URL with an empty script.
 *   await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", (route) =>
 *     route.fulfill({ contentType: "application/javascript", body: "" }),
 *   );
 *   await page.goto(taskpaneUrl);
 *   …
 *   const written = await page.evaluate(() => globalThis.__fakeExcel.sheet("Resultat").values());
 *
 * The seed is either an array of sheets or { sheets, activeSheet?, displayLanguage?, excelApiVersion?,
 * limits? }. Give dates as Excel serial numbers: Playwright passes the seed as JSON, which would turn
 * Date objects into text. Without a seed the workbook has one empty sheet, "Ark1".
 * `globalThis.__fakeExcel` is the FakeExcel (test/fakes/fakeExcel.ts): syncCount, maxSyncPayloadBytes,
 * sheetNames(), sheet(name).values()/formulas()/cell(a1), tables(), names(), selection.
 */
import type { FakeLimits, FakeSheetSeed } from "../../fakes/fakeExcel";
import { installFakeOffice } from "../../fakes/installFakeOffice";

interface FakeOfficeSeed {
  sheets?: FakeSheetSeed[];
  activeSheet?: string;
  displayLanguage?: string;
  excelApiVersion?: string;
  limits?: Partial<FakeLimits>;
}

const raw = (globalThis as { __FAKE_OFFICE_SEED__?: FakeOfficeSeed | FakeSheetSeed[] }).__FAKE_OFFICE_SEED__;
const seed: FakeOfficeSeed = Array.isArray(raw) ? { sheets: raw } : (raw ?? {});

installFakeOffice({
  sheets: seed.sheets && seed.sheets.length > 0 ? seed.sheets : undefined,
  activeSheet: seed.activeSheet,
  displayLanguage: seed.displayLanguage,
  excelApiVersion: seed.excelApiVersion,
  limits: seed.limits,
});
