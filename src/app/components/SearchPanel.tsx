import { useEffect, useReducer, useRef, useState } from "react";
import { pooledName } from "../state/pooledLocations";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Slider,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import type { InputOverview, InputSheets } from "../../engine/api";
import type { ScenarioRequest } from "../../core/scenario/scenarioRequest";
import type { CellError } from "../../workbook/read/cellError";
import {
  candidatesOf,
  initialSearchForm,
  searchFormProblems,
  toSearchRequest,
  type SearchForm,
} from "../state/searchForm";
import { bestSoFar, initialSearchState, searchReducer, type SearchState } from "../state/searchReducer";
import { runSearch } from "../actions/runSearch";
import { useJob } from "../state/useJob";
import { ErrorList } from "./ErrorList";
import { useI18n } from "../../i18n/I18nContext";
import type { Language, MessageKey, Translate } from "../../i18n/translate";
import type { SearchSummary } from "../../core/search/searchResult";
import { progressText } from "../../i18n/progressText";

export interface SearchPanelProps {
  host: WorkbookHost;
  engine: AbortableEngine;
  overview: InputOverview;
  inputs: InputSheets;
  /** The simulation form's request (location, period, current fleet, settings); null while it has problems. */
  scenario: ScenarioRequest | null;
  /** The simulation above is running: one job at a time keeps the pane's state simple. */
  busy: boolean;
  onSelectError: (error: CellError) => void;
  /** New sheets were written (the pane refreshes its sheet lists). */
  onWritten: () => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  list: { display: "flex", flexDirection: "column", maxHeight: "180px", overflowY: "auto" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
  results: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const GOAL_FIELDS: { key: keyof SearchForm; label: MessageKey; problem: MessageKey }[] = [
  { key: "co2eReductionPct", label: "search.co2eReduction", problem: "search.problem.co2e" },
  { key: "maxExtraCostDkk", label: "search.maxExtraCost", problem: "search.problem.extraCost" },
  { key: "allowedUnallocatedTrips", label: "search.allowedUnallocated", problem: "search.problem.allowed" },
  { key: "maxUnallocatedKm", label: "search.maxUnallocatedKm", problem: "search.problem.maxKm" },
  { key: "iterations", label: "search.iterations", problem: "search.problem.iterations" },
];

/**
 * The automatic search: goals, locked vehicles and candidate models; runs in the worker with its
 * phase, iteration and best fleet so far; cancel keeps the best found; the proposals are written
 * as scenario sheets plus the Search sheet with the Pareto front.
 */
export function SearchPanel(props: SearchPanelProps) {
  const { host, engine, overview, inputs, scenario, busy, onSelectError, onWritten } = props;
  const { lang, t } = useI18n();
  const styles = useStyles();
  const [form, setForm] = useState<SearchForm>(() => initialSearchForm(overview));
  const [state, dispatch] = useReducer(searchReducer, initialSearchState);
  const job = useJob();
  const nextRunId = useRef(1);
  useEffect(() => setForm(initialSearchForm(overview)), [overview]);

  const running = state.kind === "running" || state.kind === "writing";
  const problems = searchFormProblems(form);
  // A pooled scenario names its locations; the overview holds their vehicles under the pool's name.
  const location = scenario?.locations?.length ? pooledName(scenario.locations) : (scenario?.location ?? "");
  const locationVehicles = overview.vehicles.filter((v) => v.location === location);
  const candidates = candidatesOf(overview);
  const set = (patch: Partial<SearchForm>) => setForm((previous) => ({ ...previous, ...patch }));
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...new Set([...list, id])] : list.filter((x) => x !== id);

  const onStart = async () => {
    if (!scenario) return;
    const runId = nextRunId.current++;
    const request = toSearchRequest(form, { ...scenario, language: lang }, overview);
    const result = await job.start((signal) =>
      runSearch({ host, engine, signal, dispatch }, runId, inputs, request),
    );
    // runSearch puts its own cancel and failure in the state; a cancel that kept proposals is done.
    if (result.status !== "done") return;
    const outcome = result.value;
    if (outcome.type === "rejected" && outcome.errors[0]) onSelectError(outcome.errors[0]);
    if (outcome.type === "succeeded") onWritten();
  };

  return (
    <>
      <Divider />
      <section className={styles.panel} aria-label={t("search.title")}>
        <Subtitle2 as="h2">{t("search.title")}</Subtitle2>
        <Caption1>{t("search.hint")}</Caption1>
        <div className={styles.row}>
          {GOAL_FIELDS.map(({ key, label, problem }) => (
            <Field
              key={key}
              label={t(label)}
              validationState={problems.includes(problem) ? "error" : "none"}
              validationMessage={problems.includes(problem) ? t(problem) : undefined}
            >
              <Input
                value={String(form[key])}
                disabled={running}
                inputMode="decimal"
                onChange={(_, data) => set({ [key]: data.value } as Partial<SearchForm>)}
              />
            </Field>
          ))}
        </div>
        <Field label={t("search.priority", { value: form.priority })} hint={t("search.priorityHint")}>
          <Slider
            min={0}
            max={10}
            step={1}
            value={form.priority}
            disabled={running}
            onChange={(_, data) => set({ priority: data.value })}
          />
        </Field>
        <Switch
          label={t("search.lockByLease")}
          checked={form.lockByLease}
          disabled={running}
          onChange={(_, data) => set({ lockByLease: data.checked })}
        />
        {!form.lockByLease && (
          <fieldset className={styles.list} aria-label={t("search.locked")}>
            <legend>{t("search.locked")}</legend>
            {locationVehicles.map((v) => (
              <Checkbox
                key={v.id}
                label={`${v.name} (${v.id})`}
                checked={form.lockedIds.includes(v.id)}
                disabled={running}
                onChange={(_, data) =>
                  set({ lockedIds: toggle(form.lockedIds, v.id, data.checked === true) })
                }
              />
            ))}
          </fieldset>
        )}
        <fieldset className={styles.list} aria-label={t("search.candidates")}>
          <legend>{t("search.candidates")}</legend>
          {candidates.length === 0 && <Caption1>{t("search.noCandidates")}</Caption1>}
          {candidates.map((v) => (
            <Checkbox
              key={v.id}
              label={`${v.modelLabel} (${v.id})`}
              checked={form.candidateIds.includes(v.id)}
              disabled={running}
              onChange={(_, data) =>
                set({ candidateIds: toggle(form.candidateIds, v.id, data.checked === true) })
              }
            />
          ))}
        </fieldset>
        {!scenario && <Caption1>{t("search.formFirst")}</Caption1>}
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            disabled={running || busy || !scenario || problems.length > 0}
            onClick={() => void onStart()}
          >
            {t("search.start")}
          </Button>
          {state.kind === "running" && <Button onClick={job.cancel}>{t("search.cancel")}</Button>}
        </div>
        <SearchStatus state={state} t={t} lang={lang} />
        {state.kind === "rejected" && <ErrorList errors={state.errors} onSelect={onSelectError} />}
      </section>
    </>
  );
}

function SearchStatus({ state, t, lang }: { state: SearchState; t: Translate; lang: Language }) {
  const styles = useStyles();
  const best = bestSoFar(state);
  const kr = (n: number) => `${Math.round(n).toLocaleString(lang === "da" ? "da-DK" : "en-GB")} kr`;
  const tonnes = (n: number) =>
    `${n.toLocaleString(lang === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 2 })} t`;
  return (
    <>
      {state.kind === "running" && (
        <Field
          label={t("search.progress")}
          validationState="none"
          validationMessage={state.progress ? progressText(lang, state.progress) : t("search.starting")}
        >
          {/* A step that does not know how far it is gets an indeterminate bar. */}
          <ProgressBar value={state.progress?.fraction ?? undefined} max={1} />
        </Field>
      )}
      {state.kind === "writing" && (
        <Body1>{t(state.cancelled ? "search.writingKept" : "search.writing")}</Body1>
      )}
      {state.kind === "running" && best && best.solutions[0] && (
        <Body1 role="status">
          {t("search.bestSoFar", {
            cost: kr(best.solutions[0].yearlyCost),
            co2e: tonnes(best.solutions[0].yearlyCo2eTonnes),
            meets: t(best.solutions[0].meetsGoals ? "search.meets" : "search.misses"),
          })}
        </Body1>
      )}
      {state.kind === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{t("search.cancelledNothing")}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("search.failed", { message: state.message })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <SearchResults
          summary={state.summary}
          sheetNames={state.sheetNames}
          cancelled={state.cancelled}
          t={t}
          kr={kr}
          tonnes={tonnes}
          className={styles.results}
        />
      )}
    </>
  );
}

