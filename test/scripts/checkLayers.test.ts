import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const script = join(__dirname, "..", "..", "scripts", "check-layers.mjs");
const trees: string[] = [];
afterAll(() => trees.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes a fake source tree (path → contents) and runs the checker on it from inside it. */
function check(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "check-layers-"));
  trees.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const r = spawnSync(process.execPath, [script, "--root", root], { cwd: root, encoding: "utf8" });
  return { code: r.status, lines: r.stdout.trim().split("\n"), stderr: r.stderr };
}

const CLEAN = {
  "core/model.ts":
    'export type Trip = { km: number };\nimport { sum } from "./sum";\nexport const total = sum;\n',
  "core/sum.ts": "export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);\n",
  "workbook/read.ts": 'import type { Trip } from "../core/model";\nexport const read = (): Trip[] => [];\n',
  "engine/simulate.ts":
    'import { read } from "../workbook/read";\nimport { total } from "../core/model.js";\n' +
    "export const simulate = () => total(read().map((t) => t.km));\n",
  "hosts/excel/host.ts": 'import { read } from "../../workbook/read";\nexport const host = { read };\n',
  "app/App.tsx": 'import { host } from "../hosts/excel/host";\nexport const App = () => host;\n',
  // Comments and strings are not imports.
  "core/notes.ts": '// import { App } from "../app/App";\nexport const s = "require(\'../app/App\')";\n',
};

describe("scripts/check-layers.mjs", () => {
  it("passes a tree without circles or imports against the layers", () => {
    const r = check(CLEAN);
    expect(r.stderr).toBe("");
    expect(r.lines).toEqual(["check-layers: 7 files, 0 import circle(s), 0 import(s) against the layers"]);
    expect(r.code).toBe(0);
  });

  it("reports a circle of files with the path that closes it", () => {
    const r = check({
      ...CLEAN,
      "core/sum.ts": 'import { total } from "./model";\nexport const sum = (xs: number[]) => total(xs);\n',
    });
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/^circle of 2 files: core\/model\.ts → core\/sum\.ts → core\/model\.ts$/);
    expect(r.lines.at(-1)).toBe("check-layers: 7 files, 1 import circle(s), 0 import(s) against the layers");
  });

  it("reports forbidden imports, static, dynamic and require, with the rule they break", () => {
    const r = check({
      ...CLEAN,
      "core/sum.ts":
        'export { App } from "../app/App";\nexport const load = () => import("../engine/simulate");\n' +
        "export const sum = (xs: number[]) => xs.length;\n",
      "hosts/excel/host.ts": 'const app = require("../../app/App");\nexport const host = { app };\n',
    });
    expect(r.code).toBe(1);
    expect(r.lines).toContain("layer: core/sum.ts imports app/App.tsx (core may import only core)");
    expect(r.lines).toContain("layer: core/sum.ts imports engine/simulate.ts (core may import only core)");
    expect(r.lines).toContain(
      "layer: hosts/excel/host.ts imports app/App.tsx (hosts must not import app, cli, taskpane, browser, commands)",
    );
    expect(r.lines.at(-1)).toMatch(/ 3 import\(s\) against the layers$/);
  });
});
