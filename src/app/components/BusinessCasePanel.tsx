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
import type { CellError } from "../../workbook/read/cellError";
import type { BusinessCaseSummary } from "../../core/businesscase/businessCaseSummary";
import { useI18n } from "../../i18n/I18nContext";
import { localeOf } from "../../i18n/format";
import { writeBusinessCase } from "../actions/writeBusinessCase";
import { finishedOrShow, useJob } from "../state/useJob";
import { useScenarioChoice } from "../state/useScenarioChoice";
import { ErrorList } from "./ErrorList";
import { ScenarioSelect } from "./ScenarioSelect";

export interface BusinessCasePanelProps {
  host: WorkbookHost;
  engine: AbortableEngine;
  /** The workbook's visible sheets (null while being listed); scenario sheets are found among them. */
  sheets: string[] | null;
}

type Status =
  | { kind: "idle" }
  | { kind: "writing" }
  | { kind: "written"; sheetName: string; summary: BusinessCaseSummary }
  | { kind: "invalid"; errors: CellError[] }
  | { kind: "failed"; message: string };

// Excel forbids ":" in sheet names, so this value can never be a sheet.
const NONE = ":none:";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/**
 * The break-even business case: link a scenario sheet (or none), then write a new sheet whose
 * inputs are yellow cells and whose results are live formulas. Independent of the simulation steps.
 */
export function BusinessCasePanel({ host, engine, sheets }: BusinessCasePanelProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  // Without a scenario the report's example is written, so "none" is a choice here.
  const { found, choice, setChoice, addWritten } = useScenarioChoice(host, sheets, NONE);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const job = useJob();

  const inputsSheet = found.businessCases.at(-1) ?? null;

  const onWrite = async () => {
    setStatus({ kind: "writing" });
    const result = await job.start((signal) =>
      writeBusinessCase(host, engine, signal, lang, {
        scenarioSheet: choice === NONE ? null : choice,
        inputsSheet,
      }),
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
    addWritten("businessCases", outcome.sheetName);
  };

  const number = (x: number) =>
    new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
  const percent = (x: number) =>
    new Intl.NumberFormat(localeOf(lang), { style: "percent", minimumFractionDigits: 1 }).format(x);

  return (
    <>
      <Divider />
      <section className={styles.panel} aria-label={t("businessCase.title")}>
        <Subtitle2 as="h2">{t("businessCase.title")}</Subtitle2>
        <Body1>{t("businessCase.intro")}</Body1>
        <ScenarioSelect
          label={t("businessCase.scenario")}
          found={found}
          value={choice}
          onChange={setChoice}
          disabled={status.kind === "writing"}
          none={{ value: NONE, label: t("businessCase.noScenario") }}
        />
        {inputsSheet !== null && <Caption1>{t("businessCase.inputsFrom", { name: inputsSheet })}</Caption1>}
        <div className={styles.buttons}>
          <Button disabled={status.kind === "writing"} onClick={() => void onWrite()}>
            {t("businessCase.write")}
          </Button>
          {status.kind === "writing" && <Spinner size="tiny" label={t("businessCase.writing")} />}
        </div>
        {status.kind === "written" && (
          <MessageBar intent="success">
            <MessageBarBody>
              {t("businessCase.written", {
                name: status.sheetName,
                first: number(status.summary.breakEvenVehiclesFirstYear),
                share: percent(status.summary.shareOfFleet),
                later: number(status.summary.breakEvenVehiclesLaterYears),
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
            <MessageBarBody>{t("businessCase.failed", { message: status.message })}</MessageBarBody>
          </MessageBar>
        )}
      </section>
    </>
  );
}
