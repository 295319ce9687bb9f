#!/usr/bin/env node
// Regenerates the README's screenshots (docs/images/*.png) of both hosts' main flow: a production
// build, then the Playwright screenshot specs (scripts/screenshots/). Not part of `npm test`.
// Usage: npm run screenshots [-- --no-build]   (FLEETOPT_DIST and FLEETOPT_E2E_PORT as for the e2e tests)
import { spawnSync } from "node:child_process";

const run = (command, args) => {
  const { status } = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (status !== 0) process.exit(status ?? 1);
};

if (!process.argv.includes("--no-build")) run("npx", ["webpack", "--mode", "production"]);
run("npx", ["playwright", "test", "-c", "scripts/screenshots/playwright.config.ts", "--reporter=list"]);
