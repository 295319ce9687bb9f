import { useEffect, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../../workbook/workbookHost";
import type { AbortableEngine } from "../../worker/client";
import { isAbortError } from "../../worker/client";
import type { CellError } from "../../workbook/read/cellError";
import type { BusinessCaseSummary } from "../../core/businesscase/businessCaseSummary";
import { useI18n } from "../../i18n/I18nContext";
import { localeOf } from "../../i18n/format";
import { findResultSheets, type ResultSheets } from "../actions/findResultSheets";
import { writeBusinessCase } from "../actions/writeBusinessCase";
import { errorMessage } from "../actions/errorMessage";
import { ErrorList } from "./ErrorList";

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
  const [found, setFound] = useState<ResultSheets>({ scenarios: [], businessCases: [] });
  const [choice, setChoice] = useState<string>(NONE);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const job = useRef<AbortController | null>(null);

  useEffect(() => {
    if (sheets === null) return;
    let current = true;
    findResultSheets(host, sheets).then(
      (result) => {
        if (!current) return;
        setFound(result);
        // The newest scenario (last in tab order) is the likely one; "none" when there is none.
        setChoice((previous) =>
          result.scenarios.includes(previous) ? previous : (result.scenarios.at(-1) ?? NONE),
        );
      },
      // Not being able to read titles only means no scenario is offered; the report's example still works.
      () => current && setFound({ scenarios: [], businessCases: [] }),
    );
    return () => {
      current = false;
    };
  }, [host, sheets]);

  useEffect(() => () => job.current?.abort(), []);

  const inputsSheet = found.businessCases.at(-1) ?? null;

  const onWrite = async () => {
    job.current?.abort();
    const controller = new AbortController();
    job.current = controller;
    setStatus({ kind: "writing" });
    try {
      const outcome = await writeBusinessCase(host, engine, controller.signal, lang, {
        scenarioSheet: choice === NONE ? null : choice,
        inputsSheet,
      });
      if (outcome.kind === "invalid") {
        setStatus(outcome);
        const first = outcome.errors.find((e) => e.sheet);
        if (first) host.selectCell(first.sheet, first.cell).catch(() => undefined);
        return;
      }
      setStatus(outcome);
      setFound((f) => ({ ...f, businessCases: [...f.businessCases, outcome.sheetName] }));
    } catch (error) {
      setStatus(isAbortError(error) ? { kind: "idle" } : { kind: "failed", message: errorMessage(error) });
    }
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
        <Field label={t("businessCase.scenario")}>
          <Select
            value={choice}
            disabled={status.kind === "writing"}
            onChange={(_, data) => setChoice(data.value)}
          >
            <option value={NONE}>{t("businessCase.noScenario")}</option>
            {found.scenarios.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
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
