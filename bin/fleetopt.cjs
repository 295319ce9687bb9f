#!/usr/bin/env node
// Runs the CLI bundle that `npm ci`/`npm run build:cli` writes to dist-cli/ (scripts/build-cli.mjs):
// plain JavaScript starts about as fast as Node itself. Without the bundle, a development checkout
// (tsx installed) runs the TypeScript sources; anything else is told how to build it.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const debug = process.env.FLEETOPT_DEBUG === "1";
const bundle = join(__dirname, "..", "dist-cli", "main.cjs");

function loadCli() {
  if (existsSync(bundle)) {
    // Stack traces are only shown in debug mode, and only then worth mapping back to the sources.
    if (debug) process.setSourceMapsEnabled(true);
    return require(bundle);
  }
  let tsx;
  try {
    tsx = require.resolve("tsx/cjs");
  } catch {
    return null;
  }
  process.stderr.write(
    "fleetopt: dist-cli/ has no bundle; running the sources through tsx (npm run build:cli)\n",
  );
  require(tsx);
  return require("../src/cli/main.ts");
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
