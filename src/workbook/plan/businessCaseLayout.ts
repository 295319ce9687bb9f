import { BUSINESS_CASE_INPUT_KEYS, type BusinessCaseInputKey } from "../../core/businesscase/inputs";
import { SENSITIVITY_FACTORS, type SensitivityFactor } from "../../core/businesscase/sensitivity";

/**
 * Where everything sits on the business-case sheet. The plan writes by it and the reader of an
 * edited sheet reads by it, so the two cannot drift apart. Column A holds labels, B the inputs and
 * results, C notes; the cash flow uses B onwards for its years.
 */

export const LABEL_COL = 1;
export const VALUE_COL = 2;
export const NOTE_COL = 3;

export type ResultKey =
  | "breakEvenFirstYear"
  | "breakEvenLaterYears"
  | "breakEvenShareOfFleet"
  | "paybackMonths"
  | "netPresentValue"
  | "coversBreakEven"
  | "operationPerYear"
  | "fleetManagementPerYear"
  | "fleetManagementCounted"
  | "firstYearCost"
  | "laterYearsCost"
  | "costPerVehicle"
  | "leasePerYear"
  | "servicePerYear"
  | "ownerTaxPerYear"
  | "insurance"
  | "fuelCost"
  | "electricityCost"
  | "co2Tax"
  | "carCostPerYear"
  | "netYearlySaving";

export type SectionKey = "keyFigures" | "tool" | "car" | "money" | "scenario" | "cashFlow" | "sensitivity";

export type CashFlowRowKey = "cost" | "saving" | "net" | "discountFactor" | "presentValue" | "cumulative";

export const CASH_FLOW_ROWS: readonly CashFlowRowKey[] = [
  "cost",
  "saving",
  "net",
  "discountFactor",
  "presentValue",
  "cumulative",
];

/** What each section lists, top to bottom: inputs first, then the results computed from them. */
const SECTIONS: { key: SectionKey; inputs: BusinessCaseInputKey[]; results: ResultKey[] }[] = [
  {
    key: "keyFigures",
    inputs: [],
    results: [
      "breakEvenFirstYear",
      "breakEvenLaterYears",
      "breakEvenShareOfFleet",
      "paybackMonths",
      "netPresentValue",
      "coversBreakEven",
    ],
  },
  {
    key: "tool",
    inputs: inputsBetween("vehicles", "onboarding"),
    results: [
      "operationPerYear",
      "fleetManagementPerYear",
      "fleetManagementCounted",
      "firstYearCost",
      "laterYearsCost",
      "costPerVehicle",
    ],
  },
  {
    key: "car",
    inputs: inputsBetween("leasePerMonth", "electricityCo2eKgPerKwh"),
    results: [
      "leasePerYear",
      "servicePerYear",
      "ownerTaxPerYear",
      "insurance",
      "fuelCost",
      "electricityCost",
      "co2Tax",
      "carCostPerYear",
    ],
  },
  { key: "money", inputs: inputsBetween("discountRate", "sensitivityStep"), results: [] },
  {
    key: "scenario",
    inputs: inputsBetween("vehiclesRemoved", "allowanceSaving"),
    results: ["netYearlySaving"],
  },
];

export interface BusinessCaseLayout {
  titleRow: number;
  noteRow: number;
  linkRow: number;
  sectionRow: Record<SectionKey, number>;
  inputRow: Record<BusinessCaseInputKey, number>;
  resultRow: Record<ResultKey, number>;
  cashFlow: { headerRow: number; rows: Record<CashFlowRowKey, number>; firstCol: number; years: number };
  sensitivity: { headerRow: number; baseRow: number; factorRows: Record<SensitivityFactor, number> };
}

/** The rows of a business-case sheet whose cash flow covers `years` years. */
export function businessCaseLayout(years: number): BusinessCaseLayout {
  const sectionRow = {} as Record<SectionKey, number>;
  const inputRow = {} as Record<BusinessCaseInputKey, number>;
  const resultRow = {} as Record<ResultKey, number>;
  let row = 5;
  for (const section of SECTIONS) {
    sectionRow[section.key] = row++;
    for (const key of section.inputs) inputRow[key] = row++;
    for (const key of section.results) resultRow[key] = row++;
    row++; // a blank row between sections
  }

  sectionRow.cashFlow = row++;
  const headerRow = row++;
  const cashRows = {} as Record<CashFlowRowKey, number>;
  for (const key of CASH_FLOW_ROWS) cashRows[key] = row++;
  row++;

  sectionRow.sensitivity = row++;
  const sensitivityHeader = row++;
  const baseRow = row++;
  const factorRows = {} as Record<SensitivityFactor, number>;
  for (const factor of SENSITIVITY_FACTORS) factorRows[factor] = row++;

  return {
    titleRow: 1,
    noteRow: 2,
    linkRow: 3,
    sectionRow,
    inputRow,
    resultRow,
    cashFlow: { headerRow, rows: cashRows, firstCol: VALUE_COL, years },
    sensitivity: { headerRow: sensitivityHeader, baseRow, factorRows },
  };
}

function inputsBetween(first: BusinessCaseInputKey, last: BusinessCaseInputKey): BusinessCaseInputKey[] {
  return BUSINESS_CASE_INPUT_KEYS.slice(
    BUSINESS_CASE_INPUT_KEYS.indexOf(first),
    BUSINESS_CASE_INPUT_KEYS.indexOf(last) + 1,
  );
}

/** Defined names of the inputs: BC_ and the key in Pascal case (BC_Vehicles, BC_LeasePerMonth…). */
export function inputName(key: BusinessCaseInputKey): string {
  return `BC_${key[0].toUpperCase()}${key.slice(1)}`;
}

/** Defined names of the results; the three the issue names keep their exact spelling. */
export const RESULT_NAMES: Readonly<Record<ResultKey, string>> = {
  breakEvenFirstYear: "BreakEven_FirstYear",
  breakEvenLaterYears: "BreakEven_LaterYears",
  breakEvenShareOfFleet: "BreakEven_ShareOfFleet",
  paybackMonths: "BC_PaybackMonths",
  netPresentValue: "BC_NetPresentValue",
  coversBreakEven: "BC_CoversBreakEven",
  operationPerYear: "BC_OperationPerYear",
  fleetManagementPerYear: "BC_FleetManagementPerYear",
  fleetManagementCounted: "BC_FleetManagementCounted",
  firstYearCost: "BC_FirstYearCost",
  laterYearsCost: "BC_LaterYearsCost",
  costPerVehicle: "BC_CostPerVehicle",
  leasePerYear: "BC_LeasePerYear",
  servicePerYear: "BC_ServicePerYear",
  ownerTaxPerYear: "BC_OwnerTaxPerYear",
  insurance: "BC_InsuranceCost",
  fuelCost: "BC_FuelCost",
  electricityCost: "BC_ElectricityCost",
  co2Tax: "BC_Co2Tax",
  carCostPerYear: "BC_CarCostPerYear",
  netYearlySaving: "BC_NetYearlySaving",
};
