import { runCli } from "../../src/cli/main";
import { expectValidXlsx } from "../helpers/ooxmlValidation";

/** 2025-03-03 as an Excel serial: the CLI tests' first day. */
export const D = 45719;
/** An Excel serial `hours` into day `day` after D. */
export const h = (hours: number, day = 0) => D + day + hours / 24;

/** Køretøjer columns the CLI tests fill (a subset of the full sheet, as a user may have). */
export const VEHICLE_HEADER = [
  "Bil id",
  "Nummerplade",
  "Mærke",
  "Model",
  "Type",
  "Drivmiddel",
  "WLTP Fossil",
  "WLTP El",
  "Rækkevidde",
  "Årlig omkostning",
  "Lokation",
];
export const TRIP_HEADER = ["Starttid", "Sluttid", "Turlængde", "Bil id", "Lokation", "Tur id"];

/**
 * Runs `fleetopt` in-process and captures its exit code, stdout and stderr. A run that succeeds
 * with --out must have written a workbook Excel opens without repair (the OOXML checks).
 */
export async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  // A clock that stands still: however slow the machine, no run is long enough to print progress.
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => 0,
  });
  const out = args.indexOf("--out");
  if (code === 0 && out >= 0 && args[out + 1]) await expectValidXlsx(args[out + 1]);
  return { code, stdout, stderr };
}
