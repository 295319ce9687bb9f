import type { BusinessCaseInputs } from "./inputs";

const MONTHS_PER_YEAR = 12;
const HALF_YEARS_PER_YEAR = 2;
const WH_PER_KWH = 1000;
const KG_PER_TONNE = 1000;

/** What one car costs a year, line by line as the report lists it (kr, excl. VAT). */
export interface CarCost {
  lease: number;
  service: number;
  ownerTax: number;
  insurance: number;
  fuel: number;
  electricity: number;
  /** The CO2 climate tax: tonnes CO2e from fuel and electricity × kr per tonne. */
  co2Tax: number;
  total: number;
  /** fuel + electricity + co2Tax: the part that moves with the km driven. */
  kmDependent: number;
}

/**
 * The report's "Drift af én bil": 3,200 × 12 + 350 × 12 + 370 × 2 + 4,200 + 20,000 ÷ 18 × 13.00
 * = 61,984.44 kr. The report's car is costed on both fuel and electricity, with the electricity
 * price and the CO2 price at 0; an electric car gets a fuel price of 0 instead.
 */
export function carCostPerYear(i: BusinessCaseInputs): CarCost {
  const litres = i.kmPerYear / i.kmPerLitre;
  const kwh = (i.kmPerYear * i.whPerKm) / WH_PER_KWH;
  const lease = i.leasePerMonth * MONTHS_PER_YEAR;
  const service = i.servicePerMonth * MONTHS_PER_YEAR;
  const ownerTax = i.ownerTaxPerHalfYear * HALF_YEARS_PER_YEAR;
  const insurance = i.insurancePerYear;
  const fuel = litres * i.fuelPricePerLitre;
  const electricity = kwh * i.electricityPricePerKwh;
  const co2Tax =
    ((litres * i.fuelCo2eKgPerLitre + kwh * i.electricityCo2eKgPerKwh) / KG_PER_TONNE) * i.co2PricePerTonne;
  const kmDependent = fuel + electricity + co2Tax;
  return {
    lease,
    service,
    ownerTax,
    insurance,
    fuel,
    electricity,
    co2Tax,
    // Summed in the sheet's order (SUM over the lines), so JS and Excel agree to the last bit.
    total: lease + service + ownerTax + insurance + fuel + electricity + co2Tax,
    kmDependent,
  };
}
