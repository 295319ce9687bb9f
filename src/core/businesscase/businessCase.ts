import { carCostPerYear, type CarCost } from "./carCost";
import { cashFlow, type CashFlowYear } from "./cashFlow";
import type { BusinessCaseInputs } from "./inputs";
import { sensitivity, type SensitivityRow } from "./sensitivity";

const MONTHS_PER_YEAR = 12;

/** Years of the cash flow when nobody asks for another horizon. */
export const DEFAULT_CASH_FLOW_YEARS = 5;

/** Every figure of the business case, unrounded: the sheet's formulas compute the same numbers. */
export interface BusinessCaseResult {
  car: CarCost;
  /** The seven yearly FleetOptimiser items (report: 123,040 kr). */
  operationPerYear: number;
  /** Subscription × vehicles, shown whether or not it is counted. */
  fleetManagementPerYear: number;
  /** The subscription as counted in the sums: 0 unless the switch includes it. */
  fleetManagementCounted: number;
  /** Operation + onboarding + counted subscription (report: 173,040 kr). */
  firstYearCost: number;
  laterYearsCost: number;
  /** First-year cost ÷ vehicles (report: 576.80 kr). */
  costPerVehicle: number;
  /** Cars to phase out for the first year's cost: 173,040 ÷ 61,984.44 = 2.79 (report: 2.8). */
  breakEvenFirstYear: number;
  /** 123,040 ÷ 61,984.44 = 1.99 (report: 2). */
  breakEvenLaterYears: number;
  /** First-year break-even ÷ vehicles: 2.79 ÷ 300 = 0.93 % (report: 0.9 %). */
  breakEvenShareOfFleet: number;
  scenario: {
    /** The scenario's yearly saving minus the tool's later-years cost. */
    netYearlySaving: number;
    /** Months until the net saving has paid the onboarding; null when it never does. */
    paybackMonths: number | null;
    coversBreakEvenFirstYear: boolean;
    cashFlow: CashFlowYear[];
    netPresentValue: number;
  };
  sensitivity: SensitivityRow[];
}

/**
 * The break-even business case of the seed report (Figure 4), with a scenario's saving turned into
 * payback, a discounted cash flow and a sensitivity table. Inputs must meet INPUT_RULES and the
 * car must cost something (see `carCostPerYear`), or the divisions below are meaningless.
 */
export function computeBusinessCase(
  i: BusinessCaseInputs,
  years: number = DEFAULT_CASH_FLOW_YEARS,
): BusinessCaseResult {
  const car = carCostPerYear(i);
  const operationPerYear =
    i.hosting +
    i.supportAgreement +
    i.supportHours +
    i.maintenance +
    i.developmentPool +
    i.productSecretariat +
    i.os2Contribution;
  const fleetManagementPerYear = i.fleetManagementPerVehicle * i.vehicles;
  const fleetManagementCounted = i.includeFleetManagement === 1 ? fleetManagementPerYear : 0;
  const laterYearsCost = operationPerYear + fleetManagementCounted;
  const firstYearCost = operationPerYear + i.onboarding + fleetManagementCounted;
  const breakEvenFirstYear = firstYearCost / car.total;

  const netYearlySaving = i.yearlySaving - laterYearsCost;
  const flows = cashFlow(
    {
      yearlyCost: laterYearsCost,
      onboarding: i.onboarding,
      yearlySaving: i.yearlySaving,
      discountRate: i.discountRate,
      priceEscalation: i.priceEscalation,
    },
    years,
  );
  return {
    car,
    operationPerYear,
    fleetManagementPerYear,
    fleetManagementCounted,
    firstYearCost,
    laterYearsCost,
    costPerVehicle: firstYearCost / i.vehicles,
    breakEvenFirstYear,
    breakEvenLaterYears: laterYearsCost / car.total,
    breakEvenShareOfFleet: breakEvenFirstYear / i.vehicles,
    scenario: {
      netYearlySaving,
      // Simple payback (undiscounted): onboarding ÷ the net saving per month.
      paybackMonths: netYearlySaving > 0 ? (MONTHS_PER_YEAR * i.onboarding) / netYearlySaving : null,
      coversBreakEvenFirstYear: i.vehiclesRemoved >= breakEvenFirstYear,
      cashFlow: flows,
      netPresentValue: flows.reduce((sum, y) => sum + y.presentValue, 0),
    },
    sensitivity: sensitivity(i, car, firstYearCost),
  };
}