function SearchResults(props: {
  summary: SearchSummary;
  sheetNames: string[];
  cancelled: boolean;
  t: Translate;
  kr: (n: number) => string;
  tonnes: (n: number) => string;
  className: string;
}) {
  const { summary, sheetNames, cancelled, t, kr, tonnes, className } = props;
  return (
    <div role="status" aria-label={t("search.results")}>
      {cancelled && (
        <MessageBar intent="info">
          <MessageBarBody>{t("search.cancelledKept")}</MessageBarBody>
        </MessageBar>
      )}
      <Body1>
        {t("search.today", {
          cost: kr(summary.current.yearlyCost),
          co2e: tonnes(summary.current.yearlyCo2eTonnes),
        })}
      </Body1>
      {summary.solutions.length === 0 ? (
        <Body1>{t("search.noSolutions")}</Body1>
      ) : (
        <ol className={className}>
          {summary.solutions.map((s, i) => (
            <li key={i}>
              {t("search.solution", {
                cost: kr(s.yearlyCost),
                co2e: tonnes(s.yearlyCo2eTonnes),
                unallocated: s.unallocatedTrips,
                meets: t(s.meetsGoals ? "search.meets" : "search.misses"),
              })}{" "}
              {s.changes
                .filter((c) => c.difference !== 0)
                .map((c) => `${c.difference > 0 ? "+" : ""}${c.difference} ${c.model}`)
                .join(", ")}
            </li>
          ))}
        </ol>
      )}
      <Caption1>
        {t("search.written", { sheets: sheetNames.join(", "), points: summary.paretoFront.length })}
      </Caption1>
    </div>
  );
}
