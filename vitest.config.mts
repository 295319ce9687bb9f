import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    exclude: ["test/e2e/**", "node_modules/**"],
    environment: "node",
    // Every workbook the file host saves must pass the OOXML checks (issue 15).
    setupFiles: ["test/helpers/ooxmlSaveGuard.ts"],
    testTimeout: 60_000,
    // The engine works in naive local time and must not depend on the machine's zone; the test
    // script pins Europe/Copenhagen and CI also runs UTC.
    env: { TZ: process.env.TZ ?? "Europe/Copenhagen" },
  },
});
