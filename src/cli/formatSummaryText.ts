import type { ScenarioSummary } from "../core/scenario/scenarioSummary";
import { allocationFact } from "../i18n/allocationFact";
import { gapPercent } from "../i18n/progressText";
import { createTranslator } from "../i18n/translate";

const kr = (x: number) => `${Math.round(x).toLocaleString("en-GB")} kr`;
const t = (x: number) => `${x.toFixed(2)} t`;

/** The human-readable summary `fleetopt simulate` prints without --json. */
export function formatSummaryText(s: ScenarioSummary): string {
  const lines = [
    `${s.location}: ${s.fromDate} to ${s.toDate} (${s.periodDays} days), ${s.trips} trips, allocation ${s.allocation}`,
    `                      current        simulated`,
    `Yearly cost      ${kr(s.current.yearlyCost).padStart(14)}   ${kr(s.simulated.yearlyCost).padStart(14)}`,
    `CO2e per year    ${t(s.current.yearlyCo2eTonnes).padStart(14)}   ${t(s.simulated.yearlyCo2eTonnes).padStart(14)}`,
    `Unallocated      ${String(s.current.unallocatedTrips).padStart(14)}   ${String(s.simulated.unallocatedTrips).padStart(14)}`,
    `Allowance        ${kr(s.current.allowance).padStart(14)}   ${kr(s.simulated.allowance).padStart(14)}`,
    `Saving: ${kr(s.financialSavings)} and ${t(s.co2eSavingsTonnes)} CO2e per year`,
    // The optimal allocation's proof, or its gap (or "no bound yet") and what stopped it: the pane's words.
    ...allocationFact(s, createTranslator("en"), "en").map(([label, text]) => `${label}: ${text}`),
    ...comparisonLines(s),
  ];
  return `${lines.join("\n")}\n`;
}

/** `--compare`: the simulated fleet under simple, greedy and optimal, side by side. */
function comparisonLines(s: ScenarioSummary): string[] {
  const rows = s.allocationComparison;
  if (!rows?.length) return [];
  return [
    "",
    `Allocation compared    yearly cost   CO2e per year   unallocated`,
    ...rows.map((row) => {
      const r = row.report;
      // Only a finite bound gives a gap worth printing (never Infinity or NaN).
      const gap = r && !r.optimal && Number.isFinite(r.bound) ? gapPercent(r.gap, "en") : null;
      const note = r ? (r.optimal ? "  proven optimal" : gap ? `  gap ${gap} %` : "  no bound yet") : "";
      return (
        `${row.method.padEnd(18)} ${kr(row.yearlyCost).padStart(15)} ${t(row.yearlyCo2eTonnes).padStart(15)}` +
        ` ${String(row.unallocatedTrips).padStart(13)}${note}`
      );
    }),
  ];
}
