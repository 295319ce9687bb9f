#!/usr/bin/env node
// For the folder move of issue 16: moves modules with `git mv` and rewrites every relative import
// (from, import(), require, vi.mock, new URL) that points at them or out of them. Paths in strings
// that are not imports (the entries in scripts/build-cli.mjs, the file lists in tsconfig.node.json)
// must be updated by hand.
// Usage: node scripts/move-modules.mjs <repoRoot> <mapping.json>
//   mapping: { "src/worker/api.ts": "src/engine/api.ts", ... } — the proposed one is
//   docs/folder-move.json. Run `npx tsc -p tsconfig.json --noEmit` after it.
import { readFileSync, writeFileSync, existsSync, readdirSync, statSync, mkdirSync } from "node:fs";
import { join, dirname, relative, resolve, extname } from "node:path";
import { execFileSync } from "node:child_process";

const [root, mapFile] = process.argv.slice(2);
const mapping = JSON.parse(readFileSync(mapFile, "utf8"));
const abs = (p) => resolve(root, p);
const moves = new Map(Object.entries(mapping).map(([a, b]) => [abs(a), abs(b)]));
const DIRS = ["src", "test", "bench", "scripts"];
const EXTS = [".ts", ".tsx", ".mts", ".mjs", ".js", ".cjs"];

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (EXTS.includes(extname(p))) out.push(p);
  }
  return out;
}
const files = DIRS.flatMap((d) => walk(abs(d)));
for (const extra of ["vitest.config.mts", "playwright.config.ts", "webpack.config.js", "bin/fleetopt.cjs"])
  if (existsSync(abs(extra))) files.push(abs(extra));

function resolveSpec(fromFile, spec) {
  const base = resolve(dirname(fromFile), spec);
  const cands = [base, ...EXTS.map((e) => base + e), ...EXTS.map((e) => join(base, "index" + e))];
  if (spec.endsWith(".js")) cands.push(base.replace(/\.js$/, ".ts"), base.replace(/\.js$/, ".tsx"));
  return cands.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}
const SPEC = /((?:from|import|require|mock|importActual|URL)\s*\(?\s*)(["'])(\.{1,2}\/[^"']+)\2/g;
let changed = 0;
for (const file of files) {
  const src = readFileSync(file, "utf8");
  const newFile = moves.get(file) ?? file;
  const out = src.replace(SPEC, (m, pre, q, spec) => {
    const target = resolveSpec(file, spec);
    if (!target) return m;
    const newTarget = moves.get(target) ?? target;
    if (newFile === file && newTarget === target) return m;
    let rel = relative(dirname(newFile), newTarget);
    if (!rel.startsWith(".")) rel = "./" + rel;
    // keep the specifier's extension style
    const specExt = extname(spec);
    const tExt = extname(newTarget);
    if (specExt === "" || (specExt !== tExt && !(specExt === ".js" && (tExt === ".ts" || tExt === ".tsx"))))
      rel = rel.slice(0, rel.length - tExt.length);
    else if (specExt === ".js" && tExt !== ".js") rel = rel.slice(0, rel.length - tExt.length) + ".js";
    return `${pre}${q}${rel}${q}`;
  });
  if (out !== src) {
    writeFileSync(file, out);
    changed++;
  }
}
for (const [from, to] of moves) {
  mkdirSync(dirname(to), { recursive: true });
  execFileSync("git", ["mv", from, to], { cwd: root });
}
console.log(`rewrote imports in ${changed} files; moved ${moves.size} files`);
