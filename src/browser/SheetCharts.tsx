import { Component, Suspense, lazy, type ReactNode } from "react";
import { Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { SheetView } from "../workbook/sheetView";

// Fluent's charts (with d3) are fetched only when a sheet with charts is shown.
const ChartView = lazy(() => import(/* webpackChunkName: "sheet-charts" */ "./ChartView"));

export const CHART_WIDTH = 400;
export const CHART_HEIGHT = 240;

const useStyles = makeStyles({
  strip: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    overflowX: "auto",
    flex: "0 0 auto",
    paddingBottom: tokens.spacingVerticalXS,
  },
  card: {
    flex: `0 0 ${CHART_WIDTH + 16}px`,
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    margin: 0,
  },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    margin: 0,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  placeholder: {
    height: `${CHART_HEIGHT}px`,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
  },
});

/**
 * The sheet's charts side by side under its grid, each drawn from the cells its series point at,
 * so the page shows what Excel would draw without saving the file and opening it elsewhere.
 */
export function SheetCharts({ view }: { view: SheetView }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  if (view.charts.length === 0 && view.undrawnCharts === 0) return null;
  return (
    <div>
      <div
        className={styles.strip}
        // Focusable, so keyboard users can scroll the strip to the charts beyond the first.
        tabIndex={0}
        role="group"
        aria-label={t("browser.charts", { name: view.name })}
      >
        {view.charts.map((chart, i) => (
          <figure key={i} className={styles.card} aria-label={chart.title}>
            <figcaption className={styles.title} title={chart.title}>
              {chart.title}
            </figcaption>
            <ChartBoundary fallback={<Caption1>{t("browser.chartFailed")}</Caption1>}>
              <Suspense
                fallback={
                  <div className={styles.placeholder}>
                    <Spinner size="tiny" label={t("browser.chartLoading")} />
                  </div>
                }
              >
                <ChartView chart={chart} language={lang} width={CHART_WIDTH} height={CHART_HEIGHT} />
              </Suspense>
            </ChartBoundary>
          </figure>
        ))}
      </div>
      {view.undrawnCharts > 0 && (
        <Caption1>{t("browser.chartsUndrawn", { count: view.undrawnCharts })}</Caption1>
      )}
    </div>
  );
}

/** One chart that cannot be drawn (or whose code failed to load) must not take the page with it. */
class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
