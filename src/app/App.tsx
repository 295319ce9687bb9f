import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Caption1, Divider, Subtitle1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { PaneTabs, type PaneSection } from "./components/PaneTabs";
import type { WorkbookHost } from "../workbook/workbookHost";
import type { AbortableEngine } from "../worker/client";
import type { CellError } from "../workbook/read/cellError";
import { I18nProvider, useI18n } from "../i18n/I18nContext";
import type { Language } from "../i18n/translate";
import {
  mappingProblem,
  refreshMapping,
  toInputSheets,
  type MappingKey,
  type SheetMapping,
} from "./state/sheetMapping";
import { initialLoadState, loadReducer } from "./state/loadReducer";
import { canEditInputs, initialRunState, runErrors, runReducer } from "./state/runReducer";
import {
  formProblems,
  initialForm,
  isTodaysFleet,
  toScenarioRequest,
  type SimulationForm,
} from "./state/simulationForm";
import { runScenario } from "./actions/runScenario";
import { DashboardsPanel } from "./components/DashboardsPanel";
import { createTemplate } from "./actions/createTemplate";
import { errorMessage } from "./actions/errorMessage";
import { InputStep, type TemplateState } from "./components/InputStep";
import { SimulationFormView } from "./components/SimulationFormView";
import { RunPanel } from "./components/RunPanel";
import { ResultSummary } from "./components/ResultSummary";
import { ErrorList } from "./components/ErrorList";
import { BusinessCasePanel } from "./components/BusinessCasePanel";
import { PlanPanel } from "./components/PlanPanel";
import { AggregatePanel } from "./components/AggregatePanel";
import { SearchPanel } from "./components/SearchPanel";
import { ColumnMappingStep } from "./components/ColumnMappingStep";
import { DataToolsPanel } from "./components/DataToolsPanel";
import { loadWithRememberedMapping } from "./actions/columnMapping";
import { useColumnMappingStep } from "./state/useColumnMappingStep";
import { LocationPicker } from "./components/LocationPicker";
import { poolOverview, poolRequest, pooledName } from "./state/pooledLocations";
import { finishedOrShow, useJob } from "./state/useJob";

export interface AppProps {
  /** Where the workbook lives: Excel (office.js) or an .xlsx file in the browser. */
  host: WorkbookHost;
  engine: AbortableEngine;
  language: Language;
}

