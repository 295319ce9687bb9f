/**
 * The result's one small chart: cost and CO2e of the simulated fleet against today's, each as a
 * share of today's (today = 100 %), so two different units can stand side by side honestly.
 * Only this module imports @fluentui/react-charts (d3 and all): ResultSummary loads it with a
 * dynamic import(), so the pane's first bundle stays without it.
 */
import { GroupedVerticalBarChart } from "@fluentui/react-charts";
import type { Language } from "../../i18n/translate";
import { localeOf } from "../../i18n/format";

export interface ResultChartProps {
  /** [label, today, simulated] per figure; today above 0. */
  figures: [string, number, number][];
  todayLabel: string;
  simulatedLabel: string;
  language: Language;
  width: number;
}

/** Today's colour and the simulated fleet's (Office theme accents 1 and 6). */
const TODAY = "#4472C4";
const SIMULATED = "#70AD47";

export default function ResultChart({
  figures,
  todayLabel,
  simulatedLabel,
  language,
  width,
}: ResultChartProps) {
  const percent = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 });
  return (
    <GroupedVerticalBarChart
      width={width}
      height={170}
      enableReflow={false}
      // Fluent's 16 px bars are narrower than their labels ("100 %"), which then overlap: bars as
      // wide as the pane allows, so each label sits over its own bar.
      barWidth="auto"
      maxBarWidth={48}
      xAxisInnerPadding={0.25}
      xAxisOuterPadding={0.25}
      yAxisTickFormat={(value: number) => `${percent.format(value)} %`}
      data={figures.map(([name, today, simulated]) => ({
        name,
        series: [
          { key: "today", data: 100, legend: todayLabel, color: TODAY },
          { key: "simulated", data: (simulated / today) * 100, legend: simulatedLabel, color: SIMULATED },
        ],
      }))}
    />
  );
}
