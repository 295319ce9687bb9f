// Shape of Microsoft's Office-Addin-TaskPane-React config, minus Babel, polyfills and IE11
// (stack-notes §1.6): ts-loader transpiles only, `tsc --noEmit` does the type checking.
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const root = __dirname;

/**
 * The UI entry points land separately from this config. Until they do, write a minimal React root so the
 * build (and the E2E smoke tests) still work. Never overwrites: `wx` fails if the file appeared meanwhile.
 */
function ensureEntry(relPath) {
  const file = path.join(root, relPath);
  if (fs.existsSync(file)) return;
  const placeholder = [
    "// Placeholder written by webpack.config.js because the real entry did not exist yet; replace freely.",
    'import { createRoot } from "react-dom/client";',
    "",
    'const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));',
    "createRoot(container).render(<p>FleetOptimiser</p>);",
    "",
  ].join("\n");
  try {
    fs.writeFileSync(file, placeholder, { flag: "wx" });
    console.warn(`webpack.config.js: created placeholder ${relPath}`);
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
  }
}

/** office-addin-dev-certs installs a CA with sudo, which is not always possible, so https is opt-in. */
async function httpsServerOptions() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    throw new Error(
      "HTTPS=1 needs office-addin-dev-certs, which is not installed. Install it (npm i -D office-addin-dev-certs) " +
        "and run `npx office-addin-dev-certs install`, or unset HTTPS to serve plain http on localhost.",
    );
  }
  return devCerts.getHttpsServerOptions();
}

/**
 * esbuild instead of webpack's default Terser (compress.passes 2): on a busy 2-core machine Terser spent
 * about two thirds of a production build on the ExcelTS browser bundle, threatening the 60 s budget, while
 * esbuild minifies it in a second or two for ~5% larger output. Falls back to the default ("...") if either
 * package is missing. minimizer-webpack-plugin is webpack's own dependency, so resolve it from there.
 */
function jsMinimizers() {
  try {
    require.resolve("esbuild");
    const fromWebpack = { paths: [path.dirname(require.resolve("webpack/package.json"))] };
    const MinimizerPlugin = require(require.resolve("minimizer-webpack-plugin", fromWebpack));
    return [
      new MinimizerPlugin({
        minify: MinimizerPlugin.esbuildMinify,
        minimizerOptions: { target: "es2020", legalComments: "eof" },
      }),
    ];
  } catch {
    return ["..."];
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(process.env.npm_package_config_dev_server_port || 3000);
  const prodUrl = process.env.ADDIN_PROD_URL;

  ensureEntry("src/taskpane/index.tsx");
  ensureEntry("src/browser/index.tsx");

  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    // WebView2 and WKWebView (Safari 15+) both run ES2020; there is no IE11 to support any more.
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      browser: "./src/browser/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      // FLEETOPT_DIST lets parallel builds (several developers on one machine) keep apart.
      path: path.resolve(root, process.env.FLEETOPT_DIST || "dist"),
      // Hashed names in production: Office webviews cache aggressively, and HtmlWebpackPlugin injects the tags.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      // Workers must be same-origin with the page, and "auto" resolves chunk URLs from the script's own URL.
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
      // highs and ExcelTS mention Node built-ins in code paths that never run in a browser.
      fallback: {
        module: false,
        fs: false,
        "fs/promises": false,
        path: false,
        crypto: false,
        stream: false,
        "stream/promises": false,
        zlib: false,
        buffer: false,
        events: false,
        util: false,
        "original-fs": false,
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(root, "tsconfig.json"),
              // tsconfig.json is for `tsc --noEmit`; ts-loader has to emit.
              compilerOptions: { noEmit: false, sourceMap: true },
            },
          },
        },
        // Some ESM packages import "./x" without an extension, which strict ESM resolution would reject.
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
        { test: /\.(png|jpe?g|gif|svg|ico)$/i, type: "asset/resource" },
      ],
    },
    optimization: {
      minimizer: jsMinimizers(),
      splitChunks: {
        cacheGroups: {
          // React and Fluent are shared by the task pane and the browser page; one cached vendor file.
          vendor: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers|use-sync-external-store|@emotion)[\\/]/,
            name: "vendor",
            chunks: "initial",
            enforce: true,
          },
        },
      },
    },
    // The HiGHS wasm is several MiB by design.
    performance: { hints: false },
    plugins: [
      // highs' ESM build does `await import("node:module")` in a Node-only branch; webpack cannot resolve the
      // node: scheme, so strip it and let resolve.fallback turn the module into an empty stub.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/browser/index.html",
        chunks: ["browser"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "assets",
            to: "assets",
            globOptions: { ignore: ["**/.DS_Store", "**/Thumbs.db"] },
            // Nothing here needs minifying; without this Terser may try (stack-notes §1.6).
            info: { minimized: true },
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              if (dev || !prodUrl) return content;
              const base = prodUrl.endsWith("/") ? prodUrl : `${prodUrl}/`;
              return content.toString().replaceAll(DEV_URL, base);
            },
          },
        ],
      }),
    ],
    devServer: {
      port,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      // Only ask for certificates when actually serving with HTTPS=1; builds never touch them.
      server:
        serving && process.env.HTTPS === "1"
          ? { type: "https", options: await httpsServerOptions() }
          : { type: "http" },
      host: "localhost",
      client: { overlay: { warnings: false } },
    },
  };
};
