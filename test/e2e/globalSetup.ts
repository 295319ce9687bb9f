import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const BUILD_SCRIPT = "test/e2e/fakeOffice/build.mjs";

/** Bundles the fake Office/Excel (test/fakes) for the task-pane spec to inject into the page. */
export default function globalSetup(): void {
  if (!existsSync(BUILD_SCRIPT)) {
    // The browser-host spec needs no fake; the task-pane spec fails on its own with this message.
    console.warn(`globalSetup: ${BUILD_SCRIPT} is missing, so the fake Office bundle was not built.`);
    return;
  }
  execFileSync(process.execPath, [BUILD_SCRIPT], { stdio: "inherit" });
}
