#!/usr/bin/env node
// Runs the CLI bundle that `npm ci`/`npm run build:cli` writes to dist-cli/ (scripts/build-cli.mjs):
// plain JavaScript starts about as fast as Node itself. Without the bundle, or with one older than
// the sources, a development checkout (tsx installed) runs the TypeScript sources; anything else is
// told how to build it.
const { existsSync, readdirSync, statSync } = require("node:fs");
const { join } = require("node:path");

const debug = process.env.FLEETOPT_DEBUG === "1";
const bundle = join(__dirname, "..", "dist-cli", "main.cjs");
const sources = join(__dirname, "..", "src");

/** Whether a source file changed after the bundle was built (a checkout someone is editing). */
function bundleIsStale() {
  if (!existsSync(sources)) return false;
  const built = statSync(bundle).mtimeMs;
  return readdirSync(sources, { recursive: true }).some(
    (name) => /\.tsx?$/.test(name) && statSync(join(sources, name)).mtimeMs > built,
  );
}

function resolveTsx() {
  try {
    return require.resolve("tsx/cjs");
  } catch {
    return null;
  }
}

function loadCli() {
  const hasBundle = existsSync(bundle);
  const stale = hasBundle && bundleIsStale();
  const tsx = hasBundle && !stale ? null : resolveTsx();
  if (tsx) {
    const why = hasBundle ? "is older than src/" : "has no bundle";
    process.stderr.write(`fleetopt: dist-cli/ ${why}; running the sources through tsx (npm run build:cli)\n`);
    require(tsx);
    return require("../src/cli/main.ts");
  }
  if (!hasBundle) return null;
  if (stale) process.stderr.write("fleetopt: dist-cli/ is older than src/: run `npm run build:cli`\n");
  // Stack traces are only shown in debug mode, and only then worth mapping back to the sources.
  if (debug) process.setSourceMapsEnabled(true);
  return require(bundle);
}

function fail(e) {
  const message = e instanceof Error ? e.message : String(e);
  const detail = debug && e instanceof Error && e.stack ? `\n${e.stack}` : " (FLEETOPT_DEBUG=1 shows where)";
  process.stderr.write(`fleetopt: unexpected error: ${message.split("\n")[0]}${detail}\n`);
  process.exitCode = 1;
}

try {
  const cli = loadCli();
  if (!cli) {
    process.stderr.write("fleetopt: the CLI is not built: run `npm run build:cli` in the fleetopt folder\n");
    process.exitCode = 1;
  } else {
    cli.runCli(process.argv.slice(2)).then((code) => (process.exitCode = code), fail);
  }
} catch (e) {
  fail(e);
}
