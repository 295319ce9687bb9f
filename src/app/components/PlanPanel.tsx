import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Divider,
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
import type { TransitionPlanSummary } from "../../engine/transitionPlanSummary";
import { useI18n } from "../../i18n/I18nContext";
import { localeOf } from "../../i18n/format";
import { writeTransitionPlan } from "../actions/writeTransitionPlan";
import { finishedOrShow, useJob } from "../state/useJob";
import { useScenarioChoice } from "../state/useScenarioChoice";
import { ErrorList } from "./ErrorList";
import { ScenarioSelect } from "./ScenarioSelect";

export interface PlanPanelProps {
  host: WorkbookHost;
  engine: AbortableEngine;
  /** The workbook's visible sheets (null while being listed). */
  sheets: string[] | null;
  /** The input sheets the simulation reads; null until they are loaded (step 1). */
  inputs: InputSheets | null;
}

type Status =
  | { kind: "idle" }
  | { kind: "writing" }
  | { kind: "written"; sheetName: string; summary: TransitionPlanSummary }
  | { kind: "invalid"; errors: CellError[] }
  | { kind: "failed"; message: string };

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/**
 * The transition plan (issue 18): choose a scenario sheet or a search proposal, then write a new
 * sheet with the events at the lease ends and every budget year's cost and CO2e. The newest plan
 * sheet's edited inputs and event dates carry over.
 */
export function PlanPanel({ host, engine, sheets, inputs }: PlanPanelProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const { found, choice, setChoice, addWritten } = useScenarioChoice(host, sheets, "");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const job = useJob();

  const planSheet = found.plans.at(-1) ?? null;

  const onWrite = async () => {
    if (inputs === null || choice === "") return;
    setStatus({ kind: "writing" });
    const result = await job.start((signal) =>
      writeTransitionPlan(host, engine, signal, lang, { scenarioSheet: choice, planSheet, inputs }),
    );
    const finished = finishedOrShow(result, setStatus);
    if (!finished) return;
    const outcome = finished.value;
    setStatus(outcome);
    if (outcome.kind === "invalid") {
      const first = outcome.errors.find((e) => e.sheet);
      if (first) host.selectCell(first.sheet, first.cell).catch(() => undefined);
      return;
    }
    addWritten("plans", outcome.sheetName);
  };

  const kr = (x: number) =>
    new Intl.NumberFormat(localeOf(lang), {
      style: "currency",
      currency: "DKK",
      maximumFractionDigits: 0,
    }).format(x);
  const written = status.kind === "written" ? status.summary : null;

  return (
    <>
      <Divider />
      <section className={styles.panel} aria-label={t("plan.title")}>
        <Subtitle2 as="h2">{t("plan.title")}</Subtitle2>
        <Body1>{t("plan.intro")}</Body1>
        {found.scenarios.length === 0 ? (
          <Caption1>{t("plan.noScenario")}</Caption1>
        ) : (
          <ScenarioSelect
            label={t("plan.scenario")}
            found={found}
            value={choice}
            onChange={setChoice}
            disabled={status.kind === "writing"}
          />
        )}
        {planSheet !== null && <Caption1>{t("plan.inputsFrom", { name: planSheet })}</Caption1>}
        <div className={styles.buttons}>
          <Button
            disabled={status.kind === "writing" || inputs === null || choice === ""}
            onClick={() => void onWrite()}
          >
            {t("plan.write")}
          </Button>
          {status.kind === "writing" && <Spinner size="tiny" label={t("plan.writing")} />}
        </div>
        {status.kind === "written" && written && (
          <MessageBar intent="success">
            <MessageBarBody>
              {t("plan.written", {
                name: status.sheetName,
                events: String(written.events.length),
                first: String(written.firstYear),
                last: String(written.lastYear),
                saving: kr(written.years.at(-1)?.cumulativeSaving ?? 0),
                goal:
                  written.firstYearGoalMet !== null
                    ? t("plan.goalMet", { year: String(written.firstYearGoalMet) })
                    : t("plan.goalNotMet"),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "invalid" && (
          <ErrorList
            errors={status.errors}
            onSelect={(e) => void host.selectCell(e.sheet, e.cell).catch(() => undefined)}
          />
        )}
        {status.kind === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{t("plan.failed", { message: status.message })}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    </>
  );
}
