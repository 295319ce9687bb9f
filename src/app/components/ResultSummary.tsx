import { Component, Fragment, Suspense, lazy, type ReactNode } from "react";
import {
  Body1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ScenarioSummary } from "../../core/scenario/scenarioSummary";
import { UNALLOCATED_REASONS } from "../../core/simulation/rules/ruleTypes";
import { useI18n } from "../../i18n/I18nContext";
import { reasonLabel, type Language, type MessageKey, type Translate } from "../../i18n/translate";
import { formatInteger, formatIsoDate, formatKroner, formatTonnes } from "../../i18n/format";
import { allocationFact } from "../../i18n/allocationFact";
import { en } from "../../i18n/messages/en";

export interface ResultSummaryProps {
  summary: ScenarioSummary;
  /** The sheets the result was written to, as the host named them. */
  sheetNames: string[];
  /** Why the scenario comparison sheet was not updated, if it was not. */
  comparisonError?: string;
  /** The simulated fleet was today's, unchanged: a saving needs saying where it comes from. */
  sameVehicles?: boolean;
}

const useStyles = makeStyles({
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  savings: { textAlign: "right", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  chart: { margin: 0, maxWidth: "100%", overflow: "hidden" },
  value: { margin: 0, fontVariantNumeric: "tabular-nums" },
});

// Fluent's charts (with d3) are fetched only once a result is shown.
const ResultChart = lazy(() => import(/* webpackChunkName: "result-chart" */ "./ResultChart"));

/** A chart that cannot load (an offline pane, a failed chunk) leaves the figures, which say it all. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** The figures of a finished run, the same object `fleetopt simulate --json` prints. */
export function ResultSummary({ summary, sheetNames, comparisonError, sameVehicles }: ResultSummaryProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const kr = (n: number) => formatKroner(n, lang);
  const tonnes = (n: number) => formatTonnes(n, lang);
  const { current, simulated } = summary;

  const rows: { key: string; label: string; current: string; simulated: string; savings: string }[] = [
    {
      key: "cost",
      label: t("result.yearlyCost"),
      current: kr(current.yearlyCost),
      simulated: kr(simulated.yearlyCost),
      savings: kr(summary.financialSavings),
    },
    {
      key: "co2e",
      label: t("result.co2e"),
      current: tonnes(current.yearlyCo2eTonnes),
      simulated: tonnes(simulated.yearlyCo2eTonnes),
      savings: tonnes(summary.co2eSavingsTonnes),
    },
  ];

  const facts: [string, string][] = [
    [t("result.location"), summary.location],
    [
      t("result.period"),
      t("result.periodValue", {
        from: formatIsoDate(summary.fromDate, lang),
        to: formatIsoDate(summary.toDate, lang),
        days: formatInteger(summary.periodDays, lang),
      }),
    ],
    [t("result.trips"), formatInteger(summary.trips, lang)],
    [
      t("result.unallocated"),
      `${formatInteger(current.unallocatedTrips, lang)} → ${formatInteger(simulated.unallocatedTrips, lang)}`,
    ],
    [t("result.allowance"), `${kr(current.allowance)} → ${kr(simulated.allowance)}`],
    ...allocationFact(summary, t, lang),
  ];

  const reasons = unallocatedReasons(summary);

  return (
    <section className={styles.summary} aria-label={t("result.title")}>
      <Body1>{t("result.sheets", { names: sheetNames.join(", ") })}</Body1>
      {comparisonError !== undefined && (
        <Body1 role="alert">{t("result.comparisonFailed", { message: comparisonError })}</Body1>
      )}
      {sameVehicles === true && <Body1>{sameVehiclesText(summary, lang, t)}</Body1>}
      <Table size="extra-small" aria-label={t("result.title")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("result.heading.figure")}</TableHeaderCell>
            <TableHeaderCell>{t("result.heading.current")}</TableHeaderCell>
            <TableHeaderCell>{t("result.heading.simulated")}</TableHeaderCell>
            <TableHeaderCell>{t("result.heading.savings")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell>{r.label}</TableCell>
              <TableCell className={styles.number}>{r.current}</TableCell>
              <TableCell className={styles.number}>{r.simulated}</TableCell>
              <TableCell className={styles.savings}>{r.savings}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {current.yearlyCost > 0 && current.yearlyCo2eTonnes > 0 && (
        <figure className={styles.chart} aria-label={t("result.chart")}>
          <figcaption className={styles.term}>{t("result.chart")}</figcaption>
          <ChartBoundary>
            <Suspense fallback={null}>
              <ResultChart
                figures={[
                  [t("result.yearlyCost"), current.yearlyCost, simulated.yearlyCost],
                  [t("result.co2e"), current.yearlyCo2eTonnes, simulated.yearlyCo2eTonnes],
                ]}
                todayLabel={t("result.heading.current")}
                simulatedLabel={t("result.heading.simulated")}
                language={lang}
                width={300}
              />
            </Suspense>
          </ChartBoundary>
        </figure>
      )}
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {reasons.length > 0 && (
        <Table size="extra-small" aria-label={t("result.reasons")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("result.reasons")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("result.reasonTrips")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reasons.map(([reason, count]) => (
              <TableRow key={reason}>
                <TableCell>{reasonLabel(lang, reason)}</TableCell>
                <TableCell className={styles.number}>{formatInteger(count, lang)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

/**
 * Why today's fleet, simulated unchanged, costs less (or more) than its recorded use: only the
 * allocation of the trips differs.
 */
function sameVehiclesText(summary: ScenarioSummary, lang: Language, t: Translate): string {
  const key = `result.allocationName.${summary.allocation}`;
  const allocation = key in en ? t(key as MessageKey) : summary.allocation;
  if (summary.financialSavings <= 0) return t("result.sameVehicles.noSaving", { allocation });
  return t("result.sameVehicles.saving", {
    saving: formatKroner(summary.financialSavings, lang),
    allocation,
  });
}

/**
 * Why the simulated fleet left trips over, as [reason, trips] with a count above 0: the engine's
 * reasons in their fixed order, then any reason this pane does not know yet (shown as sent).
 */
export function unallocatedReasons(summary: ScenarioSummary): [string, number][] {
  const counts: Record<string, number | undefined> = summary.unallocatedReasons ?? {};
  const known: readonly string[] = UNALLOCATED_REASONS;
  const order = [...known, ...Object.keys(counts).filter((r) => !known.includes(r))];
  return order.map((r): [string, number] => [r, counts[r] ?? 0]).filter(([, n]) => n > 0);
}
