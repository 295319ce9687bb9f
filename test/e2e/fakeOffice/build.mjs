// Bundles the fake Office host (entry.ts) into one classic script for page.addInitScript.
// Usage: node test/e2e/fakeOffice/build.mjs   (or import { buildFakeOffice } from a Playwright globalSetup)
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const FAKE_OFFICE_BUNDLE = path.resolve(here, "..", ".build", "fake-office.js");

export async function buildFakeOffice() {
  await build({
    entryPoints: [path.join(here, "entry.ts")],
    outfile: FAKE_OFFICE_BUNDLE,
    bundle: true,
    // An init script is a classic script: no module syntax may remain.
    format: "iife",
    platform: "browser",
    target: "es2022",
    // Readable when a spec fails and someone opens the bundle in DevTools.
    minify: false,
    logLevel: "warning",
  });
  return FAKE_OFFICE_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildFakeOffice();
  console.log(`fake Office host bundled: ${path.relative(process.cwd(), out)}`);
}
