/**
 * The installed command: bin/fleetopt.cjs running the esbuild bundle in dist-cli/ (built here first
 * from the current sources). The other CLI tests call runCli in-process; these check what only the
 * bundle can break: its start, the chart support in the written workbook, the block pool's thread
 * entry and HiGHS's wasm found from dist-cli/, and the one-line unexpected-error handler.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryNames } from "../hosts/file/chartPlanKit";
import { run } from "./cliTestKit";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "fleetopt.cjs");
const sample = join(root, "assets", "sample", "fleetoptimiser-sample.xlsx");
const SIMULATE = ["simulate", sample, "--location", "Hjemmeplejen Nord", "--fleet", "1041:6,1042:5,1043:2"];
const SLOW = 180_000;

function fleetopt(args: string[], env: NodeJS.ProcessEnv = {}, entry = bin) {
  const r = spawnSync(process.execPath, [entry, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, FLEETOPT_DEBUG: "", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { cwd: root, stdio: "inherit" });
  dir = mkdtempSync(join(tmpdir(), "fleetopt-bin-"));
}, SLOW);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bin/fleetopt.cjs on the bundle", () => {
  it("prints the usage for --help and exits 0", () => {
    const r = fleetopt(["--help"]);
    // stderr may say the bundle is older than src/ when someone edits the sources meanwhile.
    expect(r.stderr).not.toContain("error");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("fleetopt simulate <workbook.xlsx>");
  });

  it(
    "simulates the sample as the sources do, and writes a workbook with its charts",
    async () => {
      const out = join(dir, "result.xlsx");
      const r = fleetopt([...SIMULATE, "--json", "--out", out]);
      expect(r.code, r.stderr).toBe(0);
      const inProcess = await run([...SIMULATE, "--json"]);
      expect(inProcess.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(inProcess.stdout));
      const parts = await entryNames(readFileSync(out));
      expect(parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length).toBeGreaterThan(0);
    },
    SLOW,
  );

  it("exits 2 with one line naming the file when the workbook is missing", () => {
    const r = fleetopt(["simulate", join(dir, "missing.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("missing.xlsx");
  });

  it(
    "starts the block pool's bundled thread entry, which loads HiGHS",
    async () => {
      const worker = new Worker(join(root, "dist-cli", "blockPoolThread.cjs"));
      try {
        const first = await new Promise<unknown>((resolve, reject) => {
          worker.once("message", resolve);
          worker.once("error", reject);
        });
        expect(first).toBe("ready");
      } finally {
        await worker.terminate();
      }
    },
    SLOW,
  );
});

describe("bin/fleetopt.cjs's unexpected-error handler", () => {
  // A copy of the bin beside a bundle whose runCli fails the way a bug would.
  function failingInstall(): string {
    const home = join(dir, "failing");
    mkdirSync(join(home, "bin"), { recursive: true });
    mkdirSync(join(home, "dist-cli"), { recursive: true });
    copyFileSync(bin, join(home, "bin", "fleetopt.cjs"));
    writeFileSync(
      join(home, "dist-cli", "main.cjs"),
      'exports.runCli = async () => { throw new Error("cannot divide the fleet\\nsecond line"); };\n',
    );
    return join(home, "bin", "fleetopt.cjs");
  }

  it("prints one line without a stack and exits 1", () => {
    const r = fleetopt(["simulate", "x.xlsx"], {}, failingInstall());
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      "fleetopt: unexpected error: cannot divide the fleet (FLEETOPT_DEBUG=1 shows where)",
    ]);
  });

  it("adds the stack with FLEETOPT_DEBUG=1", () => {
    const r = fleetopt(["simulate", "x.xlsx"], { FLEETOPT_DEBUG: "1" }, failingInstall());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^fleetopt: unexpected error: cannot divide the fleet\n/);
    expect(r.stderr).toMatch(/\n\s+at .*main\.cjs/);
  });

  it("runs a bundle older than the sources, saying so, where tsx is not installed", () => {
    const home = join(dir, "stale");
    mkdirSync(join(home, "bin"), { recursive: true });
    mkdirSync(join(home, "dist-cli"), { recursive: true });
    mkdirSync(join(home, "src", "cli"), { recursive: true });
    copyFileSync(bin, join(home, "bin", "fleetopt.cjs"));
    writeFileSync(join(home, "dist-cli", "main.cjs"), "exports.runCli = async () => 3;\n");
    writeFileSync(join(home, "src", "cli", "main.ts"), "export {};\n");
    utimesSync(join(home, "dist-cli", "main.cjs"), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const r = fleetopt(["--help"], {}, join(home, "bin", "fleetopt.cjs"));
    expect(r.code).toBe(3);
    expect(r.stderr).toBe("fleetopt: dist-cli/ is older than src/: run `npm run build:cli`\n");
  });

  it("tells how to build when there is neither a bundle nor tsx", () => {
    const home = join(dir, "unbuilt");
    mkdirSync(join(home, "bin"), { recursive: true });
    copyFileSync(bin, join(home, "bin", "fleetopt.cjs"));
    const r = fleetopt(["--help"], {}, join(home, "bin", "fleetopt.cjs"));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      "fleetopt: the CLI is not built: run `npm run build:cli` in the fleetopt folder",
    ]);
  });
});
