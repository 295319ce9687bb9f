#!/usr/bin/env node
/**
 * `npm run build:cli` (also run by `npm ci`/`npm install` through `prepare`, and by `npm run build`):
 * bundles the `fleetopt` CLI with esbuild into dist-cli/, so bin/fleetopt.cjs starts plain
 * JavaScript instead of compiling TypeScript through tsx on every call.
 *   dist-cli/main.cjs             runCli and everything it imports
 *   dist-cli/blockPoolThread.cjs  the entry of the block pool's worker threads (nodeBlockPool.ts
 *                                 starts it from beside the bundle)
 * `highs` stays external: its Emscripten loader finds highs.wasm next to itself in node_modules.
 * Usage: node scripts/build-cli.mjs [--outdir DIR]
 */
import { build } from "esbuild";
import { join, resolve } from "node:path";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const outIndex = args.indexOf("--outdir");
const outdir = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, "dist-cli");

await build({
  absWorkingDir: root,
  entryPoints: {
    main: "src/cli/main.ts",
    blockPoolThread: "src/solver/blockPoolThread.ts",
  },
  outdir,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["highs"],
  // Maps are only read with FLEETOPT_DEBUG=1 (bin/fleetopt.cjs turns them on), so a stack trace
  // then points at the TypeScript sources.
  sourcemap: "linked",
  legalComments: "linked",
  logLevel: "warning",
});
