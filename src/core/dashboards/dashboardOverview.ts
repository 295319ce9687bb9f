import type { DashboardInput } from "./dashboardInput";

export interface DashboardOverview {
  totalKm: number;
  trips: number;
  co2eTonnes: number;
  /** km driven by electric vehicles (elbil, elcykel) / all km; 0 when nothing was driven. */
  electricShare: number;
  vehicles: number;
}

/** The overview figures (reference §7, statistics/sum) of the vehicles' own trips. */
export function dashboardOverview(input: DashboardInput): DashboardOverview {
  let totalKm = 0;
  let electricKm = 0;
  let trips = 0;
  for (const t of input.trips) {
    if (t.vehicle < 0) continue;
    trips += 1;
    totalKm += t.km;
    if (input.vehicles[t.vehicle]?.electric) electricKm += t.km;
  }
  return {
    totalKm,
    trips,
    co2eTonnes: input.co2eTonnes,
    electricShare: totalKm > 0 ? electricKm / totalKm : 0,
    vehicles: input.vehicles.length,
  };
}
