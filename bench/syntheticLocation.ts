import { createRandom } from "../scripts/_lib/random";
import type { Trip, Vehicle } from "../src/core/model/types";
import { MS_PER_DAY, MS_PER_MINUTE } from "../src/core/model/constants";

export interface SyntheticLocation {
  vehicles: Vehicle[];
  trips: Trip[];
  fromDate: string;
  toDate: string;
}

/**
 * A seeded location for benchmarks: `vehicleCount` vehicles (bikes, EVs, petrol and diesel cars)
 * driving `weeks` weeks of home-care round trips; about 3 trips per vehicle per day.
 */
export function syntheticLocation(seed: number, vehicleCount: number, weeks: number): SyntheticLocation {
  const r = createRandom(seed);
  const start = Date.UTC(2025, 2, 3);
  const vehicles: Vehicle[] = Array.from({ length: vehicleCount }, (_, i) => {
    const kind = i % 10 === 0 ? "bike" : i % 10 < 4 ? "ev" : "fossil";
    return {
      id: String(1000 + i),
      plate: `BX${10000 + i}`,
      make: kind === "ev" ? "Renault" : kind === "bike" ? "Principia" : "Toyota",
      model: kind === "ev" ? "Zoe" : kind === "bike" ? "Citybike" : "Yaris",
      type: kind,
      fuelLabel: kind === "ev" ? "el" : kind === "bike" ? "bike" : i % 3 === 0 ? "diesel" : "benzin",
      fuel: kind === "ev" ? "electric" : kind === "bike" ? "none" : i % 3 === 0 ? "diesel" : "petrol",
      kmPerLitre: kind === "fossil" ? r.uniform(14, 24) : null,
      whPerKm: kind === "ev" ? r.uniform(140, 190) : null,
      capacityDecreasePct: kind === "ev" ? 15 : null,
      co2GramPerKm: null,
      rangeKm: kind === "ev" ? 380 : null,
      yearlyCostDkk: kind === "bike" ? 2000 : r.uniform(38000, 52000),
      leaseStartMs: null,
      leaseEndMs: null,
      leasingType: "operationel",
      kmPerYear: 20000,
      restHours: kind === "ev" ? 7 : null,
      location: "Bench",
      sourceRow: i + 2,
    };
  });
  const trips: Trip[] = [];
  for (const v of vehicles) {
    for (let day = 0; day < weeks * 7; day++) {
      const weekend = day % 7 >= 5;
      let t = start + day * MS_PER_DAY + r.int(6 * 60, 9 * 60) * MS_PER_MINUTE;
      const n = weekend ? r.int(0, 2) : r.int(2, 5);
      for (let k = 0; k < n; k++) {
        const km = v.type === "bike" ? r.uniform(1, 8) : Math.min(150, r.logNormal(7, 0.8));
        const minutes = Math.round((km / (v.type === "bike" ? 13 : 32)) * 60) + r.int(10, 45);
        trips.push({
          id: `B${trips.length + 1}`,
          startMs: t,
          endMs: t + minutes * MS_PER_MINUTE,
          distanceKm: Math.round(km * 10) / 10,
          vehicleId: v.id,
          location: "Bench",
          sourceRow: trips.length + 2,
        });
        t += (minutes + r.int(6, 90)) * MS_PER_MINUTE;
      }
    }
  }
  const end = start + (weeks * 7 - 1) * MS_PER_DAY;
  return {
    vehicles,
    trips,
    fromDate: new Date(start).toISOString().slice(0, 10),
    toDate: new Date(end).toISOString().slice(0, 10),
  };
}
