import type { CarCost } from "./carCost";
import type { BusinessCaseInputs } from "./inputs";

export type SensitivityFactor = "fuelPrice" | "electricityPrice" | "co2ePrice" | "kmPerYear";

export const SENSITIVITY_FACTORS: readonly SensitivityFactor[] = [
  "fuelPrice",
  "electricityPrice",
  "co2ePrice",
  "kmPerYear",
];

/** One factor moved down and up by the step, everything else as entered. */
export interface SensitivityRow {
  factor: SensitivityFactor;
  breakEvenFirstYearDown: number;
  breakEvenFirstYearUp: number;
  yearlySavingDown: number;
  yearlySavingUp: number;
}

/**
 * How the first-year break-even and the scenario's yearly saving move when one factor changes by
 * ± the step. Each factor scales the cost lines proportional to it, so the change is exact for the
 * car (fuel cost ∝ fuel price, km-dependent costs ∝ km). For the scenario it scales the matching
 * parts of its saving: the fuel part (energy minus electricity) with the fuel price, the
 * electricity part with the electricity price, the CO2e social cost with the CO2e price, and
 * energy, CO2e and mileage allowance with the km (the allowance's two rates make that last one an
 * approximation).
 */
export function sensitivity(i: BusinessCaseInputs, car: CarCost, firstYearCost: number): SensitivityRow[] {
  const carPart: Record<SensitivityFactor, number> = {
    fuelPrice: car.fuel,
    electricityPrice: car.electricity,
    co2ePrice: car.co2Tax,
    kmPerYear: car.kmDependent,
  };
  const savingPart: Record<SensitivityFactor, number> = {
    fuelPrice: i.energySaving - i.electricitySaving,
    electricityPrice: i.electricitySaving,
    co2ePrice: i.co2eSaving,
    kmPerYear: i.energySaving + i.co2eSaving + i.allowanceSaving,
  };
  const s = i.sensitivityStep;
  return SENSITIVITY_FACTORS.map((factor) => ({
    factor,
    breakEvenFirstYearDown: firstYearCost / (car.total - s * carPart[factor]),
    breakEvenFirstYearUp: firstYearCost / (car.total + s * carPart[factor]),
    yearlySavingDown: i.yearlySaving - s * savingPart[factor],
    yearlySavingUp: i.yearlySaving + s * savingPart[factor],
  }));
}
