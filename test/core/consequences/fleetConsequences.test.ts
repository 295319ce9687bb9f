import { describe, expect, it } from "vitest";
import { fleetConsequences } from "../../../src/core/consequences/fleetConsequences";
import { vehicleYearlyCost } from "../../../src/core/consequences/vehicleYearlyCost";
import { drivingAllowance } from "../../../src/core/consequences/drivingAllowance";
import { aTrip, anEv, aVehicle, members, params } from "../../helpers/builders";

describe("vehicleYearlyCost", () => {
  it("reproduces the reference's worked example (§4: Zoe 165 Wh/km, 1426 km over 30.63 days, el factor 0.089)", () => {
    const p = params({ co2eKgPerKwh: 0.089 });
    const zoe = anEv("209", 165, { yearlyCostDkk: 35168 });
    const trips = [aTrip("08:00", "09:00", 1426, "209")];
    const fleet = members(zoe);
    const c = fleetConsequences(
      trips,
      fleet,
      { memberOfTrip: Int32Array.from([0]), reasonOfTrip: [null] },
      30.63,
      p,
    );
    const v = c.vehicles[0];
    expect(v.yearlyKm).toBeCloseTo(16993, 0);
    expect(v.energy).toBeCloseTo(2803.8, 0);
    expect(v.fuelCostDkk).toBeCloseTo(5742.4, 0);
    expect(v.co2eTonnes * 1000).toBeCloseTo(249.54, 1);
    expect(v.socialCostDkk).toBeCloseTo(359.9, 0);
    expect(Math.round(v.totalDkk)).toBe(41270);
  });

  it("burns km ÷ km/l litres in a fossil car and discounts fuel one year at 4 %", () => {
    const c = vehicleYearlyCost(aVehicle({ id: "1", kmPerLitre: 20 }), 10000, params());
    expect(c.energy).toBe(500);
    expect(c.fuelCostDkk).toBeCloseTo((500 * 12.33) / 1.04, 6);
    expect(c.co2eTonnes).toBeCloseTo(1.26, 9); // 500 l × 2.52 kg/l
    expect(c.socialCostDkk).toBeCloseTo((1.26 * 1500) / 1.04, 6);
  });

  it("uses the electricity factor exactly as entered (no hidden 0.089 projection for 0.09)", () => {
    const c = vehicleYearlyCost(anEv("1", 200), 10000, params({ co2eKgPerKwh: 0.09 }));
    expect(c.co2eTonnes).toBeCloseTo(0.18, 9); // 2000 kWh × 0.09
  });
});

describe("drivingAllowance", () => {
  it("pays 3.44 kr/km for the first 840 km a year and 1.90 kr/km beyond (seed rates)", () => {
    expect(drivingAllowance(500, params())).toBeCloseTo(1720, 9);
    expect(drivingAllowance(1000, params())).toBeCloseTo(840 * 3.44 + 160 * 1.9, 9);
  });
});

describe("fleetConsequences", () => {
  it("charges the fixed cost of every vehicle, used or not", () => {
    const fleet = members(
      aVehicle({ id: "1", yearlyCostDkk: 40000 }),
      aVehicle({ id: "2", yearlyCostDkk: 30000 }),
    );
    const c = fleetConsequences(
      [aTrip("08:00", "09:00", 10)],
      fleet,
      { memberOfTrip: Int32Array.from([0]), reasonOfTrip: [null] },
      365,
      params(),
    );
    expect(c.fixedCostDkk).toBe(70000);
    expect(c.vehicles[1].totalDkk).toBe(30000);
  });

  it("prices unallocated trips as allowance plus the employee car's CO2e and social cost, not its fuel", () => {
    const trips = [aTrip("08:00", "09:00", 100)];
    // 100 km over a 73-day period is 500 km a year.
    const c = fleetConsequences(
      trips,
      [],
      { memberOfTrip: Int32Array.from([-1]), reasonOfTrip: ["noVehicleFree"] },
      73,
      params(),
    );
    expect(c.unallocatedTrips).toBe(1);
    expect(c.employeeCar.yearlyKm).toBeCloseTo(500, 9);
    expect(c.allowanceDkk).toBeCloseTo(500 * 3.44, 9);
    expect(c.employeeCar.co2eTonnes).toBeCloseTo((25 * 2.52) / 1000, 9); // 500 km ÷ 20 km/l
    expect(c.totalDkk).toBeCloseTo(500 * 3.44 + (0.063 * 1500) / 1.04, 6);
    expect(c.fuelCostDkk).toBe(0);
  });
});

describe("the reference's stored result fixture (reference-behaviour.md §8.3)", () => {
  // Current fleet over 30.63 days, el factor 0.089, default prices. The fixture rounds km to whole
  // km, so each total is checked over km ± 0.5.
  const p = params({ co2eKgPerKwh: 0.089 });
  const rows: [string, number, number, number, number][] = [
    // name, Wh/km, fixed kr/yr, km in the period, total kr/yr in the fixture
    ["Zoe R110 165 Wh", 165, 35168, 1426, 41270],
    ["Zoe R135 180 Wh", 180, 33812, 479, 36050],
    ["Zoe R110 165 Wh (206)", 165, 35168, 575, 37630],
    ["Zoe R135 181 Wh", 181, 34772, 657, 37857],
    ["Zoe R135 180 Wh (237)", 180, 33812, 367, 35526],
    ["unused Zoe R110", 165, 35168, 0, 35168],
  ];
  for (const [name, wh, fixed, km, total] of rows) {
    it(`reproduces ${name}: ${km} km → ${total} kr/yr`, () => {
      const totalAt = (k: number) => {
        const yearly = vehicleYearlyCost(anEv("x", wh), (k * 365) / 30.63, p);
        return fixed + yearly.fuelCostDkk + yearly.socialCostDkk;
      };
      expect(total).toBeGreaterThanOrEqual(Math.round(totalAt(Math.max(0, km - 0.5))) - 1);
      expect(total).toBeLessThanOrEqual(Math.round(totalAt(km + 0.5)) + 1);
    });
  }
});
