#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so a fresh clone needs no build step.
require("tsx/cjs");
const { runCli } = require("../src/cli/main.ts");

runCli(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`fleetopt: unexpected error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  },
);