/** The whole pane, the same in Excel and in the browser page: only the host differs. */
export function App({ host, engine, language }: AppProps) {
  return (
    <I18nProvider lang={language}>
      <Workflow host={host} engine={engine} />
    </I18nProvider>
  );
}

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "560px",
    // The pane is 350 px wide in Excel: nothing inside may push it wider.
    minWidth: 0,
    boxSizing: "border-box",
  },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function Workflow({ host, engine }: { host: WorkbookHost; engine: AbortableEngine }) {
  const { lang, t } = useI18n();
  const styles = useStyles();

  const [sheets, setSheets] = useState<string[] | null>(null);
  const [mapping, setMapping] = useState<SheetMapping>({ vehicles: null, trips: null, parameters: null });
  const [load, dispatchLoad] = useReducer(loadReducer, initialLoadState);
  const [form, setForm] = useState<SimulationForm | null>(null);
  const [run, dispatchRun] = useReducer(runReducer, initialRunState);
  const [template, setTemplate] = useState<TemplateState>({ kind: "idle" });
  const [selectProblem, setSelectProblem] = useState<string | null>(null);
  const [section, setSection] = useState<PaneSection>("data");
  const columnStep = useColumnMappingStep(host);
  // Two or more locations pooled into one fleet; the form then works on them as one location.
  const [pool, setPool] = useState<string[]>([]);
  const formOverview = useMemo(
    () => (load.kind === "loaded" ? poolOverview(load.overview, pool) : null),
    [load, pool],
  );

  // One job of each kind: a new one aborts the one before it, and closing the pane (or opening
  // another file in the browser) aborts them all, so no worker is left running.
  const loadJob = useJob();
  const runJob = useJob();
  const templateJob = useJob();
  const nextRunId = useRef(1);
  // The runs that simulated today's fleet unchanged: their saving needs its explanation.
  const todaysFleetRuns = useRef(new Set<number>());

  const listSheets = useCallback(async () => {
    try {
      const names = await host.listSheets();
      setSheets(names);
      setMapping((previous) => refreshMapping(previous, names));
    } catch (error) {
      setSheets([]);
      setTemplate({ kind: "failed", message: errorMessage(error) });
    }
  }, [host]);

  useEffect(() => {
    void listSheets();
  }, [listSheets]);

  const selectError = useCallback(
    (error: CellError) => {
      setSelectProblem(null);
      if (!error.sheet) return; // a request error (unknown location) points at no cell
      host.selectCell(error.sheet, error.cell).catch((e: unknown) => {
        // Not fatal (the sheet may have been renamed since), but the user should know why nothing moved.
        setSelectProblem(
          t("errors.selectFailed", { cell: `${error.sheet}!${error.cell}`, message: errorMessage(e) }),
        );
      });
    },
    [host, t],
  );

  const forgetLoadedData = () => {
    loadJob.cancel();
    dispatchLoad({ type: "reset" });
    dispatchRun({ type: "reset" });
    setForm(null);
    setPool([]);
  };

  const onMappingChange = (key: MappingKey, sheet: string | null) => {
    setMapping((previous) => ({ ...previous, [key]: sheet }));
    forgetLoadedData();
    columnStep.close();
  };

  const onLoad = async () => {
    const inputs = toInputSheets(mapping);
    if (!inputs) return;
    dispatchRun({ type: "reset" });
    setForm(null);
    const result = await loadJob.start((signal) =>
      loadWithRememberedMapping({ host, engine, signal, dispatch: dispatchLoad }, inputs),
    );
    // The load puts its own cancel and failure in the load state; only a finished load has a follow-up.
    if (result.status !== "done") return;
    const { outcome, needs, stored } = result.value;
    columnStep.offer(needs, stored);
    if (outcome.type === "loaded") {
      setForm(initialForm(outcome.overview));
      setPool([]);
      // Loaded data is what the next step works on: take the user there.
      setSection("simulate");
    }
    if (outcome.type === "rejected" && outcome.errors.length > 0) selectError(outcome.errors[0]);
  };

  const onCreateTemplate = async () => {
    setTemplate({ kind: "writing" });
    const result = await templateJob.start((signal) => createTemplate(host, engine, signal, lang));
    const finished = finishedOrShow(result, setTemplate);
    if (!finished) return;
    setTemplate({ kind: "written", sheetNames: finished.value });
    forgetLoadedData();
    await listSheets();
  };

  const onRun = async () => {
    if (load.kind !== "loaded" || form === null) return;
    const runId = nextRunId.current++;
    const overview = formOverview ?? load.overview;
    if (isTodaysFleet(form, overview)) todaysFleetRuns.current.add(runId);
    const request = poolRequest(toScenarioRequest(form, overview, lang), pool);
    const result = await runJob.start((signal) =>
      runScenario({ host, engine, signal, dispatch: dispatchRun }, runId, load.inputs, request),
    );
    // The run puts its own cancel and failure in the run state; only a finished run has a follow-up.
    if (result.status !== "done") return;
    const outcome = result.value;
    if (outcome.type === "rejected" && outcome.errors.length > 0) selectError(outcome.errors[0]);
    // New result sheets exist now; the drop-downs should offer them too.
    if (outcome.type === "succeeded") await listSheets();
  };

  const onCancel = runJob.cancel;

  const onPoolChange = (names: string[]) => {
    setPool(names);
    if (load.kind !== "loaded") return;
    const pooled = names.length >= 2 ? pooledName(names) : undefined;
    setForm(initialForm(poolOverview(load.overview, names), pooled));
  };

  const editable = canEditInputs(run);
  const problem = mappingProblem(mapping);
  const formReady = load.kind === "loaded" && form !== null && formProblems(form).length === 0;

  return (
    <main className={styles.app}>
      <header>
        <Subtitle1 as="h1">{t("app.title")}</Subtitle1>
        <div>
          <Caption1>{t("app.tagline")}</Caption1>
        </div>
      </header>

      <PaneTabs selected={section} onSelect={setSection}>
        {{
          data: (
            <section className={styles.step} aria-label={t("step.input")}>
              <Subtitle2 as="h2">{t("step.input")}</Subtitle2>
              <InputStep
                sheets={sheets}
                mapping={mapping}
                problem={problem}
                load={load}
                template={template}
                editable={editable}
                onMappingChange={onMappingChange}
                onRefresh={() => void listSheets()}
                onLoad={() => void onLoad()}
                onCreateTemplate={() => void onCreateTemplate()}
                onSelectError={selectError}
              />
              {columnStep.step && (
                <ColumnMappingStep
                  key={columnStep.step.offer}
                  needs={columnStep.step.needs}
                  saving={columnStep.step.saving}
                  failure={columnStep.step.failure}
                  onSave={(choices) =>
                    void columnStep.save(choices).then((saved) => {
                      if (saved) void onLoad();
                    })
                  }
                />
              )}
              {load.kind === "loaded" && (
                <DataToolsPanel
                  host={host}
                  engine={engine}
                  inputs={load.inputs}
                  disabled={!editable}
                  onSelectError={selectError}
                  onWritten={() => void listSheets()}
                />
              )}
            </section>
          ),
          simulate:
            load.kind === "loaded" && form !== null ? (
              <>
                <section className={styles.step} aria-label={t("step.form")}>
                  <Subtitle2 as="h2">{t("step.form")}</Subtitle2>
                  <LocationPicker
                    overview={load.overview}
                    selected={pool}
                    disabled={!editable}
                    onChange={onPoolChange}
                  />
                  <SimulationFormView
                    overview={formOverview ?? load.overview}
                    form={form}
                    disabled={!editable}
                    onChange={setForm}
                  />
                  <RunPanel run={run} formReady={formReady} onRun={() => void onRun()} onCancel={onCancel} />
                  <ErrorList errors={runErrors(run)} onSelect={selectError} />
                  <DashboardsPanel
                    host={host}
                    engine={engine}
                    inputs={load.inputs}
                    request={() =>
                      formReady
                        ? poolRequest(toScenarioRequest(form, formOverview ?? load.overview, lang), pool)
                        : null
                    }
                    disabled={!formReady || !editable}
                    onSelectError={selectError}
                    onWritten={() => void listSheets()}
                  />
                </section>
                {run.kind === "done" && (
                  <>
                    <Divider />
                    <section className={styles.step} aria-label={t("step.result")}>
                      <Subtitle2 as="h2">{t("step.result")}</Subtitle2>
                      <ResultSummary
                        summary={run.summary}
                        sheetNames={run.sheetNames}
                        comparisonError={run.comparisonError}
                        sameVehicles={todaysFleetRuns.current.has(run.runId)}
                      />
                    </section>
                  </>
                )}
              </>
            ) : (
              <Caption1>{t("tabs.loadFirst")}</Caption1>
            ),
          search:
            load.kind === "loaded" && form !== null ? (
              <SearchPanel
                host={host}
                engine={engine}
                overview={formOverview ?? load.overview}
                inputs={load.inputs}
                scenario={
                  formReady
                    ? poolRequest(toScenarioRequest(form, formOverview ?? load.overview, lang), pool)
                    : null
                }
                busy={!editable}
                onSelectError={selectError}
                onWritten={() => void listSheets()}
              />
            ) : (
              <Caption1>{t("tabs.loadFirst")}</Caption1>
            ),
          plan: (
            <PlanPanel
              host={host}
              engine={engine}
              sheets={sheets}
              inputs={load.kind === "loaded" ? load.inputs : null}
            />
          ),
          businessCase: <BusinessCasePanel host={host} engine={engine} sheets={sheets} />,
          aggregate: (
            <AggregatePanel
              host={host}
              engine={engine}
              onTripsWritten={(tripsSheet) =>
                // The trips just aggregated are what the user simulates next.
                void listSheets().then(() => {
                  setMapping((previous) => ({ ...previous, trips: tripsSheet }));
                  setSection("data");
                })
              }
            />
          ),
        }}
      </PaneTabs>

      {selectProblem !== null && <Caption1 role="status">{selectProblem}</Caption1>}
    </main>
  );
}
