import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { writeWorkbook } from "../helpers/workbookFile";
import { h, VEHICLE_HEADER, TRIP_HEADER } from "./cliTestKit";

const VEHICLES = [
  VEHICLE_HEADER,
  [1, "AB11111", "Toyota", "Yaris", "fossilbil", "benzin", 20, null, null, 40000, "Nord"],
  [2, "AB22222", "Toyota", "Yaris", "fossilbil", "benzin", 20, null, null, 40000, "Nord"],
  [3, "EL33333", "Renault", "Zoe", "elbil", "el", null, 165, 390, 45000, "Nord"],
  [50, null, "Renault", "Zoe", "elbil", "el", null, 150, 390, 42000, null],
];
const TRIPS = [
  TRIP_HEADER,
  [h(8), h(10), 10, 1, "Nord", "T-1"],
  [h(9), h(11), 30, 3, "Nord", "T-2"],
  [h(8, 1), h(9, 1), 10, 2, "Nord", "T-3"],
];

/**
 * Runs the CLI with a clock that moves a second at every look (so every run is "long"), or one
 * that stands still (a quick run).
 */
async function cli(args: string[], clock: "long" | "quick") {
  let stdout = "";
  let stderr = "";
  let now = 0;
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => (clock === "long" ? (now += 1000) : 0),
  });
  return { code, stdout, stderr };
}

describe("fleetopt's progress and its text output", () => {
  it("prints progress on stderr for a long run, never on stdout, and never Infinity or NaN", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { code, stdout, stderr } = await cli(
      ["simulate", book, "--allocation", "optimal", "--json"],
      "long",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).allocation).toBe("optimal");
    for (const line of stderr.trimEnd().split("\n")) expect(line).toMatch(/^\[\d+ s\] \S/);
    expect(stderr).toMatch(
      /\] Optimal allocation: best so far [\d,]+ kr\/yr, gap \d+\.\d\d % \(time limit 30 s\)\n/,
    );
    expect(stderr).not.toMatch(/Infinity|NaN/);
  });

  it("prints no progress for a run of under two seconds", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { code, stderr } = await cli(["simulate", book, "--allocation", "optimal"], "quick");
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });

  it("shows the optimal allocation's proof or gap in the text output, and --compare's table", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const { stdout } = await cli(["simulate", book, "--allocation", "optimal", "--compare"], "quick");
    expect(stdout).toMatch(/^Allocation: optimal \(proven\) in \d+\.\d s$/m);
    expect(stdout).toMatch(/^Allocation compared +yearly cost +CO2e per year +unallocated$/m);
    for (const method of ["simple", "greedy"])
      expect(stdout).toMatch(new RegExp(`^${method} +[\\d,]+ kr +\\d+\\.\\d\\d t +\\d+$`, "m"));
    expect(stdout).toMatch(/^optimal +[\d,]+ kr +\d+\.\d\d t +\d+ +proven optimal$/m);
    expect(stdout).not.toMatch(/Infinity|NaN/);
  });

  it("names each proposal a search confirms, on stderr", async () => {
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
    const args = ["search", book, "--allocation", "optimal", "--max-extra-cost", "100000", "--json"];
    const { code, stdout, stderr } = await cli(args, "long");
    expect(code).toBe(0);
    const proposals = JSON.parse(stdout).solutions.length;
    expect(proposals).toBeGreaterThan(0);
    for (let i = 1; i <= proposals; i++)
      expect(stderr).toContain(`Confirming proposal ${i} of ${proposals} with the chosen allocation…`);
    expect(stderr).not.toMatch(/Infinity|NaN/);
  });
});
