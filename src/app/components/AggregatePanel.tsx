import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import {
  Button,
  Caption1,
  Divider,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { CellError } from "../../workbook/read/cellError";
import { proposeAggregationSheets } from "../../workbook/read/readAggregationInputs";
import {
  aggregateReducer,
  canCancelAggregation,
  initialAggregateState,
  selectionProblem,
  type AggregateSelection,
  type AggregateSelectionKey,
} from "../state/aggregateReducer";
import { runAggregation } from "../actions/runAggregation";
import { importCsv } from "../actions/importCsv";
import { errorMessage } from "../actions/errorMessage";
import { useJob } from "../state/useJob";
import { AggregateStatus, ImportNotice, type ImportState } from "./AggregateStatus";
import { useI18n } from "../../i18n/I18nContext";
import type { MessageKey } from "../../i18n/translate";

export interface AggregatePanelProps {
  host: WorkbookHost;
  engine: AbortableEngine;
  /** Called with the new Ture sheet's name, so the simulation's input can switch to it. */
  onTripsWritten?: (tripsSheet: string) => void;
}

const FIELDS: { key: AggregateSelectionKey; label: MessageKey; empty: MessageKey }[] = [
  { key: "locations", label: "aggregate.locations", empty: "aggregate.none" },
  { key: "logs", label: "aggregate.logs", empty: "aggregate.none" },
  { key: "gpsPoints", label: "aggregate.gpsPoints", empty: "aggregate.none" },
  { key: "vehicles", label: "aggregate.vehicles", empty: "aggregate.inferred" },
  { key: "parameters", label: "aggregate.parameters", empty: "aggregate.defaults" },
];

// Excel forbids ":" in sheet names, so this value can never be a sheet.
const NONE = ":none:";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  fileInput: { display: "none" },
});

/**
 * The "Aggregate" section: choose Lokationer and the logs or GPS points (import a CSV as a new
 * sheet if they are in a file), run in the worker with progress and cancel, and write the new Ture
 * sheet and the precision report. Self-contained: it reads and writes through the host it is given.
 */
export function AggregatePanel({ host, engine, onTripsWritten }: AggregatePanelProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const [sheets, setSheets] = useState<string[]>([]);
  const [selection, setSelection] = useState<AggregateSelection>(emptySelection());
  const [state, dispatch] = useReducer(aggregateReducer, initialAggregateState);
  const [imported, setImported] = useState<ImportState>({ kind: "idle" });
  // A field shows its error once the user has been in it, not before (issue 19).
  const [touched, setTouched] = useState<ReadonlySet<AggregateSelectionKey>>(new Set());
  const job = useJob();
  const nextRunId = useRef(1);
  const fileInput = useRef<HTMLInputElement | null>(null);

  const refresh = useCallback(async () => {
    const names = await host.listSheets().catch(() => [] as string[]);
    setSheets(names);
    setSelection((previous) => keepOrPropose(previous, names));
  }, [host]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const running = state.kind === "running";
  const problem = selectionProblem(selection);

  const onRun = async () => {
    const runId = nextRunId.current++;
    const result = await job.start((signal) =>
      runAggregation({ host, engine, signal, dispatch }, runId, selection, lang),
    );
    // runAggregation puts its own cancel and failure in the state; only a finished run has a follow-up.
    if (result.status !== "done") return;
    const outcome = result.value;
    if (outcome.type === "rejected" && outcome.errors[0]) selectCell(outcome.errors[0]);
    if (outcome.type === "succeeded") {
      await refresh();
      // The plan writes the round trips first (aggregationPlan), so the first name is the Ture sheet.
      if (outcome.sheetNames[0] !== undefined) onTripsWritten?.(outcome.sheetNames[0]);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (fileInput.current) fileInput.current.value = "";
    if (!file) return;
    setImported({ kind: "importing", file: file.name });
    try {
      const { sheetName, kind } = await importCsv(host, file);
      setImported({ kind: "imported", file: file.name, sheet: sheetName });
      await refresh();
      if (kind) setSelection((previous) => ({ ...previous, [kind]: sheetName }));
    } catch (error) {
      setImported({ kind: "failed", file: file.name, message: errorMessage(error) });
    }
  };

  const selectCell = (error: CellError) => {
    if (error.sheet) host.selectCell(error.sheet, error.cell).catch(() => {});
  };

  return (
    <>
      <Divider />
      <section className={styles.panel} aria-label={t("aggregate.title")}>
        <Subtitle2 as="h2">{t("aggregate.title")}</Subtitle2>
        <Caption1>{t("aggregate.hint")}</Caption1>
        {FIELDS.map(({ key, label, empty }) => (
          <Field
            key={key}
            label={t(label)}
            required={key === "locations"}
            validationState={
              problem === "missing" && key === "locations" && !selection.locations && touched.has(key)
                ? "error"
                : "none"
            }
          >
            <Select
              value={selection[key] ?? NONE}
              disabled={running}
              onBlur={() => setTouched((previous) => new Set(previous).add(key))}
              onChange={(_, data) =>
                setSelection((previous) => ({ ...previous, [key]: data.value === NONE ? null : data.value }))
              }
            >
              <option value={NONE}>{t(empty)}</option>
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        {problem === "missing" && <Caption1>{t("aggregate.missing")}</Caption1>}
        {problem === "duplicate" && <Caption1 role="alert">{t("aggregate.duplicate")}</Caption1>}
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={running || problem !== null} onClick={() => void onRun()}>
            {t("aggregate.run")}
          </Button>
          {running && (
            <Button disabled={!canCancelAggregation(state)} onClick={job.cancel}>
              {t("aggregate.cancel")}
            </Button>
          )}
          <input
            ref={fileInput}
            className={styles.fileInput}
            type="file"
            accept=".csv,text/csv"
            aria-label={t("aggregate.importCsv")}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          <Button
            disabled={running || imported.kind === "importing"}
            onClick={() => fileInput.current?.click()}
          >
            {t("aggregate.importCsv")}
          </Button>
          <Button appearance="subtle" disabled={running} onClick={() => void refresh()}>
            {t("aggregate.refresh")}
          </Button>
        </div>
        <ImportNotice state={imported} />
        <AggregateStatus state={state} onSelect={selectCell} />
      </section>
    </>
  );
}

function emptySelection(): AggregateSelection {
  return { locations: null, logs: null, gpsPoints: null, vehicles: null, parameters: null };
}

/** Keeps choices that still name a sheet; proposes the rest from the sheet names. */
function keepOrPropose(previous: AggregateSelection, names: readonly string[]): AggregateSelection {
  const proposed = proposeAggregationSheets(names);
  const next = emptySelection();
  for (const key of Object.keys(next) as AggregateSelectionKey[]) {
    const name = previous[key];
    next[key] = name !== null && names.includes(name) ? name : proposed[key];
  }
  return next;
}
