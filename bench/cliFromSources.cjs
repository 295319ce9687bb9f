// Runs the CLI from the TypeScript sources (through tsx), as bin/fleetopt.cjs does without a
// bundle, so the memory benchmark measures the code in the working tree, never a stale dist-cli/.
require("tsx/cjs");
const { runCli } = require("../src/cli/main.ts");

runCli(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`fleetopt: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 1;
  },
);
