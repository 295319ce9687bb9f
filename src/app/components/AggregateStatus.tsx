import {
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CellError } from "../../workbook/read/cellError";
import type { AggregateState } from "../state/aggregateReducer";
import { ErrorList } from "./ErrorList";
import { useI18n } from "../../i18n/I18nContext";
import { progressText } from "../../i18n/progressText";
import { localeOf } from "../../i18n/format";

/** Importing a CSV as a new sheet: a one-off write with its own small lifecycle. */
export type ImportState =
  | { kind: "idle" }
  | { kind: "importing"; file: string }
  | { kind: "imported"; file: string; sheet: string }
  | { kind: "failed"; file: string; message: string };

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** What became of the last CSV import. */
export function ImportNotice({ state }: { state: ImportState }) {
  const { t } = useI18n();
  if (state.kind === "importing")
    return <Spinner size="tiny" label={t("aggregate.importing", { file: state.file })} />;
  if (state.kind === "imported")
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t("aggregate.imported", { file: state.file, sheet: state.sheet })}</MessageBarBody>
      </MessageBar>
    );
  if (state.kind === "failed")
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {t("aggregate.importFailed", { file: state.file, message: state.message })}
        </MessageBarBody>
      </MessageBar>
    );
  return null;
}

/** The aggregation's progress, or its outcome: the new sheets, precision per location, warnings. */
export function AggregateStatus({
  state,
  onSelect,
}: {
  state: AggregateState;
  onSelect: (e: CellError) => void;
}) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  if (state.kind === "running") {
    const status =
      state.stage === "reading"
        ? t("aggregate.reading")
        : state.stage === "writing"
          ? t("aggregate.writing")
          : state.progress === null
            ? t("aggregate.starting")
            : progressText(lang, state.progress);
    return (
      <Field label={t("aggregate.progress")} validationMessage={status} validationState="none">
        <ProgressBar value={state.fraction ?? undefined} max={1} />
      </Field>
    );
  }
  if (state.kind === "idle" && state.notice === "cancelled")
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("aggregate.cancelled")}</MessageBarBody>
      </MessageBar>
    );
  if (state.kind === "failed")
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t("aggregate.failed", { message: state.message })}</MessageBarBody>
      </MessageBar>
    );
  if (state.kind === "invalid") return <ErrorList errors={state.errors} onSelect={onSelect} />;
  if (state.kind !== "done") return null;
  const s = state.summary;
  const percent = new Intl.NumberFormat(localeOf(lang), {
    style: "percent",
    maximumFractionDigits: 1,
  });
  return (
    <>
      <MessageBar intent="success">
        <MessageBarBody>
          {t("aggregate.done", {
            trips: s.roundTrips,
            complete: s.completeRoundTrips,
            used: s.logsUsed,
            logs: s.logs,
            sheets: state.sheetNames.join(", "),
          })}{" "}
          {t("aggregate.useTrips", { sheet: state.sheetNames[0] ?? "" })}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list} aria-label={t("aggregate.title")}>
        {s.locations.map((l) => (
          <li key={l.location}>
            <Caption1>
              {t("aggregate.location", {
                location: l.location || t("aggregate.noLocation"),
                trips: l.roundTrips,
                precision: l.precision === null ? "–" : percent.format(l.precision),
              })}
            </Caption1>
          </li>
        ))}
      </ul>
      {state.warnings.length > 0 && <ErrorList errors={state.warnings} onSelect={onSelect} />}
    </>
  );
}
