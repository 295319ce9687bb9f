import { describe, expect, it } from "vitest";
import { computeBusinessCase } from "../../../src/core/businesscase/businessCase";
import { round, summarizeBusinessCase } from "../../../src/core/businesscase/businessCaseSummary";
import { carCostPerYear } from "../../../src/core/businesscase/carCost";
import {
  INPUT_RULES,
  meetsRule,
  REPORT_EXAMPLE_INPUTS,
  type BusinessCaseInputs,
} from "../../../src/core/businesscase/inputs";

const report = (changes: Partial<BusinessCaseInputs> = {}): BusinessCaseInputs => ({
  ...REPORT_EXAMPLE_INPUTS,
  ...changes,
});

describe("the report's business case (seed report, Figure 4)", () => {
  const r = computeBusinessCase(report());

  it("costs one car 61,984.44 kr a year, line by line as the report lists it", () => {
    expect(r.car.lease).toBe(38_400); // 3,200 × 12
    expect(r.car.service).toBe(4_200); // 350 × 12
    expect(r.car.ownerTax).toBe(740); // 370 × 2
    expect(r.car.insurance).toBe(4_200);
    expect(r.car.fuel).toBeCloseTo(14_444.44, 2); // 20,000 km ÷ 18 km/l × 13.00 kr/l
    expect(r.car.electricity).toBe(0);
    expect(r.car.co2Tax).toBe(0);
    expect(round(r.car.total, 2)).toBe(61_984.44);
  });

  it("sums FleetOptimiser's seven yearly items to 123,040 kr and the first year to 173,040 kr", () => {
    expect(r.operationPerYear).toBe(123_040);
    expect(r.firstYearCost).toBe(173_040); // + 50,000 onboarding
    expect(r.laterYearsCost).toBe(123_040);
    expect(r.costPerVehicle).toBeCloseTo(576.8, 10); // 173,040 ÷ 300
  });

  it("shows the fleet-management subscription (850 × 300 = 255,000 kr) without counting it", () => {
    expect(r.fleetManagementPerYear).toBe(255_000);
    expect(r.fleetManagementCounted).toBe(0);
  });

  it("breaks even at 2.8 vehicles in year one (0.9 % of 300) and 2.0 in later years", () => {
    expect(r.breakEvenFirstYear).toBeCloseTo(173_040 / 61_984.444444, 6);
    expect(round(r.breakEvenFirstYear, 1)).toBe(2.8); // 2.79…
    expect(round(r.breakEvenLaterYears, 1)).toBe(2.0); // 1.985…
    expect(r.breakEvenShareOfFleet).toBeCloseTo(2.791668 / 300, 6);
    expect(round(r.breakEvenShareOfFleet * 100, 1)).toBe(0.9);
  });

  it("prints the figures of product.md §6, rounded as the report rounds them", () => {
    const s = summarizeBusinessCase(report(), r, null);
    expect(s).toMatchObject({
      breakEvenVehiclesFirstYear: 2.8,
      breakEvenVehiclesLaterYears: 2.0,
      shareOfFleet: 0.009,
      carCostPerYear: 61_984.44,
      firstYearCost: 173_040,
      costPerVehicle: 576.8,
    });
  });
});

describe("the business case when inputs change", () => {
  it("counts the subscription when the switch is 1: 428,040 kr in year one, 6.9 vehicles", () => {
    const r = computeBusinessCase(report({ includeFleetManagement: 1 }));
    expect(r.firstYearCost).toBe(428_040); // 123,040 + 50,000 + 255,000
    expect(r.laterYearsCost).toBe(378_040);
    expect(r.costPerVehicle).toBeCloseTo(1_426.8, 10);
    expect(round(r.breakEvenFirstYear, 1)).toBe(6.9); // 428,040 ÷ 61,984.44 = 6.906
    expect(round(r.breakEvenLaterYears, 1)).toBe(6.1); // 378,040 ÷ 61,984.44 = 6.099
  });

  it("moves break-even with the lease: 3,500 kr a month makes a car 65,584.44 kr and 2.6 vehicles", () => {
    const r = computeBusinessCase(report({ leasePerMonth: 3_500 }));
    expect(round(r.car.total, 2)).toBe(65_584.44);
    expect(r.breakEvenFirstYear).toBeCloseTo(2.638_43, 4);
  });

  it("makes the same break-even a bigger share of a smaller fleet: 250 vehicles gives 1.1 %", () => {
    const r = computeBusinessCase(report({ vehicles: 250 }));
    expect(r.breakEvenShareOfFleet).toBeCloseTo(2.791_668 / 250, 6);
    expect(r.costPerVehicle).toBeCloseTo(692.16, 10); // 173,040 ÷ 250
  });

  it("costs electricity at Wh/km × km and the CO2 tax on tonnes from fuel and electricity", () => {
    const car = carCostPerYear(report({ electricityPricePerKwh: 2.13, co2PricePerTonne: 750 }));
    expect(car.electricity).toBeCloseTo(7_668, 9); // 20,000 km × 180 Wh/km = 3,600 kWh × 2.13
    // 1,111.1 l × 2.52 kg = 2,800 kg and 3,600 kWh × 0.09 kg = 324 kg: 3.124 t × 750 kr
    expect(car.co2Tax).toBeCloseTo(2_343, 9);
    expect(car.total).toBeCloseTo(61_984.444_444 + 7_668 + 2_343, 6);
  });
});

