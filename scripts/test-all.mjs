#!/usr/bin/env node
/**
 * `npm test`: every test layer of architecture.md, then one plain closing line
 * `N passed, N failed` summed over all layers (CI reads that line, not vitest's or Playwright's).
 *   1. static: tsc (app and pure-core configs), eslint, prettier, offline manifest validation
 *   2–4. vitest: core, workbook, hosts, components (TZ=Europe/Copenhagen, then the core again in UTC)
 *   5. Playwright on the production build with Debian's Chromium
 * Flags: --skip-e2e (no browser on this machine), --only-e2e.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const reportDir = join(root, "test-results");
mkdirSync(reportDir, { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, cmdArgs, env = {}) {
  process.stdout.write(`\n$ ${[cmd, ...cmdArgs].join(" ")}\n`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function vitest(name, extraArgs, env) {
  const out = join(reportDir, `vitest-${name}.json`);
  rmSync(out, { force: true });
  const ok = run(
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${out}`, ...extraArgs],
    env,
  );
  if (!existsSync(out)) return check(`vitest ${name} (no report)`, false);
  const report = JSON.parse(readFileSync(out, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const file of report.testResults ?? [])
    for (const t of file.assertionResults ?? [])
      if (t.status === "failed") failures.push(`${name}: ${t.fullName}`);
  // A suite that failed to load has no tests to count, but it is a failure.
  const broken = (report.testResults ?? []).filter(
    (f) => f.status === "failed" && (f.assertionResults ?? []).length === 0,
  );
  for (const f of broken) check(`vitest ${name}: ${f.name} did not load`, false);
  if (!ok && report.numFailedTests === 0 && broken.length === 0)
    check(`vitest ${name} exited non-zero`, false);
}

function playwright() {
  const out = join(reportDir, "playwright.json");
  rmSync(out, { force: true });
  if (!run("npx", ["webpack", "--mode", "production"])) return check("production build", false);
  check("production build", true);
  run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  if (!existsSync(out)) return check("playwright (no report)", false);
  const stats = JSON.parse(readFileSync(out, "utf8")).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  if (stats.unexpected) failures.push(`playwright: ${stats.unexpected} failed (see the list above)`);
}

if (!args.has("--only-e2e")) {
  check("tsc (app)", run("npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]));
  check(
    "tsc (pure core: no DOM, Office or Node)",
    run("npx", ["tsc", "-p", "tsconfig.core.json", "--noEmit"]),
  );
  check("eslint", run("npx", ["eslint", "."]));
  check("prettier", run("npx", ["prettier", "--check", "."]));
  check("manifest (offline XSD + lint)", run("npx", ["tsx", "scripts/validate-manifest.ts"]));
  vitest("copenhagen", [], { TZ: "Europe/Copenhagen" });
  vitest("utc", ["test/core", "test/workbook", "test/cli"], { TZ: "UTC" });
}
if (!args.has("--skip-e2e")) playwright();

if (failures.length) {
  console.log("\nFailed:");
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
