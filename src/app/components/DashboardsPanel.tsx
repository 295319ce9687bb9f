import { useState } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { InputSheets } from "../../engine/api";
import type { ScenarioRequest } from "../../core/scenario/scenarioRequest";
import type { CellError } from "../../workbook/read/cellError";
import { writeDashboards } from "../actions/writeDashboards";
import { finishedOrShow, useJob } from "../state/useJob";
import { useI18n } from "../../i18n/I18nContext";
import { ErrorList } from "./ErrorList";

export interface DashboardsPanelProps {
  host: WorkbookHost;
  engine: AbortableEngine;
  inputs: InputSheets;
  /** The form's request (location, period, settings); null while the form is incomplete. */
  request: () => ScenarioRequest | null;
  disabled: boolean;
  onSelectError: (error: CellError) => void;
  /** Called after a dashboard sheet was written (the sheet list changed). */
  onWritten: () => void;
}

type DashboardsState =
  | { kind: "idle" }
  | { kind: "writing" }
  | { kind: "written"; sheet: string }
  | { kind: "rejected"; errors: CellError[] }
  | { kind: "failed"; message: string };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The Dashboards button: a new dashboard sheet for the form's location and period. */
export function DashboardsPanel(props: DashboardsPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [state, setState] = useState<DashboardsState>({ kind: "idle" });
  const job = useJob();

  const onStart = async () => {
    const request = props.request();
    if (request === null) return;
    setState({ kind: "writing" });
    const result = await job.start((signal) =>
      writeDashboards(props.host, props.engine, signal, props.inputs, request),
    );
    const finished = finishedOrShow(result, setState);
    if (!finished) return;
    const outcome = finished.value;
    if (outcome.kind === "rejected") setState({ kind: "rejected", errors: outcome.errors });
    else {
      setState({ kind: "written", sheet: outcome.sheetNames[0] ?? "" });
      props.onWritten();
    }
  };

  return (
    <div className={styles.panel}>
      <div>
        <Button disabled={props.disabled || state.kind === "writing"} onClick={() => void onStart()}>
          {t("dashboards.start")}
        </Button>
      </div>
      <Caption1>{t("dashboards.hint")}</Caption1>
      {state.kind === "writing" && <Spinner size="tiny" label={t("dashboards.writing")} />}
      {state.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>{t("dashboards.written", { sheet: state.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("dashboards.failed", { message: state.message })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "rejected" && <ErrorList errors={state.errors} onSelect={props.onSelectError} />}
    </div>
  );
}
