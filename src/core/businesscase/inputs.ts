/**
 * The inputs of the break-even business case (seed report, section 5 and Figure 4; product.md §4.6).
 * Every one of them is an input cell on the business-case sheet; these are its defaults and the
 * rules a value must meet, shared by the sheet's data validations, the reader of an edited sheet
 * and `fleetopt business-case --set`.
 */

export interface BusinessCaseInputs {
  // The organisation and the tools, kr per year excl. VAT.
  vehicles: number;
  fleetManagementPerVehicle: number;
  /** 1: count the fleet-management subscription in the sum; 0: show it only (the report's example). */
  includeFleetManagement: number;
  hosting: number;
  supportAgreement: number;
  supportHours: number;
  maintenance: number;
  developmentPool: number;
  productSecretariat: number;
  os2Contribution: number;
  /** One-off, first year only. */
  onboarding: number;

  // One car per year.
  leasePerMonth: number;
  kmPerYear: number;
  kmPerLitre: number;
  fuelPricePerLitre: number;
  whPerKm: number;
  electricityPricePerKwh: number;
  servicePerMonth: number;
  ownerTaxPerHalfYear: number;
  insurancePerYear: number;
  /** The report's "Værdisætning CO2 (klimaafgift)", kr per tonne. */
  co2PricePerTonne: number;
  fuelCo2eKgPerLitre: number;
  electricityCo2eKgPerKwh: number;

  // Money over time (the TCO method's discount rate; price escalation on costs and savings alike).
  discountRate: number;
  priceEscalation: number;
  /** The ± change the sensitivity table applies to each factor, as a fraction (0.2 = 20 %). */
  sensitivityStep: number;

  // The scenario, kr per year: linked to a scenario sheet, or typed in.
  vehiclesRemoved: number;
  yearlySaving: number;
  /** Of the yearly saving: fuel and electricity together (a scenario sheet's "Fuel and electricity"). */
  energySaving: number;
  /** Of the energy saving: the electricity part (negative when the scenario adds EVs). */
  electricitySaving: number;
  /** Of the yearly saving: the social cost of CO2e. */
  co2eSaving: number;
  /** Of the yearly saving: mileage allowance for trips no vehicle took. */
  allowanceSaving: number;
}

export type BusinessCaseInputKey = keyof BusinessCaseInputs;

/** The example car of the report, which is also the cost of every car phased out in the example. */
const EXAMPLE_CAR_COST = 61_984.44;
const EXAMPLE_CAR_FUEL_COST = 14_444.44;
/** The report's 2.8 break-even vehicles, rounded up to whole cars. */
const EXAMPLE_VEHICLES_REMOVED = 3;

/**
 * The report's inputs (Figure 4). Without a scenario, the scenario inputs describe phasing out
 * three of the example cars (2.8 rounded up): 3 × 61,984.44 kr, of which 3 × 14,444.44 kr fuel.
 */
export const REPORT_EXAMPLE_INPUTS: Readonly<BusinessCaseInputs> = {
  vehicles: 300,
  fleetManagementPerVehicle: 850,
  includeFleetManagement: 0,
  hosting: 15_000,
  supportAgreement: 10_000,
  supportHours: 7_500,
  maintenance: 40_000,
  developmentPool: 30_000,
  productSecretariat: 11_000,
  os2Contribution: 9_540,
  onboarding: 50_000,

  leasePerMonth: 3_200,
  kmPerYear: 20_000,
  kmPerLitre: 18,
  fuelPricePerLitre: 13,
  whPerKm: 180,
  electricityPricePerKwh: 0,
  servicePerMonth: 350,
  ownerTaxPerHalfYear: 370,
  insurancePerYear: 4_200,
  co2PricePerTonne: 0,
  // Petrol and electricity factors of product.md §4.3.
  fuelCo2eKgPerLitre: 2.52,
  electricityCo2eKgPerKwh: 0.09,

  discountRate: 0.04,
  priceEscalation: 0.02,
  sensitivityStep: 0.2,

  vehiclesRemoved: EXAMPLE_VEHICLES_REMOVED,
  yearlySaving: round2(EXAMPLE_VEHICLES_REMOVED * EXAMPLE_CAR_COST),
  energySaving: round2(EXAMPLE_VEHICLES_REMOVED * EXAMPLE_CAR_FUEL_COST),
  electricitySaving: 0,
  co2eSaving: 0,
  allowanceSaving: 0,
};

