import type { BusinessCaseResult } from "./businessCase";
import type { BusinessCaseInputs } from "./inputs";

/**
 * What `fleetopt business-case --json` prints (product.md §6), rounded as the report shows its
 * figures: vehicles to one decimal (2.8; 2.0 prints as 2 in JSON), the share of the fleet to a
 * tenth of a percent (0.009 = 0.9 %, from the unrounded break-even), kroner to øre, months to one
 * decimal. The sheet itself keeps every figure unrounded and only formats it.
 */
export interface BusinessCaseSummary {
  breakEvenVehiclesFirstYear: number;
  breakEvenVehiclesLaterYears: number;
  shareOfFleet: number;
  carCostPerYear: number;
  firstYearCost: number;
  laterYearsCost: number;
  costPerVehicle: number;
  vehicles: number;
  fleetManagementIncluded: boolean;
  scenario: {
    /** The linked scenario sheet; null when the scenario inputs are typed in (or the report's example). */
    sheet: string | null;
    vehiclesRemoved: number;
    yearlySaving: number;
    netYearlySaving: number;
    paybackMonths: number | null;
    coversBreakEvenFirstYear: boolean;
    netPresentValue: number;
    years: number;
  };
}

export function summarizeBusinessCase(
  inputs: BusinessCaseInputs,
  result: BusinessCaseResult,
  scenarioSheet: string | null,
): BusinessCaseSummary {
  const s = result.scenario;
  return {
    breakEvenVehiclesFirstYear: round(result.breakEvenFirstYear, 1),
    breakEvenVehiclesLaterYears: round(result.breakEvenLaterYears, 1),
    shareOfFleet: round(result.breakEvenShareOfFleet, 3),
    carCostPerYear: round(result.car.total, 2),
    firstYearCost: round(result.firstYearCost, 2),
    laterYearsCost: round(result.laterYearsCost, 2),
    costPerVehicle: round(result.costPerVehicle, 2),
    vehicles: inputs.vehicles,
    fleetManagementIncluded: inputs.includeFleetManagement === 1,
    scenario: {
      sheet: scenarioSheet,
      vehiclesRemoved: inputs.vehiclesRemoved,
      yearlySaving: round(inputs.yearlySaving, 2),
      netYearlySaving: round(s.netYearlySaving, 2),
      paybackMonths: s.paybackMonths === null ? null : round(s.paybackMonths, 1),
      coversBreakEvenFirstYear: s.coversBreakEvenFirstYear,
      netPresentValue: round(s.netPresentValue, 2),
      years: s.cashFlow.length,
    },
  };
}

/** Half away from zero at `digits` decimals (the way Excel's ROUND and the report round). */
export function round(x: number, digits: number): number {
  const factor = 10 ** digits;
  // The tiny nudge keeps 0.145 × 100 = 14.499999… from rounding down.
  return (Math.sign(x) * Math.round(Math.abs(x) * factor + 1e-9)) / factor;
}
