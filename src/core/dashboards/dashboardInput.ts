import type { ScenarioResult } from "../scenario/runScenario";
import type { Shift } from "../shifts/shiftTypes";
import { memberName } from "../simulation/buildFleet";

/** One vehicle on the dashboards. */
export interface DashboardVehicle {
  name: string;
  /** Driven on electricity (elbil, elcykel): counts toward the electric share. */
  electric: boolean;
}

/** One trip as driven: its vehicle is an index into `vehicles`, or -1 when no vehicle took it. */
export interface DashboardTrip {
  startMs: number;
  endMs: number;
  km: number;
  vehicle: number;
}

/** What every dashboard is computed from: a period of whole days, vehicles, trips and shifts. */
export interface DashboardInput {
  /** Naive ms of the first day, 00:00. */
  fromMs: number;
  periodDays: number;
  vehicles: DashboardVehicle[];
  trips: DashboardTrip[];
  /** The location's shifts (Vagtlag); null: the whole day counts. */
  shifts: Shift[] | null;
  /** CO2e of the vehicles' driving in the period, in tonnes. */
  co2eTonnes: number;
}

const DAYS_PER_YEAR = 365;

/** What the dashboards read of a run: the period, its trips and today's fleet as it drove them. */
export type DrivenPeriod = Pick<ScenarioResult, "fromMs" | "periodDays" | "trips" | "shifts" | "current">;

/**
 * The dashboards' view of a scenario: the CURRENT fleet as it drove (the trips replayed on the
 * vehicles that drove them), i.e. the data itself, not the simulated fleet. With shifts (Vagtlag)
 * the scenario's trips are the per-shift merged round trips, so time out counts from a merged
 * trip's first start to its last end.
 */
export function dashboardInputOf(result: DrivenPeriod): DashboardInput {
  const run = result.current;
  const trips: DashboardTrip[] = result.trips.map((t, i) => ({
    startMs: t.startMs,
    endMs: t.endMs,
    km: t.distanceKm,
    vehicle: run.allocation.memberOfTrip[i] ?? -1,
  }));
  const yearlyCo2e = run.consequences.vehicles.reduce((s, v) => s + v.co2eTonnes, 0);
  return {
    fromMs: result.fromMs,
    periodDays: result.periodDays,
    vehicles: run.fleet.map((m) => ({
      name: memberName(m, false),
      electric: m.vehicle.type === "ev" || m.vehicle.type === "ebike",
    })),
    trips,
    shifts: result.shifts,
    // The scenario prices a year; the dashboards show the period's own CO2e.
    co2eTonnes: (yearlyCo2e * result.periodDays) / DAYS_PER_YEAR,
  };
}
