import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * Browser end-to-end tests on the PRODUCTION build (dist/), with Debian's Chromium: Playwright never
 * downloads a browser here. `npm test` (scripts/test-all.mjs) builds first; run by hand with
 * `npx webpack --mode production && npx playwright test`.
 */
// FLEETOPT_DIST and FLEETOPT_E2E_PORT let parallel runs on one machine keep apart.
const PORT = Number(process.env.FLEETOPT_E2E_PORT || 4173);
const DIST = process.env.FLEETOPT_DIST || "dist";

if (!existsSync(`${DIST}/index.html`) || !existsSync(`${DIST}/taskpane.html`)) {
  throw new Error(
    "dist/ has no production build: run `npx webpack --mode production` before `npx playwright test`.",
  );
}

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "*.spec.ts",
  globalSetup: "./test/e2e/globalSetup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  forbidOnly: Boolean(process.env.CI),
  outputDir: `test-results/playwright-${PORT}`,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    acceptDownloads: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
