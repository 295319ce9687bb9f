import { useState } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { InputSheets } from "../../engine/api";
import type { CellError } from "../../workbook/read/cellError";
import { writeVehicleCheck } from "../actions/checkVehicles";
import { writeLocationsOverview } from "../actions/locationsOverview";
import { exportVehiclesForOs2, type SaveFile } from "../actions/exportVehicles";
import { finishedOrShow, useJob } from "../state/useJob";
import { useI18n } from "../../i18n/I18nContext";
import { ErrorList } from "./ErrorList";

export interface DataToolsPanelProps {
  host: WorkbookHost;
  engine: AbortableEngine;
  /** The sheets as loaded; every tool reads them fresh. */
  inputs: InputSheets;
  disabled: boolean;
  onSelectError: (error: CellError) => void;
  /** Called after a sheet was written (the sheet list changed). */
  onWritten: () => void;
  /** Where the OS2 file goes; a browser download unless a test watches it. */
  saveFile?: SaveFile;
}

type ToolState =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; message: string }
  | { kind: "rejected"; errors: CellError[] }
  | { kind: "failed"; message: string };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The Data tab's tools over the loaded data, as the CLI's check, overview and export-vehicles:
 * a Vehicle data check sheet, a Locations overview sheet, and OS2's vehicle file as a download.
 */
export function DataToolsPanel(props: DataToolsPanelProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const [state, setState] = useState<ToolState>({ kind: "idle" });
  const job = useJob();

  const start = async (work: (signal: AbortSignal) => Promise<ToolState>) => {
    setState({ kind: "working" });
    const result = await job.start(work);
    const finished = finishedOrShow(result, setState);
    if (finished) setState(finished.value);
  };

  const onCheck = (signal: AbortSignal) =>
    writeVehicleCheck(props.host, props.engine, signal, props.inputs, {
      location: null,
      fromDate: null,
      toDate: null,
      language: lang,
    }).then((outcome): ToolState => {
      if (outcome.kind === "rejected") return outcome;
      props.onWritten();
      const values = { bad: outcome.needAttention, of: outcome.checked, sheet: outcome.sheetName };
      const key = outcome.needAttention === 0 ? "dataTools.checkClean" : "dataTools.checkWritten";
      return { kind: "done", message: t(key, values) };
    });

  const onOverview = (signal: AbortSignal) =>
    writeLocationsOverview(props.host, props.engine, signal, props.inputs, {
      fromDate: null,
      toDate: null,
      language: lang,
    }).then((outcome): ToolState => {
      if (outcome.kind === "rejected") return outcome;
      props.onWritten();
      return {
        kind: "done",
        message: t("dataTools.overviewWritten", { count: outcome.locations, sheet: outcome.sheetName }),
      };
    });

  const onExport = (signal: AbortSignal) =>
    exportVehiclesForOs2(props.host, props.engine, signal, props.inputs, props.saveFile).then(
      (outcome): ToolState =>
        outcome.kind === "rejected"
          ? outcome
          : {
              kind: "done",
              message: t("dataTools.exported", { count: outcome.vehicles, file: outcome.fileName }),
            },
    );

  const busy = props.disabled || state.kind === "working";
  return (
    <section className={styles.panel} aria-label={t("dataTools.title")}>
      <Subtitle2 as="h3">{t("dataTools.title")}</Subtitle2>
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => void start(onCheck)}>
          {t("dataTools.check")}
        </Button>
        <Button disabled={busy} onClick={() => void start(onOverview)}>
          {t("dataTools.overview")}
        </Button>
        <Button disabled={busy} onClick={() => void start(onExport)}>
          {t("dataTools.export")}
        </Button>
      </div>
      <Caption1>{t("dataTools.hint")}</Caption1>
      {state.kind === "working" && <Spinner size="tiny" label={t("dataTools.working")} />}
      {state.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("dataTools.failed", { message: state.message })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "rejected" && <ErrorList errors={state.errors} onSelect={props.onSelectError} />}
    </section>
  );
}
