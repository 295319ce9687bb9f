import { useCallback, useEffect, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { App } from "../app/App";
import type { AbortableEngine } from "../worker/client";
import { I18nProvider, useI18n } from "../i18n/I18nContext";
import type { Language } from "../i18n/translate";
import { errorMessage } from "../app/actions/errorMessage";
import type { BrowserWorkbook, OpenWorkbook } from "./browserWorkbook";
import { SheetViewer } from "./SheetViewer";
import { savedFileName } from "./savedFileName";
import { downloadBytes } from "./downloadBytes";

export interface BrowserShellProps {
  language: Language;
  engine: AbortableEngine;
  openWorkbook: OpenWorkbook;
  /** Where "Open sample" fetches the sample workbook from (same origin). */
  sampleUrl: string;
  /** Open the sample at once (`?sample=1`), for demos and the end-to-end test. */
  openSampleOnStart?: boolean;
  /** Starts the download of the saved bytes; replaceable in tests. */
  download?: (bytes: Uint8Array, fileName: string) => void;
}

/** The browser page: the same App as in Excel, over an .xlsx file the user opens and saves. */
export function BrowserShell(props: BrowserShellProps) {
  return (
    <I18nProvider lang={props.language}>
      <Shell {...props} />
    </I18nProvider>
  );
}

interface OpenDocument {
  workbook: BrowserWorkbook;
  fileName: string;
  /** Remounts the app for each opened file, so nothing of the last file's state leaks over. */
  serial: number;
}

type OpenState =
  | { kind: "none" }
  | { kind: "opening"; fileName: string }
  | { kind: "failed"; fileName: string; message: string };

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", minHeight: "100%", fontFamily: tokens.fontFamilyBase },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: "flex", flexDirection: "column", marginRight: "auto" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  body: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalL },
  pane: { flex: "0 1 440px", minWidth: "320px" },
  // The viewer stays in view while the form beside it scrolls: it sticks to the top of the window
  // and is exactly one window high, so the right half of the page is never blank.
  viewer: {
    flex: "1 1 480px",
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    display: "flex",
    position: "sticky",
    top: 0,
    height: "100vh",
  },
  notice: { padding: tokens.spacingHorizontalL },
  fileInput: { display: "none" },
});

function Shell({
  engine,
  openWorkbook,
  sampleUrl,
  openSampleOnStart,
  download = downloadBytes,
  language,
}: BrowserShellProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [openState, setOpenState] = useState<OpenState>({ kind: "none" });
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const serial = useRef(0);

  const open = useCallback(
    async (fileName: string, bytes: () => Promise<ArrayBuffer>) => {
      setOpenState({ kind: "opening", fileName });
      setSaveProblem(null);
      try {
        const workbook = await openWorkbook(await bytes());
        setDoc({ workbook, fileName, serial: ++serial.current });
        setOpenState({ kind: "none" });
      } catch (error) {
        setOpenState({ kind: "failed", fileName, message: errorMessage(error) });
      }
    },
    [openWorkbook],
  );

  const openSample = useCallback(
    () =>
      open(fileNameOf(sampleUrl), async () => {
        const response = await fetch(sampleUrl);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.arrayBuffer();
      }),
    [open, sampleUrl],
  );

  const started = useRef(false);
  useEffect(() => {
    // Once, even under StrictMode's double effects.
    if (openSampleOnStart && !started.current) {
      started.current = true;
      void openSample();
    }
  }, [openSampleOnStart, openSample]);

  const onFileChosen = (file: File | undefined) => {
    if (file) void open(file.name, () => file.arrayBuffer());
    // Clear it, so choosing the same file again still fires a change.
    if (fileInput.current) fileInput.current.value = "";
  };

  const save = async () => {
    if (!doc) return;
    setSaving(true);
    setSaveProblem(null);
    try {
      download(await doc.workbook.save(), savedFileName(doc.fileName));
    } catch (error) {
      setSaveProblem(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.page}>
      <header className={styles.bar}>
        <div className={styles.title}>
          <Subtitle1 as="h1">{t("browser.title")}</Subtitle1>
          <Caption1>{t("browser.subtitle")}</Caption1>
        </div>
        <div className={styles.buttons}>
          <input
            ref={fileInput}
            className={styles.fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t("browser.open")}
            onChange={(e) => onFileChosen(e.target.files?.[0])}
          />
          <Button appearance="primary" onClick={() => fileInput.current?.click()}>
            {t("browser.open")}
          </Button>
          <Button onClick={() => void openSample()}>{t("browser.sample")}</Button>
          <Button disabled={!doc || saving} onClick={() => void save()}>
            {t("browser.save")}
          </Button>
          {doc && <Body1>{doc.fileName}</Body1>}
        </div>
      </header>

      {openState.kind === "opening" && (
        <Spinner
          className={styles.notice}
          size="small"
          label={t("browser.opening", { name: openState.fileName })}
        />
      )}
      {openState.kind === "failed" && (
        <MessageBar className={styles.notice} intent="error">
          <MessageBarBody>
            {t("browser.openFailed", { name: openState.fileName, message: openState.message })}
          </MessageBarBody>
        </MessageBar>
      )}
      {saveProblem !== null && (
        <MessageBar className={styles.notice} intent="error">
          <MessageBarBody>{t("browser.saveFailed", { message: saveProblem })}</MessageBarBody>
        </MessageBar>
      )}

      {doc === null ? (
        openState.kind === "none" && <Body1 className={styles.notice}>{t("browser.empty")}</Body1>
      ) : (
        <div className={styles.body}>
          <div className={styles.pane}>
            <App key={doc.serial} host={doc.workbook} engine={engine} language={language} />
          </div>
          <div className={styles.viewer}>
            <SheetViewer key={doc.serial} workbook={doc.workbook} />
          </div>
        </div>
      )}
    </div>
  );
}

function fileNameOf(url: string): string {
  return decodeURIComponent(url.split(/[?#]/)[0].split("/").pop() || "workbook.xlsx");
}
