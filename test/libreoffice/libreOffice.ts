import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { unzip } from "@cj-tech-master/excelts/archive";
import { loadWorkbook } from "../../src/hosts/file/readXlsx";

/** The Debian package that provides `soffice` headless; CI installs it with apt-get. */
export const LIBREOFFICE_APT_PACKAGE = "libreoffice-calc-nogui";

/** The soffice binary on PATH, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, "soffice");
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * A fresh LibreOffice profile that recalculates every formula of an .xlsx on load (the default
 * trusts the cached results). One profile per run, so parallel runs do not share a lock.
 */
function freshProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "fleetopt-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/**
 * Opens the file in headless LibreOffice, which recalculates it, and saves it as .xlsx in a new
 * folder; returns the new file's path. Throws with LibreOffice's output when it writes nothing.
 */
export function recalculateWithLibreOffice(soffice: string, xlsxPath: string): string {
  const outDir = mkdtempSync(join(tmpdir(), "fleetopt-lo-out-"));
  const profileDir = freshProfile();
  let run;
  try {
    run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        xlsxPath,
      ],
      { encoding: "utf8", timeout: 150_000 },
    );
  } finally {
    // A profile is some megabytes; every run makes a new one.
    rmSync(profileDir, { recursive: true, force: true });
  }
  const out = join(outDir, basename(xlsxPath));
  if (!existsSync(out))
    throw new Error(
      `LibreOffice wrote no file (exit ${run.status}): ${run.stdout}\n${run.stderr}\n${run.error ?? ""}`,
    );
  return out;
}

/**
 * Sets input cells of a written workbook, and drops every formula's cached result so that nothing
 * stale survives: what a reader then sees can only come from recalculation.
 */
export async function editInputsAndDropResults(
  xlsxPath: string,
  sheet: string,
  inputs: Record<string, number>,
): Promise<string> {
  const workbook = await loadWorkbook(readFileSync(xlsxPath));
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  for (const [address, value] of Object.entries(inputs)) ws.getCell(address).value = value;
  for (const w of workbook.worksheets) {
    w.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v !== null && typeof v === "object" && "formula" in v && typeof v.formula === "string")
          cell.value = { formula: v.formula };
      }),
    );
  }
  const path = join(mkdtempSync(join(tmpdir(), "fleetopt-lo-in-")), "edited.xlsx");
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

/** The chart parts (xl/charts/chartN.xml) of an .xlsx file, by path, as XML text. */
export async function chartParts(xlsxPath: string): Promise<Map<string, string>> {
  const reader = unzip(new Uint8Array(readFileSync(xlsxPath)));
  const parts = new Map<string, string>();
  for await (const entry of reader.entries()) {
    if (/^xl\/charts\/chart\d+\.xml$/.test(entry.path)) parts.set(entry.path, await entry.text());
    else entry.discard();
  }
  return parts;
}
