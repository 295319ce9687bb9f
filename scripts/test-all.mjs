#!/usr/bin/env node
/**
 * `npm test`: every test layer of architecture.md, then one plain closing line
 * `N passed, N failed, N skipped` summed over all layers (CI reads that line, not vitest's or
 * Playwright's). Skipped counts vitest's skipped and todo tests, Playwright's skipped tests and the
 * layers a flag left out.
 *   1. side by side: tsc (one config per runtime), eslint, prettier, offline manifest validation, the import
 *      layers (scripts/check-layers.mjs) and the production build; then the CLI bundle for the CLI tests
 *   2–4. vitest: core, workbook, hosts, components (TZ=Europe/Copenhagen, then the core again in UTC)
 *   5. Playwright on the production build with Debian's Chromium
 * A test that skips for want of a tool the machine has (LibreOffice, Chromium: .ci/run installs
 * them) is a failure; tests that skip for want of ../shared are named in one line.
 * Flags: --skip-e2e (no browser on this machine), --only-e2e.
 */
import { spawn, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { delimiter, join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const reportDir = join(root, "test-results");
mkdirSync(reportDir, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const notes = [];
/** Skipped vitest tests, by file (relative to the root), over both runs. */
const skippedTests = new Map();

const onPath = (command) =>
  (process.env.PATH ?? "").split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
const sharedDir = join(root, "..", "shared");

/**
 * The tests that skip themselves when something outside the repository is missing. `present`: the
 * machine has it; `installed`: .ci/run installs it, so a skip while it is present is a failure (the
 * test's own check is broken) rather than a note.
 */
const NEEDS = [
  {
    what: "LibreOffice (soffice)",
    files: /^test\/libreoffice\//,
    present: () => onPath("soffice"),
    installed: true,
  },
  {
    what: `../shared (${sharedDir}: the parity cases and real-data fixtures)`,
    files: /^test\/(parity\/|hosts\/file\/readXlsx|core\/aggregation\/twizyRealData)/,
    present: () => existsSync(sharedDir),
    installed: false,
  },
];

/**
 * Runs independent checks side by side, as many as the machine has cores (tsc and eslint use one
 * core each), and checks each; a check's output is printed whole when it ends, so none interleave.
 * @param checks [name, command, args][]
 * @returns the names of the checks that passed
 */
async function runSideBySide(checks) {
  const queue = [...checks];
  const passedNames = new Set();
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, cmd, cmdArgs] = next;
      const { ok, output } = await new Promise((done) => {
        const child = spawn(cmd, cmdArgs, { cwd: root, env: process.env });
        let output = "";
        child.stdout.on("data", (d) => (output += d));
        child.stderr.on("data", (d) => (output += d));
        child.on("error", (e) => done({ ok: false, output: output + String(e) }));
        child.on("close", (code) => done({ ok: code === 0, output }));
      });
      process.stdout.write(`\n$ ${[cmd, ...cmdArgs].join(" ")}\n${output}`);
      check(name, ok);
      if (ok) passedNames.add(name);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return passedNames;
}

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
    for (const t of file.assertionResults ?? []) {
      if (t.status === "failed") failures.push(`${name}: ${t.fullName}`);
      // Counted here, not from numPendingTests, which also counts a todo test that vitest skipped.
      if (t.status === "skipped" || t.status === "todo") {
        skipped++;
        const path = relative(root, file.name).split("\\").join("/");
        skippedTests.set(path, [...(skippedTests.get(path) ?? []), `${name}: ${t.fullName}`]);
      }
    }
  // A suite that failed to load has no tests to count, but it is a failure.
  const broken = (report.testResults ?? []).filter(
    (f) => f.status === "failed" && (f.assertionResults ?? []).length === 0,
  );
  for (const f of broken) check(`vitest ${name}: ${f.name} did not load`, false);
  if (!ok && report.numFailedTests === 0 && broken.length === 0)
    check(`vitest ${name} exited non-zero`, false);
}

/** @param built whether the production build already ran (beside the static checks) */
function playwright(built) {
  const out = join(reportDir, "playwright.json");
  rmSync(out, { force: true });
  // The failed build is already counted once.
  if (built === false) return skipLayer("Playwright", "the production build failed");
  if (built === undefined) {
    if (!run("npx", ["webpack", "--mode", "production"])) return check("production build", false);
    check("production build", true);
  }
  run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  if (!existsSync(out)) return check("playwright (no report)", false);
  const stats = JSON.parse(readFileSync(out, "utf8")).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  if (stats.unexpected) failures.push(`playwright: ${stats.unexpected} failed (see the list above)`);
  if (stats.skipped && existsSync("/usr/bin/chromium"))
    check(`playwright: ${stats.skipped} skipped although Chromium is installed (see the list above)`, false);
}

/** Says why tests skipped; a skip for want of something the machine has is a failure. */
function reportSkippedTests() {
  const unexplained = new Map(skippedTests);
  for (const need of NEEDS) {
    const files = [...skippedTests.keys()].filter((f) => need.files.test(f));
    if (files.length === 0) continue;
    const count = files.reduce((n, f) => n + skippedTests.get(f).length, 0);
    for (const f of files) unexplained.delete(f);
    const present = need.present();
    const what = `${count} test(s) that need ${need.what} skipped${present ? " although it is there" : ""}`;
    if (present && need.installed) check(`${what}: ${files.join(", ")}`, false);
    else if (present) notes.push(`${what} (part of it is missing?): ${files.join(", ")}`);
    else notes.push(`${need.what} is missing: ${count} test(s) that need it skipped (${files.join(", ")})`);
  }
  for (const [file, titles] of unexplained)
    for (const title of titles) notes.push(`skipped in ${file}: ${title}`);
}

function skipLayer(name, flag) {
  skipped++;
  notes.push(`${name} skipped (${flag})`);
}

let built;
if (!args.has("--only-e2e")) {
  const tsc = (config, what) => [`tsc (${what})`, "npx", ["tsc", "-p", config, "--noEmit"]];
  // The browser tests' production build runs here too: it is one more single-core job.
  const build = args.has("--skip-e2e")
    ? []
    : [["production build", "npx", ["webpack", "--mode", "production"]]];
  const passedChecks = await runSideBySide([
    ...build,
    tsc("tsconfig.json", "everything, tests included"),
    // One config per runtime: a file that reaches for another runtime's API fails here.
    tsc("tsconfig.app.json", "pane, page and Excel host: DOM and Office, no Node"),
    ["eslint", "npx", ["eslint", "."]],
    ["prettier", "npx", ["prettier", "--check", "."]],
    tsc("tsconfig.node.json", "Node: CLI, solver threads, bench, scripts; no DOM or Office"),
    tsc("tsconfig.worker.json", "Web Worker: no DOM, Office or Node"),
    tsc("tsconfig.core.json", "pure core and engine: no DOM, Office or Node"),
    ["manifest (offline XSD + lint)", "npx", ["tsx", "scripts/validate-manifest.ts"]],
    ["import layers and circles", "node", ["scripts/check-layers.mjs"]],
  ]);
  if (build.length) built = passedChecks.has("production build");
  // The CLI tests run bin/fleetopt.cjs, which runs dist-cli/: rebuild it so they test these sources.
  check("CLI bundle (esbuild)", run("node", ["scripts/build-cli.mjs"]));
  vitest("copenhagen", [], { TZ: "Europe/Copenhagen" });
  // Time zones matter where dates are parsed and days counted: the core and the sheet readers.
  vitest("utc", ["test/core", "test/workbook"], { TZ: "UTC" });
  reportSkippedTests();
} else {
  for (const layer of ["static checks", "vitest (Copenhagen)", "vitest (UTC)"])
    skipLayer(layer, "--only-e2e");
}
if (!args.has("--skip-e2e")) playwright(built);
else skipLayer("Playwright", "--skip-e2e");

if (notes.length) {
  console.log("\nSkipped:");
  for (const n of notes) console.log(`  - ${n}`);
}
if (failures.length) {
  console.log("\nFailed:");
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
