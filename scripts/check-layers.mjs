#!/usr/bin/env node
/**
 * Checks the imports between the source folders (issue 16, point 2): reports every import circle
 * (a strongly connected component of files) and every import against the layer rules below.
 * Exit code 1 when it finds any, 0 otherwise.
 *   node scripts/check-layers.mjs [--root DIR]   (DIR holds the layers; default: src/)
 * Imports are read with TypeScript's own pre-processor (import/export … from, import type,
 * dynamic import(), require()), so comments and strings never count as imports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/**
 * A layer is a top-level folder of the root. `only`: the layers it may import besides itself;
 * `never`: layers it must not import. A folder without a rule may import anything.
 */
export const LAYER_RULES = {
  core: { only: [] },
  workbook: { only: ["core"] },
  engine: { only: ["core", "workbook"] },
  // Node built-ins and packages are not layers, so "core and node" is just core here.
  solver: { only: ["core"] },
  // The Web Worker glue: the client and the entry, which wires the solver and the file host's xlsx
  // writer into the engine (tsconfig.worker.json keeps office.js, and so hosts/excel, out of it).
  worker: { only: ["engine", "core", "workbook", "solver", "hosts"] },
  hosts: { never: ["app", "cli", "taskpane", "browser", "commands"] },
  app: { never: ["cli"] },
  // Texts and number formats, shared by the pane and the CLI.
  i18n: { only: ["core", "workbook", "engine"] },
  cli: { never: ["app", "taskpane", "browser", "commands"] },
};

const SOURCE = /\.(ts|tsx|mts|cts)$/;
const CANDIDATES = [".ts", ".tsx", ".mts", ".cts", "/index.ts", "/index.tsx"];

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The file a relative specifier names, or null (packages, built-ins, files that do not exist). */
function resolveImport(from, specifier) {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier);
  const stems = [base, base.replace(/\.[cm]?js$/, "")];
  for (const stem of stems) {
    if (existsSync(stem) && statSync(stem).isFile()) return stem;
    for (const ext of CANDIDATES) if (existsSync(stem + ext)) return stem + ext;
  }
  return null;
}

function layerOf(root, file) {
  const parts = relative(root, file).split(sep);
  return parts.length > 1 ? parts[0] : null;
}

function allowed(from, to) {
  if (!from || !to || from === to) return true;
  const rule = LAYER_RULES[from];
  if (!rule) return true;
  if (rule.only) return rule.only.includes(to);
  return !(rule.never ?? []).includes(to);
}

/** Tarjan's strongly connected components, iterative (deep import chains must not overflow the stack). */
function stronglyConnected(graph) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const edges = graph.get(node) ?? [];
      if (i < edges.length) {
        frame[1]++;
        const to = edges[i];
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === index.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        const selfImport = (graph.get(node) ?? []).includes(node);
        if (component.length > 1 || selfImport) components.push(component.sort());
      }
    }
  }
  return components;
}

/** A shortest circle through the component's first file, to show how the circle closes. */
function oneCircle(graph, component) {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const chain = [];
        for (let at = node; at !== start; at = previous.get(at)) chain.unshift(at);
        return [start, ...chain, start];
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

/** Reads the imports under root and returns the circles and the imports against the layers. */
export function checkLayers(root) {
  const files = sourceFiles(root).sort();
  const graph = new Map();
  const violations = [];
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = new Set();
    for (const { fileName } of info.importedFiles) {
      const target = resolveImport(file, fileName);
      if (!target) continue;
      if (SOURCE.test(target)) targets.add(target);
      const from = layerOf(root, file);
      const to = layerOf(root, target);
      if (!allowed(from, to)) violations.push({ file, target, from, to });
    }
    graph.set(file, [...targets].sort());
  }
  const circles = stronglyConnected(graph).map((component) => ({
    files: component,
    example: oneCircle(graph, component),
  }));
  return { files: files.length, circles, violations };
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf("--root");
  const root = resolve(at >= 0 ? args[at + 1] : join(import.meta.dirname, "..", "src"));
  const show = (file) => relative(process.cwd(), file);
  const { files, circles, violations } = checkLayers(root);
  for (const c of circles) {
    console.log(`circle of ${c.files.length} files: ${c.example.map(show).join(" → ")}`);
    if (c.files.length > c.example.length - 1)
      console.log(`  all in the circle: ${c.files.map(show).join(", ")}`);
  }
  for (const v of violations) {
    const rule = LAYER_RULES[v.from];
    const why = rule.only
      ? `${v.from} may import only ${[v.from, ...rule.only].join(", ")}`
      : `${v.from} must not import ${rule.never.join(", ")}`;
    console.log(`layer: ${show(v.file)} imports ${show(v.target)} (${why})`);
  }
  console.log(
    `check-layers: ${files} files, ${circles.length} import circle(s), ${violations.length} import(s) against the layers`,
  );
  process.exitCode = circles.length || violations.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
