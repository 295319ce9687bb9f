#!/usr/bin/env node
// `npm start`.
// - Windows/macOS with office-addin-debugging installed: sideload into desktop Excel (it starts the https
//   dev server itself via `npm run dev-server`).
// - Anywhere else (Linux has no Excel, and office-addin-debugging cannot even install there): build if
//   dist/ is stale, serve it, and open the plain browser host on the bundled sample workbook.
// Flags: --no-open (do not launch a browser), --browser (force the browser host), --port N.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(projectRoot, "dist");
const SAMPLE = "assets/sample/fleetoptimiser-sample.xlsx";
// Everything the production bundle is built from; a change to any of them makes dist/ stale.
const BUILD_INPUTS = ["src", "assets", "webpack.config.js", "manifest.xml", "tsconfig.json", "package.json"];

function parseArgs(argv) {
  const opts = {
    open: true,
    forceBrowser: false,
    port: Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000),
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    if (flag === "--no-open") opts.open = false;
    else if (flag === "--browser") opts.forceBrowser = true;
    else if (flag === "--port") opts.port = Number(inline ?? argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (expected --no-open, --browser, --port N)`);
  }
  return opts;
}

/** The CLI script of a locally installed package's bin, or undefined when the package is absent. */
function localBin(pkg) {
  const manifestPath = path.join(projectRoot, "node_modules", pkg, "package.json");
  if (!existsSync(manifestPath)) return undefined;
  const { bin } = JSON.parse(readFileSync(manifestPath, "utf8"));
  const rel = typeof bin === "string" ? bin : bin?.[pkg];
  return rel ? path.join(path.dirname(manifestPath), rel) : undefined;
}

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const info = statSync(p);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function distIsStale() {
  const built = path.join(dist, "index.html");
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(projectRoot, input)) > builtAt);
}

/** Runs a Node script to completion; a signal to us is passed on, so no orphaned build keeps running. */
function runNode(script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: projectRoot, stdio: "inherit" });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(signal ? 1 : (code ?? 1));
    });
  });
}

/** Best effort: a missing opener or display must never stop the server. */
function openInBrowser(url) {
  const hasDisplay =
    process.platform !== "linux" || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) return;
  const [cmd, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // ignored on purpose: printing the URL is enough
  }
}

async function startBrowserHost(opts) {
  if (distIsStale()) {
    console.log("dist/ is missing or older than its sources: building (webpack --mode production)...");
    const webpackCli = localBin("webpack-cli");
    if (!webpackCli) throw new Error("webpack-cli is not installed; run npm install first");
    const status = await runNode(webpackCli, ["--mode", "production"]);
    if (status !== 0) process.exit(status);
  }
  if (!existsSync(path.join(dist, SAMPLE))) {
    console.warn(
      `note: dist/${SAMPLE} is missing; run \`npm run sample\` and start again to get the demo data.`,
    );
  }
  const { server } = await serve({ port: opts.port, host: "127.0.0.1", dir: dist });
  const url = `http://localhost:${opts.port}/index.html?sample=1`;
  console.log(`FleetOptimiser browser host: ${url}`);
  console.log("Press Ctrl+C to stop.");
  if (opts.open) openInBrowser(url);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function startDesktopExcel(debuggingCli) {
  // Desktop Excel only loads https add-ins; HTTPS=1 makes the dev server use office-addin-dev-certs.
  const child = spawn(process.execPath, [debuggingCli, "start", "manifest.xml"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, HTTPS: "1" },
  });
  child.on("exit", (code) => process.exit(code ?? 1));
}

try {
  const opts = parseArgs(process.argv.slice(2));
  const debuggingCli = localBin("office-addin-debugging");
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (desktop && debuggingCli && !opts.forceBrowser) startDesktopExcel(debuggingCli);
  else await startBrowserHost(opts);
} catch (err) {
  console.error(`start: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
