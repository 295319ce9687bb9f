/**
 * The task pane's entry. The only file outside src/hosts/excel that names Office: it decides which
 * host the app gets, and everything below it receives that host as a prop.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../app/App";
import { ExcelWorkbookHost } from "../hosts/excel/excelWorkbookHost";
import { EngineClient } from "../worker/client";
import { languageFromTag } from "../i18n/translate";
import { OutsideOffice } from "./OutsideOffice";

const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
const root = createRoot(container);

void Office.onReady((info) => {
  if (info.host === Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App
          host={new ExcelWorkbookHost()}
          engine={new EngineClient()}
          language={languageFromTag(Office.context.displayLanguage)}
        />
      </FluentProvider>,
    );
  } else {
    // A null host means office.js loaded in a plain browser tab (stack-notes §1.5): explain, and
    // point to the browser page, which does the same work on .xlsx files.
    root.render(
      <FluentProvider theme={webLightTheme}>
        <OutsideOffice language={languageFromTag(navigator.language)} browserPageUrl="index.html" />
      </FluentProvider>,
    );
  }
});
