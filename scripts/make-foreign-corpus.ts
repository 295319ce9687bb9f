// Writes test/fixtures/foreign/: the same small fleet (five vehicles of the sample, one week of
// their trips, the parameters, and logs + locations for `aggregate`) as each program a
// municipality's export may come from writes it. test/corpus/foreignCorpus.test.ts round-trips
// every file through every command.
//
// Rerun (from the project root; needs Debian's python3-openpyxl and python3-pandas, and soffice):
//   npx tsx scripts/make-foreign-corpus.ts
// The files are committed, so the tests need none of these programs.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { readXlsx } from "../src/hosts/file/readXlsx";
import { writeResultFile } from "../src/hosts/file/writeWorkbookFile";
import type { PlanCell, WorkbookPlan } from "../src/workbook/plan/types";
import type { CellValue } from "../src/workbook/sheetData";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "test/fixtures/foreign");
const SAMPLE = path.join(ROOT, "assets/sample/fleetoptimiser-sample.xlsx");
// Debian's python: the pyenv python on PATH has neither openpyxl nor pandas.
const PYTHON = process.env.FOREIGN_CORPUS_PYTHON ?? "/usr/bin/python3";

/** A petrol and a diesel car, an EV, a bike and an e-bike: every kind of vehicle the engine prices. */
const VEHICLE_IDS = [1001, 1021, 1027, 1035, 1039];
/** Monday 2025-03-03 to Sunday 2025-03-09, as Excel serials. */
const WEEK = { from: 45719, to: 45726 };
/** The location's parking place (Aarhus) and where its logs go to, about 2 km away. */
const HOME = { lat: 56.1572, lon: 10.2107 };
const AWAY = { lat: 56.1752, lon: 10.2107 };

/** Columns whose cells are dates (Excel serials), so each writer stores them as dates. */
const DATE_COLUMNS = new Set(["Starttid", "Sluttid", "Start leasing", "Slut leasing"]);

type Rows = CellValue[][];

export interface CorpusData {
  /** Sheet name → rows (first row the header); dates as Excel serials. */
  sheets: Record<string, Rows>;
  dateColumns: string[];
}

async function corpusData(): Promise<CorpusData> {
  const sheets = new Map((await readXlsx(readFileSync(SAMPLE))).map((s) => [s.name, s.values]));
  const vehicles = sheets.get("Køretøjer")!;
  const trips = sheets.get("Ture")!;
  const ids = new Set(VEHICLE_IDS);
  const idCol = trips[0].indexOf("Bil id");
  const startCol = trips[0].indexOf("Starttid");
  const weekTrips = trips
    .slice(1)
    .filter(
      (r) =>
        ids.has(r[idCol] as number) &&
        (r[startCol] as number) >= WEEK.from &&
        (r[startCol] as number) < WEEK.to,
    );
  const location = vehicles[1][vehicles[0].indexOf("Lokation")] as string;
  return {
    sheets: {
      Køretøjer: [vehicles[0], ...vehicles.slice(1).filter((r) => ids.has(r[0] as number))],
      Ture: [trips[0], ...weekTrips],
      Parametre: sheets.get("Parametre")!,
      Lokationer: [
        ["Lokation", "Breddegrad", "Længdegrad"],
        [location, HOME.lat, HOME.lon],
      ],
      Logninger: logsFor(trips[0], weekTrips),
    },
    dateColumns: [...DATE_COLUMNS],
  };
}

/** Each trip as the two GPS logs a tracker records: out to a stop and back home. */
function logsFor(header: CellValue[], trips: Rows): Rows {
  const col = (name: string) => header.findIndex((h) => typeof h === "string" && h.startsWith(name));
  const [start, end, km, id] = [col("Starttid"), col("Sluttid"), col("Turlængde"), col("Bil id")];
  const logs: Rows = [
    [
      "Bil id",
      "Starttid",
      "Sluttid",
      "Start breddegrad",
      "Start længdegrad",
      "Slut breddegrad",
      "Slut længdegrad",
      "Distance (km)",
    ],
  ];
  for (const t of trips) {
    const s = t[start] as number;
    const e = t[end] as number;
    // Whole minutes, as trackers log them.
    const mid = Math.round(((s + e) / 2) * 1440) / 1440;
    const half = Math.round(((t[km] as number) / 2) * 100) / 100;
    logs.push([t[id], s, mid, HOME.lat, HOME.lon, AWAY.lat, AWAY.lon, half]);
    logs.push([t[id], mid, e, AWAY.lat, AWAY.lon, HOME.lat, HOME.lon, half]);
  }
  return logs;
}

/** SheetJS CE, which OS2 FleetOptimiser's own exports are written with: numbers with a date format. */
function writeSheetJs(data: CorpusData, file: string): void {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(data.sheets)) {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    const header = rows[0];
    for (let r = 1; r < rows.length; r++) {
      header.forEach((h, c) => {
        const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (cell && typeof h === "string" && DATE_COLUMNS.has(h)) cell.z = "yyyy-mm-dd hh:mm";
      });
    }
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  XLSX.writeFile(wb, file, { compression: true });
}

/** Our own writer, as the program writes an input workbook (no plan styling). */
async function writeOwn(data: CorpusData, file: string): Promise<void> {
  const plan: WorkbookPlan = {
    sheets: Object.entries(data.sheets).map(([name, rows]) => ({
      name,
      ranges: [{ row: 1, col: 1, values: rows as PlanCell[][] }],
      tables: [],
    })),
  };
  writeFileSync(file, await writeResultFile(null, plan, { timestamp: new Date(Date.UTC(2025, 4, 1)) }));
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, PYTHONPATH: "" } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const data = await corpusData();
  const json = path.join(OUT, "fleet-data.json");
  writeFileSync(json, `${JSON.stringify(data)}\n`);

  run(PYTHON, [path.join(ROOT, "scripts/make-foreign-corpus.py"), json, OUT]);

  // LibreOffice re-saves the openpyxl file as it saves any workbook (no theme part).
  const tmp = mkdtempSync(path.join(tmpdir(), "foreign-corpus-"));
  run("soffice", [
    `-env:UserInstallation=file://${tmp}/profile`,
    "--headless",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    tmp,
    path.join(OUT, "openpyxl.xlsx"),
  ]);
  renameSync(path.join(tmp, "openpyxl.xlsx"), path.join(OUT, "libreoffice.xlsx"));
  rmSync(tmp, { recursive: true, force: true });

  writeSheetJs(data, path.join(OUT, "sheetjs.xlsx"));
  await writeOwn(data, path.join(OUT, "fleetoptimiser.xlsx"));
  process.stdout.write(`Wrote the corpus to ${path.relative(ROOT, OUT)}/\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
