import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";

/**
 * Imports against the layers of scripts/check-layers.mjs (architecture.md), as eslint errors: an
 * import whose path passes through a folder of a layer the importing layer may not reach. No
 * folder inside core, workbook or hosts is named like a layer, so the folder name is enough.
 */
function layerImports(layers, why) {
  return {
    "no-restricted-imports": [
      "error",
      { patterns: [{ regex: `(^|/)(${layers.join("|")})(/|$)`, message: why }] },
    ],
  };
}

// office.js's own rules (load before read, sync after load, no sync in a loop, …), without the
// parser, prettier and React settings the plugin's recommended config also brings. Its warnings
// count as errors: `eslint .` passes warnings, and these are bugs or round trips to Excel.
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith("office-addins/"))
    .map(([rule]) => [rule, "error"]),
);

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-*/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "test/e2e/.build/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**"],
    rules: layerImports(
      [
        "workbook",
        "engine",
        "solver",
        "worker",
        "hosts",
        "app",
        "cli",
        "taskpane",
        "browser",
        "commands",
        "i18n",
      ],
      "core imports only core (scripts/check-layers.mjs).",
    ),
  },
  {
    files: ["src/workbook/**"],
    rules: layerImports(
      ["engine", "solver", "worker", "hosts", "app", "cli", "taskpane", "browser", "commands", "i18n"],
      "workbook imports only core and workbook (scripts/check-layers.mjs).",
    ),
  },
  {
    files: ["src/hosts/**"],
    rules: layerImports(
      ["app", "cli", "taskpane", "browser", "commands"],
      "hosts never import app, cli, taskpane, browser or commands (scripts/check-layers.mjs).",
    ),
  },
  {
    files: ["src/engine/**"],
    rules: layerImports(
      ["solver", "worker", "hosts", "app", "cli", "taskpane", "browser", "commands", "i18n"],
      "engine imports only core and workbook; the solver and the file writer come in as ports (scripts/check-layers.mjs).",
    ),
  },
  {
    files: ["src/solver/**"],
    rules: layerImports(
      ["workbook", "engine", "worker", "hosts", "app", "cli", "taskpane", "browser", "commands", "i18n"],
      "solver imports only core (scripts/check-layers.mjs).",
    ),
  },
  {
    files: ["src/worker/**"],
    rules: layerImports(
      ["hosts/excel", "app", "cli", "taskpane", "browser", "commands", "i18n"],
      "the Web Worker glue imports only engine, core, workbook, solver and the file host's writer (scripts/check-layers.mjs).",
    ),
  },
  {
    files: ["src/cli/**"],
    rules: layerImports(
      ["app", "taskpane", "browser", "commands"],
      "the CLI never imports the pane, the page or the entries (scripts/check-layers.mjs).",
    ),
  },
  {
    files: ["src/app/**"],
    rules: layerImports(["cli"], "app never imports cli (scripts/check-layers.mjs)."),
  },
  {
    // Everything that talks to office.js.
    files: ["src/hosts/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    // CommonJS entry points (the CLI loader, the webpack config) must use require().
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
