// `npm run validate`: offline replacement for `office-addin-manifest validate` (which needs the internet).
// Usage: tsx scripts/validate-manifest.ts [manifest.xml]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { lintManifest } from "./manifestLint";
import { MANIFEST_ROOT_XSD, resolveXsdDir, validateManifestXsd } from "./manifestXsd";

const projectRoot = path.resolve(__dirname, "..");

async function main(): Promise<number> {
  const manifestPath = path.resolve(projectRoot, process.argv[2] ?? "manifest.xml");
  const label = path.relative(process.cwd(), manifestPath) || manifestPath;
  const xsdDir = resolveXsdDir(projectRoot);
  if (!existsSync(path.join(xsdDir, MANIFEST_ROOT_XSD))) {
    console.error(`${MANIFEST_ROOT_XSD} not found in ${xsdDir} (set MANIFEST_XSD_DIR to the schema folder)`);
    return 1;
  }

  const xml = readFileSync(manifestPath, "utf8");
  const problems = [
    ...(await validateManifestXsd(xml, xsdDir, label)),
    ...(await lintManifest(xml, { fileExists: (rel) => existsSync(path.join(projectRoot, rel)) })).map(
      (p) => `${label}: ${p}`,
    ),
  ];
  for (const p of problems) console.error(p);
  if (problems.length > 0) return 1;
  console.log(`${label}: valid`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
  },
);