describe("the scenario: payback, cash flow and net present value", () => {
  const r = computeBusinessCase(report());

  it("pays the onboarding back in 9.5 months with the example's 3 cars", () => {
    // (185,953.32 − 123,040) = 62,913.32 kr a year net; 50,000 ÷ 62,913.32 × 12 = 9.54 months.
    expect(r.scenario.netYearlySaving).toBeCloseTo(62_913.32, 6);
    expect(r.scenario.paybackMonths).toBeCloseTo(9.536_93, 4);
    expect(r.scenario.coversBreakEvenFirstYear).toBe(true); // 3 ≥ 2.79
  });

  it("never pays back when the saving does not cover the yearly cost", () => {
    const poor = computeBusinessCase(report({ yearlySaving: 100_000, vehiclesRemoved: 1 }));
    expect(poor.scenario.paybackMonths).toBeNull();
    expect(poor.scenario.coversBreakEvenFirstYear).toBe(false);
  });

  it("lays out five years: onboarding in year 1, 2 % escalation from year 2, discounted at 4 %", () => {
    const [y1, y2] = r.scenario.cashFlow;
    expect(r.scenario.cashFlow.map((y) => y.year)).toEqual([1, 2, 3, 4, 5]);
    expect(y1).toMatchObject({ cost: -173_040, saving: 185_953.32 });
    expect(y1.net).toBeCloseTo(12_913.32, 6);
    expect(y1.discountFactor).toBeCloseTo(1 / 1.04, 12);
    expect(y1.presentValue).toBeCloseTo(12_416.65, 2); // 12,913.32 ÷ 1.04
    expect(y2.cost).toBeCloseTo(-125_500.8, 6); // 123,040 × 1.02
    expect(y2.saving).toBeCloseTo(189_672.39, 2); // 185,953.32 × 1.02
    expect(y2.presentValue).toBeCloseTo(59_330.24, 2); // 64,171.59 ÷ 1.04²
    expect(r.scenario.netPresentValue).toBeCloseTo(242_979.16, 2);
    expect(r.scenario.cashFlow.at(-1)!.cumulativePresentValue).toBeCloseTo(242_979.16, 2);
  });
});

describe("sensitivity (±20 %)", () => {
  const r = computeBusinessCase(report());
  const row = (factor: string) => r.sensitivity.find((s) => s.factor === factor)!;

  it("moves break-even with the fuel price: 2.93 vehicles at −20 %, 2.67 at +20 %", () => {
    // ±20 % of 14,444.44 kr fuel: the car costs 59,095.56 or 64,873.33 kr.
    expect(row("fuelPrice").breakEvenFirstYearDown).toBeCloseTo(173_040 / 59_095.555_556, 6);
    expect(row("fuelPrice").breakEvenFirstYearUp).toBeCloseTo(173_040 / 64_873.333_333, 6);
    expect(row("fuelPrice").yearlySavingDown).toBeCloseTo(185_953.32 - 0.2 * 43_333.32, 6);
    expect(row("fuelPrice").yearlySavingUp).toBeCloseTo(194_619.984, 6);
  });

  it("moves km like fuel in the example (the only km-dependent cost) and leaves zero prices flat", () => {
    expect(row("kmPerYear").breakEvenFirstYearUp).toBeCloseTo(row("fuelPrice").breakEvenFirstYearUp, 12);
    for (const factor of ["electricityPrice", "co2ePrice"]) {
      expect(row(factor).breakEvenFirstYearDown).toBeCloseTo(r.breakEvenFirstYear, 12);
      expect(row(factor).yearlySavingUp).toBe(185_953.32);
    }
  });

  it("moves the scenario's saving by the matching part: electricity, CO2e and km-dependent costs", () => {
    const s = computeBusinessCase(
      report({
        yearlySaving: 500_000,
        energySaving: 60_000,
        electricitySaving: -20_000, // the scenario adds EVs: more electricity, less fuel
        co2eSaving: 9_000,
        allowanceSaving: 1_000,
      }),
    ).sensitivity;
    const of = (f: string) => s.find((x) => x.factor === f)!;
    expect(of("fuelPrice").yearlySavingUp).toBeCloseTo(500_000 + 0.2 * 80_000, 6);
    expect(of("electricityPrice").yearlySavingUp).toBeCloseTo(500_000 - 0.2 * 20_000, 6);
    expect(of("co2ePrice").yearlySavingDown).toBeCloseTo(500_000 - 0.2 * 9_000, 6);
    expect(of("kmPerYear").yearlySavingUp).toBeCloseTo(500_000 + 0.2 * 70_000, 6);
  });
});

describe("input rules", () => {
  it("refuse zero km/l, negative prices, fractions of vehicles and a switch other than 0 or 1", () => {
    expect(meetsRule(0, INPUT_RULES.kmPerLitre)).toBe(false);
    expect(meetsRule(0.1, INPUT_RULES.kmPerLitre)).toBe(true);
    expect(meetsRule(-1, INPUT_RULES.fuelPricePerLitre)).toBe(false);
    expect(meetsRule(0, INPUT_RULES.fuelPricePerLitre)).toBe(true);
    expect(meetsRule(2.5, INPUT_RULES.vehicles)).toBe(false);
    expect(meetsRule(0, INPUT_RULES.vehicles)).toBe(false);
    expect(meetsRule(2, INPUT_RULES.includeFleetManagement)).toBe(false);
    expect(meetsRule(Number.NaN, INPUT_RULES.hosting)).toBe(false);
  });

  it("accept every default of the report", () => {
    for (const [key, value] of Object.entries(REPORT_EXAMPLE_INPUTS))
      expect(meetsRule(value, INPUT_RULES[key as keyof BusinessCaseInputs]), key).toBe(true);
  });
});
