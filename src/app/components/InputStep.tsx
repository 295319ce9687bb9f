import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MappingKey, MappingProblem, SheetMapping } from "../state/sheetMapping";
import type { LoadState } from "../state/loadReducer";
import type { CellError } from "../../workbook/read/cellError";
import { SheetMappingFields } from "./SheetMappingFields";
import { OverviewPanel } from "./OverviewPanel";
import { ErrorList } from "./ErrorList";
import { useI18n } from "../../i18n/I18nContext";

/** Creating the template: a one-off write with its own small lifecycle. */
export type TemplateState =
  | { kind: "idle" }
  | { kind: "writing" }
  | { kind: "written"; sheetNames: string[] }
  | { kind: "failed"; message: string };

export interface InputStepProps {
  /** null while the sheet names are being read. */
  sheets: string[] | null;
  mapping: SheetMapping;
  problem: MappingProblem | null;
  load: LoadState;
  template: TemplateState;
  /** False while a run is in progress: the inputs must not change under it. */
  editable: boolean;
  onMappingChange: (key: MappingKey, sheet: string | null) => void;
  onRefresh: () => void;
  onLoad: () => void;
  onCreateTemplate: () => void;
  onSelectError: (error: CellError) => void;
}

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

/** Step 1: which sheet is which, "Load data", and a template for an empty workbook. */
export function InputStep(props: InputStepProps) {
  const { sheets, mapping, problem, load, template, editable } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const busy = load.kind === "loading" || template.kind === "writing";

  if (sheets === null) return <Spinner size="tiny" label={t("input.listing")} />;

  // No vehicles/trips sheet found: the template is the way in, so it becomes the primary action.
  const offerTemplate = mapping.vehicles === null && mapping.trips === null;

  return (
    <div className={styles.step}>
      <SheetMappingFields
        sheets={sheets}
        mapping={mapping}
        problem={problem}
        disabled={!editable || busy}
        onChange={props.onMappingChange}
      />
      {problem === "missing" && <Caption1>{t("input.mapping.missing")}</Caption1>}
      {problem === "duplicate" && <Caption1 role="alert">{t("input.mapping.duplicate")}</Caption1>}
      {offerTemplate && (
        <Caption1>{t(sheets.length === 0 ? "input.noSheets" : "input.templateHint")}</Caption1>
      )}
      <div className={styles.buttons}>
        <Button
          appearance={offerTemplate ? "secondary" : "primary"}
          disabled={!editable || busy || problem !== null}
          onClick={props.onLoad}
        >
          {t("input.load")}
        </Button>
        <Button
          appearance={offerTemplate ? "primary" : "secondary"}
          disabled={!editable || busy}
          onClick={props.onCreateTemplate}
        >
          {t("input.template")}
        </Button>
        <Button appearance="subtle" disabled={!editable || busy} onClick={props.onRefresh}>
          {t("input.refresh")}
        </Button>
      </div>
      {load.kind === "loading" && <Spinner size="tiny" label={t("input.loading")} />}
      {template.kind === "writing" && <Spinner size="tiny" label={t("input.templateWriting")} />}
      {template.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("input.templateWritten", { names: template.sheetNames.join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}
      {template.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("input.failed", { message: template.message })}</MessageBarBody>
        </MessageBar>
      )}
      {load.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("input.failed", { message: load.message })}</MessageBarBody>
        </MessageBar>
      )}
      {load.kind === "invalid" && <ErrorList errors={load.errors} onSelect={props.onSelectError} />}
      {load.kind === "loaded" && <OverviewPanel overview={load.overview} />}
    </div>
  );
}
