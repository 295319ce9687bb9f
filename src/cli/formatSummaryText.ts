import type { ScenarioSummary } from "../core/scenario/scenarioSummary";

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
  ];
  return `${lines.join("\n")}\n`;
}
