/**
 * The browser page: the same app over an .xlsx file in memory, for users whose IT does not allow
 * add-ins. No office.js here; the language comes from the browser.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { BrowserShell } from "./BrowserShell";
import { FileWorkbookHost } from "../hosts/file/fileWorkbookHost";
import { EngineClient } from "../worker/client";
import { languageFromTag } from "../i18n/translate";

const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
const params = new URLSearchParams(window.location.search);

createRoot(container).render(
  <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
    <BrowserShell
      language={languageFromTag(navigator.language)}
      engine={new EngineClient()}
      openWorkbook={(data) => FileWorkbookHost.open(data)}
      sampleUrl="assets/sample/fleetoptimiser-sample.xlsx"
      openSampleOnStart={params.get("sample") === "1"}
    />
  </FluentProvider>,
);
