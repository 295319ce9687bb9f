import type { LocationReport, VehicleReport } from "../types";
import { emptyDiscards, emptyFixDrops } from "../types";

/** The precision report per location: its vehicles' figures summed, in Lokationer order. */
export function summarizeLocations(
  vehicles: readonly VehicleReport[],
  locationOrder: readonly string[],
): LocationReport[] {
  const byName = new Map<string, LocationReport>();
  for (const v of vehicles) {
    let r = byName.get(v.location);
    if (!r) {
      r = {
        location: v.location,
        vehicles: 0,
        logs: 0,
        logsUsed: 0,
        roundTrips: 0,
        completeRoundTrips: 0,
        kmAll: 0,
        kmInTrips: 0,
        kmComplete: 0,
        precision: null,
        discarded: emptyDiscards(),
        fixesDropped: emptyFixDrops(),
      };
      byName.set(v.location, r);
    }
    r.vehicles++;
    r.logs += v.logs;
    r.logsUsed += v.logsUsed;
    r.roundTrips += v.roundTrips;
    r.completeRoundTrips += v.completeRoundTrips;
    r.kmAll += v.kmAll;
    r.kmInTrips += v.kmInTrips;
    r.kmComplete += v.kmComplete;
    for (const k of Object.keys(r.discarded) as (keyof typeof r.discarded)[])
      r.discarded[k] += v.discarded[k];
    for (const k of Object.keys(r.fixesDropped) as (keyof typeof r.fixesDropped)[])
      r.fixesDropped[k] += v.fixesDropped[k];
  }
  for (const r of byName.values()) r.precision = r.kmAll > 0 ? r.kmComplete / r.kmAll : null;
  // Lokationer order first; locations known only from Køretøjer after; no location last.
  const rank = (name: string) => {
    const i = locationOrder.indexOf(name);
    return name === "" ? Infinity : i < 0 ? locationOrder.length : i;
  };
  return [...byName.values()].sort(
    (a, b) => rank(a.location) - rank(b.location) || a.location.localeCompare(b.location),
  );
}
