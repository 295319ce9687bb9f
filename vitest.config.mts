import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/** The component tests: the only ones that render React with Fluent UI in happy-dom. */
const DOM_TESTS = ["test/taskpane/**/*.test.tsx", "test/browser/**/*.test.tsx"];
/**
 * Files that replace a module with vi.mock: in a worker that keeps modules from earlier files the
 * real module is already loaded and the mock never takes, so these run isolated.
 */
const MOCKING_TESTS = ["test/engine/search.test.ts"];

export default defineConfig({
  test: {
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 60_000,
    // Many files wait on LibreOffice, child processes and zip I/O rather than the CPU: one worker
    // more than the cores keeps them busy (vitest's default is one fewer; on 2 cores 4 min → 2.7 min).
    maxWorkers: availableParallelism() + 1,
    // The engine works in naive local time and must not depend on the machine's zone; the test
    // script pins Europe/Copenhagen and CI also runs UTC.
    env: { TZ: process.env.TZ ?? "Europe/Copenhagen" },
    projects: [
      {
        extends: true,
        test: { name: "dom", include: DOM_TESTS, environment: "happy-dom" },
      },
      {
        extends: true,
        test: {
          name: "node",
          include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
          exclude: ["test/e2e/**", "node_modules/**", ...DOM_TESTS, ...MOCKING_TESTS],
          environment: "node",
          // Every workbook the file host saves must pass the OOXML checks (issue 15).
          setupFiles: ["test/helpers/ooxmlSaveGuard.ts"],
          // Each file re-importing ExcelTS, HiGHS and the engine costs more than its tests; these
          // files leave no globals behind (the fake Office uninstalls, fake timers are restored),
          // so a worker keeps its modules from one file to the next.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "node-mocks",
          include: MOCKING_TESTS,
          environment: "node",
          setupFiles: ["test/helpers/ooxmlSaveGuard.ts"],
        },
      },
    ],
  },
});
