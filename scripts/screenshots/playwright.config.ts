import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";

/**
 * Screenshots of the main flow of both hosts for the README, regenerated on demand by
 * `npm run screenshots` (scripts/screenshots.mjs), never by `npm test`: the browser page at
 * 1400 × 1000 and the task pane at 350 px wide in the fake Excel, from the production build,
 * with Debian's Chromium like the end-to-end tests.
 */
const ROOT = path.resolve(__dirname, "../..");
const PORT = Number(process.env.FLEETOPT_E2E_PORT || 4174);
const DIST = path.resolve(ROOT, process.env.FLEETOPT_DIST || "dist");

if (!existsSync(path.join(DIST, "index.html")) || !existsSync(path.join(DIST, "taskpane.html"))) {
  throw new Error(`${DIST} has no production build: run \`npm run screenshots\`, which builds first.`);
}

export default defineConfig({
  testDir: ".",
  testMatch: "*.shots.ts",
  globalSetup: path.join(ROOT, "test/e2e/globalSetup.ts"),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Opening the sample and running it take a while on a busy machine.
  timeout: 300_000,
  expect: { timeout: 90_000 },
  outputDir: path.join(ROOT, `test-results/screenshots-${PORT}`),
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --dir ${JSON.stringify(DIST)}`,
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
