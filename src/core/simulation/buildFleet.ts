import type { FleetCount, FleetMember, Vehicle } from "../model/types";

/** The current fleet: one of each vehicle, keyed by its Bil id. */
export function currentFleet(vehicles: readonly Vehicle[]): FleetMember[] {
  return vehicles.map((vehicle) => ({ key: vehicle.id, vehicle, copy: 1 }));
}

/** A simulated fleet: `count` copies of each model, keyed "12#1", "12#2", … */
export function simulatedFleet(
  counts: readonly FleetCount[],
  byId: ReadonlyMap<string, Vehicle>,
): FleetMember[] {
  const members: FleetMember[] = [];
  for (const { sourceId, count } of counts) {
    const vehicle = byId.get(sourceId);
    if (!vehicle) throw new Error(`Unknown vehicle ${sourceId}`);
    for (let copy = 1; copy <= count; copy++) members.push({ key: `${sourceId}#${copy}`, vehicle, copy });
  }
  return members;
}

/** "Toyota Yaris AB12345" for a real vehicle, "Toyota Yaris 2" for the second simulated copy. */
export function memberName(m: FleetMember, simulated: boolean): string {
  const base = [m.vehicle.make, m.vehicle.model].filter((s) => s !== "").join(" ") || `Bil ${m.vehicle.id}`;
  return simulated ? `${base} ${m.copy}` : m.vehicle.plate ? `${base} ${m.vehicle.plate}` : base;
}
