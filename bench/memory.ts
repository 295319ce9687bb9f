/**
 * Memory benchmark (issue 15 point 3): the CLI writing big result files, run as a user runs it, in a
 * child process under `/usr/bin/time -v` (Debian's `time` package), which reports the peak
 * resident set size. Targets: `aggregate --out` of 1,000,000 logs (CSV and .xlsx) under 3 GB,
 * `simulate --out` of about 100,000 trips under 1.5 GB, all under Node's default heap.
 * Called from bench/run.ts; `npm run bench -- memory` runs it alone.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MEMORY_SEED, writeLogsCsv, writeLogsXlsx, writeSimulateXlsx } from "./memoryInputs";

const TIME = "/usr/bin/time";
const CLI = join(__dirname, "cliFromSources.cjs");
const LOGS = 1_000_000;
/** The sample's eight weeks of trips, ten times over: 101,550 trips. */
const SIMULATE_COPIES = 10;

interface Measured {
  exitCode: number | null;
  wallSeconds: number;
  cpuSeconds: number;
  peakMb: number;
  outMb: number;
  stderrTail: string;
}

/** Runs the CLI under /usr/bin/time -v in `dir` and reads its report. */
function measure(dir: string, args: string[], out: string): Measured {
  const run = spawnSync(TIME, ["-v", process.execPath, CLI, ...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = run.stderr ?? "";
  const field = (label: string) => new RegExp(`${label}[^:]*:\\s*(.+)`).exec(report)?.[1].trim() ?? "";
  const clock = field("Elapsed \\(wall clock\\) time")
    .split(":")
    .map(Number)
    .reduce((s, part) => s * 60 + part, 0);
  const outPath = join(dir, out);
  return {
    exitCode: Number(field("Exit status")),
    wallSeconds: clock,
    cpuSeconds: Number(field("User time")) + Number(field("System time")),
    peakMb: Number(field("Maximum resident set size")) / 1024,
    outMb: existsSync(outPath) ? statSync(outPath).size / 1024 / 1024 : 0,
    stderrTail: report.split("\n\tCommand being timed")[0].trim().split("\n").slice(-2).join(" | "),
  };
}

function line(label: string, m: Measured, targetMb: number): string {
  const status =
    m.exitCode === 0 ? `${m.outMb.toFixed(0)} MB file` : `exit ${m.exitCode}: ${m.stderrTail.slice(0, 160)}`;
  return `  ${label.padEnd(44)} ${m.wallSeconds.toFixed(0).padStart(5)} s wall ${m.cpuSeconds
    .toFixed(0)
    .padStart(5)} s cpu ${m.peakMb.toFixed(0).padStart(6)} MB peak RSS   target < ${targetMb} MB (${status})`;
}

/** Prints the memory figures; inputs are generated in a temporary folder and removed after. */
export async function benchMemory(log: (line: string) => void = console.log): Promise<void> {
  if (!existsSync(TIME)) {
    log(`memory: ${TIME} is missing; install Debian's "time" package (apt-get install time) to measure`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "fleetopt-memory-"));
  try {
    const [locations, logs] = await writeLogsCsv(dir, LOGS);
    await writeLogsXlsx(dir, LOGS);
    await writeSimulateXlsx(dir, SIMULATE_COPIES);
    log(`memory (seed ${MEMORY_SEED}): the CLI from the sources under ${TIME} -v, Node ${process.version}`);
    const csv = measure(dir, ["aggregate", locations, logs, "--out", "agg-csv.xlsx"], "agg-csv.xlsx");
    log(line("aggregate --out, 1,000,000 logs from CSV", csv, 3000));
    const xlsx = measure(dir, ["aggregate", "logs.xlsx", "--out", "agg-xlsx.xlsx"], "agg-xlsx.xlsx");
    log(line("aggregate --out, 1,000,000 logs from .xlsx", xlsx, 3000));
    const sim = measure(dir, ["simulate", "simulate.xlsx", "--out", "sim.xlsx"], "sim.xlsx");
    log(line("simulate --out, 101,550 trips", sim, 1500));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/memory.ts` runs this benchmark alone.
if (require.main === module)
  benchMemory().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
