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
  const perName = new Map<string, number>();
  for (const { sourceId, count } of counts) {
    const vehicle = byId.get(sourceId);
    if (!vehicle) throw new Error(`Unknown vehicle ${sourceId}`);
    const name = baseName(vehicle);
    for (let copy = 1; copy <= count; copy++) {
      const ordinal = (perName.get(name) ?? 0) + 1;
      perName.set(name, ordinal);
      members.push({ key: `${sourceId}#${copy}`, vehicle, copy, ordinal });
    }
  }
  return members;
}

function baseName(vehicle: Vehicle): string {
  return [vehicle.make, vehicle.model].filter((s) => s !== "").join(" ") || `Bil ${vehicle.id}`;
}

/** "Toyota Yaris AB12345" for a real vehicle, "Toyota Yaris 2" for the fleet's second simulated Yaris. */
export function memberName(m: FleetMember, simulated: boolean): string {
  const base = baseName(m.vehicle);
  return simulated ? `${base} ${m.ordinal ?? m.copy}` : m.vehicle.plate ? `${base} ${m.vehicle.plate}` : base;
}
