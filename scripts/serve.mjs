#!/usr/bin/env node
// A tiny static server for dist/, used by Playwright's webServer and `npm start`. Plain http on 127.0.0.1:
// Chromium treats localhost as a secure context, so workers and wasm behave as on https.
// Usage: node scripts/serve.mjs [--port 3000] [--host 127.0.0.1] [--dir dist]
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import zlib from "node:zlib";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".csv": "text/csv; charset=utf-8",
};

// Worth gzipping: text and wasm (the HiGHS binary shrinks from ~3.4 MiB to ~1.2 MB). PNG/xlsx are already zipped.
const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".map",
  ".xml",
  ".txt",
  ".svg",
  ".wasm",
  ".csv",
]);

/** Maps a request path to a file under `root`, or null if it would escape it (directory traversal). */
export function resolveRequestPath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function fileFor(root, urlPath) {
  const file = resolveRequestPath(root, urlPath);
  if (!file) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return { file, size: info.size };
  if (info?.isDirectory()) {
    const index = path.join(file, "index.html");
    const indexInfo = await stat(index).catch(() => null);
    if (indexInfo?.isFile()) return { file: index, size: indexInfo.size };
  }
  return null;
}

function send(res, status, text) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

export function createStaticServer(root) {
  const absRoot = path.resolve(root);
  return http.createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "Method Not Allowed\n");
      const { pathname } = new URL(req.url ?? "/", "http://localhost");
      const found = await fileFor(absRoot, pathname);
      if (!found) return send(res, 404, "Not Found\n");

      const ext = path.extname(found.file).toLowerCase();
      const headers = {
        "Content-Type": MIME_TYPES[ext] ?? "application/octet-stream",
        "Access-Control-Allow-Origin": "*",
        // HTML is the entry point that names the hashed bundles, so it must never be served stale.
        "Cache-Control": ext === ".html" ? "no-cache" : "public, max-age=0",
        "X-Content-Type-Options": "nosniff",
      };
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      if (gzip) {
        headers["Content-Encoding"] = "gzip";
        headers["Vary"] = "Accept-Encoding";
      } else {
        headers["Content-Length"] = found.size;
      }
      res.writeHead(200, headers);
      if (req.method === "HEAD") return res.end();
      const stream = createReadStream(found.file);
      stream.on("error", () => res.destroy());
      (gzip ? stream.pipe(zlib.createGzip()) : stream).pipe(res);
    } catch (err) {
      if (!res.headersSent) send(res, 500, "Internal Server Error\n");
      else res.destroy();
      console.error(err);
    }
  });
}

function parseArgs(argv) {
  const opts = {
    port: Number(process.env.PORT || 3000),
    host: "127.0.0.1",
    dir: path.resolve(projectRoot, process.env.FLEETOPT_DIST || "dist"),
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (flag === "--port") opts.port = Number(value());
    else if (flag === "--host") opts.host = value();
    else if (flag === "--dir") opts.dir = path.resolve(value());
    else throw new Error(`unknown argument ${argv[i]} (expected --port, --host, --dir)`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error("invalid --port");
  return opts;
}

/** Starts serving; resolves with the server and its base URL once it listens. */
export function serve({ port, host, dir }) {
  const server = createStaticServer(dir);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      resolve({ server, url: `http://${host}:${actualPort}/` });
    });
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const { server, url } = await serve(opts);
    console.log(`Serving ${path.relative(process.cwd(), opts.dir) || "."} at ${url}`);
    const stop = () => {
      server.close(() => process.exit(0));
      server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (err) {
    console.error(`serve: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
