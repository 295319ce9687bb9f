import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { canCancel, canStartRun, type RunState } from "../state/runReducer";
import { useI18n } from "../../i18n/I18nContext";
import type { Language } from "../../i18n/translate";
import { progressText } from "../../i18n/progressText";

export interface RunPanelProps {
  run: RunState;
  formReady: boolean;
  onRun: () => void;
  onCancel: () => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** The Run button, and while a run is in progress its progress and the Cancel button. */
export function RunPanel({ run, formReady, onRun, onCancel }: RunPanelProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!canStartRun(run, formReady)} onClick={onRun}>
          {t("run.start")}
        </Button>
        {run.kind === "running" && (
          <Button disabled={!canCancel(run)} onClick={onCancel}>
            {t("run.cancel")}
          </Button>
        )}
      </div>
      {run.kind === "running" && (
        <Field label={t("run.progress")} validationMessage={statusText(run, lang, t)} validationState="none">
          {/* No fraction yet: an indeterminate bar says "working" without pretending to know how far. */}
          <ProgressBar value={run.fraction ?? undefined} max={1} />
        </Field>
      )}
      {run.kind === "idle" && run.notice === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{t("run.cancelled")}</MessageBarBody>
        </MessageBar>
      )}
      {run.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("run.failed", { message: run.message })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function statusText(
  run: Extract<RunState, { kind: "running" }>,
  lang: Language,
  t: ReturnType<typeof useI18n>["t"],
): string {
  if (run.stage === "reading") return t("run.reading");
  if (run.stage === "writing") return t("run.writing");
  return run.progress === null ? t("run.starting") : progressText(lang, run.progress);
}
