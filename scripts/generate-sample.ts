/**
 * `npm run sample`: writes assets/sample/fleetoptimiser-sample.xlsx, a seeded, realistic Danish
 * home-care fleet (vehicles, eight weeks of round trips, default parameters) for demos, manual
 * testing and the browser page's "try the sample" button. Same seed, same file.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { writeResultWorkbook } from "../src/hosts/file/writeWorkbookFile";
import { generateSampleData, samplePlan } from "./_lib/samplePlan";

/** npm runs scripts from the package root; another path may be given as the first argument. */
const OUTPUT = resolve(process.argv[2] ?? "assets/sample/fleetoptimiser-sample.xlsx");
/** Written into the file's properties and zip entries instead of "now", so the bytes repeat too. */
const FIXED_TIMESTAMP = new Date(Date.UTC(2025, 4, 1));

async function main(): Promise<void> {
  const data = generateSampleData();
  const { bytes } = await writeResultWorkbook(null, samplePlan(data), { timestamp: FIXED_TIMESTAMP });
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, bytes);
  const owned = data.vehicles.filter((v) => !v.candidate).length;
  const candidates = data.vehicles.length - owned;
  process.stdout.write(
    `Wrote ${OUTPUT}: ${owned} vehicles + ${candidates} candidates, ${data.trips.length} trips.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
