import type { Parameters } from "../model/parameters";
import type { EffectiveFuel, FleetMember, Trip, Vehicle } from "../model/types";
import { DAYS_PER_YEAR } from "../model/constants";
import type { Allocation } from "../simulation/allocation";
import { drivingAllowance } from "./drivingAllowance";
import { vehicleYearlyCost, type YearlyCost } from "./vehicleYearlyCost";

export interface VehicleConsequence extends YearlyCost {
  member: FleetMember;
  trips: number;
  /** km allocated in the period. */
  km: number;
  yearlyKm: number;
  fixedCostDkk: number;
  totalDkk: number;
}

/** The employee's own car that drives the unallocated trips (medarbejderbil). */
export interface EmployeeCarConsequence extends YearlyCost {
  trips: number;
  km: number;
  yearlyKm: number;
  allowanceDkk: number;
  totalDkk: number;
}

export interface FleetConsequences {
  vehicles: VehicleConsequence[];
  employeeCar: EmployeeCarConsequence;
  fixedCostDkk: number;
  fuelCostDkk: number;
  co2eTonnes: number;
  socialCostDkk: number;
  allowanceDkk: number;
  /** Fixed + fuel + social cost (vehicles and employee car) + allowance, kr per year. */
  totalDkk: number;
  unallocatedTrips: number;
}

const EMPLOYEE_FUEL: Record<Parameters["employeeCarFuel"], EffectiveFuel> = {
  benzin: "petrol",
  diesel: "diesel",
  el: "electric",
  hvo: "hvo",
};

/**
 * Yearly consequences of one fleet's allocation (product.md §4.3): km are extrapolated from the
 * selected period (× 365 / periodDays); fixed cost counts for every vehicle, used or not;
 * unallocated trips cost allowance plus the employee car's CO2e and social cost.
 */
export function fleetConsequences(
  trips: readonly Trip[],
  fleet: readonly FleetMember[],
  allocation: Allocation,
  periodDays: number,
  p: Parameters,
): FleetConsequences {
  const yearly = DAYS_PER_YEAR / periodDays;
  const km = new Float64Array(fleet.length);
  const count = new Int32Array(fleet.length);
  let unallocatedKm = 0;
  let unallocatedTrips = 0;
  for (let t = 0; t < trips.length; t++) {
    const i = allocation.memberOfTrip[t];
    if (i < 0) {
      unallocatedKm += trips[t].distanceKm;
      unallocatedTrips++;
    } else {
      km[i] += trips[t].distanceKm;
      count[i]++;
    }
  }
  const vehicles = fleet.map((member, i): VehicleConsequence => {
    const yearlyKm = km[i] * yearly;
    const cost = vehicleYearlyCost(member.vehicle, yearlyKm, p);
    const fixedCostDkk = member.vehicle.yearlyCostDkk ?? 0;
    return {
      member,
      trips: count[i],
      km: km[i],
      yearlyKm,
      ...cost,
      fixedCostDkk,
      totalDkk: fixedCostDkk + cost.fuelCostDkk + cost.socialCostDkk,
    };
  });
  const employeeYearlyKm = unallocatedKm * yearly;
  const employeeCost = vehicleYearlyCost(employeeCarModel(p), employeeYearlyKm, p);
  const allowanceDkk = drivingAllowance(employeeYearlyKm, p);
  const employeeCar: EmployeeCarConsequence = {
    trips: unallocatedTrips,
    km: unallocatedKm,
    yearlyKm: employeeYearlyKm,
    ...employeeCost,
    // The employer pays allowance, not the employee's fuel: fuel cost is not added.
    allowanceDkk,
    totalDkk: allowanceDkk + employeeCost.socialCostDkk,
  };
  const sum = (f: (v: VehicleConsequence) => number) => vehicles.reduce((s, v) => s + f(v), 0);
  const fixedCostDkk = sum((v) => v.fixedCostDkk);
  const fuelCostDkk = sum((v) => v.fuelCostDkk);
  const socialCostDkk = sum((v) => v.socialCostDkk) + employeeCar.socialCostDkk;
  return {
    vehicles,
    employeeCar,
    fixedCostDkk,
    fuelCostDkk,
    co2eTonnes: sum((v) => v.co2eTonnes) + employeeCar.co2eTonnes,
    socialCostDkk,
    allowanceDkk,
    totalDkk: allowanceDkk + fixedCostDkk + fuelCostDkk + socialCostDkk,
    unallocatedTrips,
  };
}

/** The employee's own car that drives unallocated trips (also priced by the allocation). */
export function employeeCarModel(p: Parameters): Pick<Vehicle, "type" | "fuel" | "kmPerLitre" | "whPerKm"> {
  const fuel = EMPLOYEE_FUEL[p.employeeCarFuel];
  return fuel === "electric"
    ? { type: "ev", fuel, kmPerLitre: null, whPerKm: p.employeeCarWltp }
    : { type: "fossil", fuel, kmPerLitre: p.employeeCarWltp, whPerKm: null };
}
