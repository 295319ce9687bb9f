import type { FleetMember, Trip } from "../model/types";
import { emptyAllocation, type Allocation } from "./allocation";

/**
 * The current fleet replays reality: each trip on the vehicle that drove it. No rule applies;
 * a trip of a vehicle outside the fleet stays unallocated (the caller only passes trips of the
 * current fleet's vehicles).
 */
export function replayCurrentFleet(trips: readonly Trip[], fleet: readonly FleetMember[]): Allocation {
  const indexOf = new Map(fleet.map((m, i) => [m.vehicle.id, i]));
  const allocation = emptyAllocation(trips.length);
  trips.forEach((trip, t) => {
    const i = indexOf.get(trip.vehicleId);
    if (i === undefined) allocation.reasonOfTrip[t] = "noVehicleFree";
    else allocation.memberOfTrip[t] = i;
  });
  return allocation;
}
