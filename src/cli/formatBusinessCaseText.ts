import type { BusinessCaseSummary } from "../core/businesscase/businessCaseSummary";

const kr = (x: number) =>
  `${x.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kr`;
const one = (x: number) => x.toFixed(1);

/** The human-readable summary `fleetopt business-case` prints without --json. */
export function formatBusinessCaseText(s: BusinessCaseSummary): string {
  const sc = s.scenario;
  const scenario =
    sc.sheet === null ? "typed figures (no scenario sheet linked)" : `scenario sheet '${sc.sheet}'`;
  const payback = sc.paybackMonths === null ? "never" : `${one(sc.paybackMonths)} months`;
  const lines = [
    `Cost of one car per year        ${kr(s.carCostPerYear)}`,
    `FleetOptimiser, first year      ${kr(s.firstYearCost)} (${kr(s.costPerVehicle)} per vehicle of ${s.vehicles})`,
    `FleetOptimiser, later years     ${kr(s.laterYearsCost)}`,
    `Break-even, first year          ${one(s.breakEvenVehiclesFirstYear)} vehicles (${one(s.shareOfFleet * 100)} % of the fleet)`,
    `Break-even, later years         ${one(s.breakEvenVehiclesLaterYears)} vehicles`,
    `Scenario: ${scenario}: ${sc.vehiclesRemoved} vehicles removed, saving ${kr(sc.yearlySaving)} a year`,
    `  payback of the onboarding: ${payback}; net present value over ${sc.years} years: ${kr(sc.netPresentValue)}`,
  ];
  return `${lines.join("\n")}\n`;
}