/** The inputs in sheet order; the order of the business-case sheet follows it. */
export const BUSINESS_CASE_INPUT_KEYS = Object.keys(REPORT_EXAMPLE_INPUTS) as BusinessCaseInputKey[];

/** The inputs a linked scenario sheet supplies. */
export const SCENARIO_INPUT_KEYS = [
  "vehiclesRemoved",
  "yearlySaving",
  "energySaving",
  "electricitySaving",
  "co2eSaving",
  "allowanceSaving",
] as const satisfies readonly BusinessCaseInputKey[];

export type ScenarioInputKey = (typeof SCENARIO_INPUT_KEYS)[number];

/**
 * What a value must be. Bounds are inclusive unless `minExclusive`. Signed scenario figures get
 * wide bounds rather than none, so a data validation still refuses text.
 */
export interface InputRule {
  kind: "whole" | "decimal";
  min: number;
  minExclusive?: boolean;
  max?: number;
  /** Percentages are fractions in cells (0.04 shows as 4.0 %). */
  percent?: boolean;
}

const AMOUNT: InputRule = { kind: "decimal", min: 0 };
const SIGNED_AMOUNT: InputRule = { kind: "decimal", min: -1e12, max: 1e12 };

export const INPUT_RULES: Readonly<Record<BusinessCaseInputKey, InputRule>> = {
  vehicles: { kind: "whole", min: 1 },
  fleetManagementPerVehicle: AMOUNT,
  includeFleetManagement: { kind: "whole", min: 0, max: 1 },
  hosting: AMOUNT,
  supportAgreement: AMOUNT,
  supportHours: AMOUNT,
  maintenance: AMOUNT,
  developmentPool: AMOUNT,
  productSecretariat: AMOUNT,
  os2Contribution: AMOUNT,
  onboarding: AMOUNT,
  leasePerMonth: AMOUNT,
  kmPerYear: AMOUNT,
  // Fuel per km is km ÷ km/l: zero would divide by zero.
  kmPerLitre: { kind: "decimal", min: 0, minExclusive: true },
  fuelPricePerLitre: AMOUNT,
  whPerKm: AMOUNT,
  electricityPricePerKwh: AMOUNT,
  servicePerMonth: AMOUNT,
  ownerTaxPerHalfYear: AMOUNT,
  insurancePerYear: AMOUNT,
  co2PricePerTonne: AMOUNT,
  fuelCo2eKgPerLitre: AMOUNT,
  electricityCo2eKgPerKwh: AMOUNT,
  discountRate: { kind: "decimal", min: 0, max: 1, percent: true },
  priceEscalation: { kind: "decimal", min: -0.5, max: 1, percent: true },
  // At most ±50 %: a car's cost then stays positive whichever single factor moves.
  sensitivityStep: { kind: "decimal", min: 0, max: 0.5, percent: true },
  vehiclesRemoved: { kind: "whole", min: -1_000_000, max: 1_000_000 },
  yearlySaving: SIGNED_AMOUNT,
  energySaving: SIGNED_AMOUNT,
  electricitySaving: SIGNED_AMOUNT,
  co2eSaving: SIGNED_AMOUNT,
  allowanceSaving: SIGNED_AMOUNT,
};

/** Does the value meet its input's rule? */
export function meetsRule(value: number, rule: InputRule): boolean {
  if (!Number.isFinite(value)) return false;
  if (rule.kind === "whole" && !Number.isInteger(value)) return false;
  if (rule.minExclusive ? !(value > rule.min) : !(value >= rule.min)) return false;
  return rule.max === undefined || value <= rule.max;
}

export function isBusinessCaseInputKey(key: string): key is BusinessCaseInputKey {
  return Object.hasOwn(REPORT_EXAMPLE_INPUTS, key);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
