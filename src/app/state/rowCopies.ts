import type { ModelGroup, OverviewVehicle } from "./fleetGroups";
import { isSimulatable } from "./vehicleReadiness";

/** `count` copies of one vehicle in the simulated fleet: what the request's `{ sourceId, count }` says. */
export interface RowCopy {
  vehicle: OverviewVehicle;
  count: number;
}

/**
 * Which vehicles a fleet-table row's count stands for. The row is one model whatever each vehicle
 * costs a year, so the count decides which leases the simulated fleet keeps:
 * - the location's own row keeps its vehicles cheapest first, so lowering the count removes the
 *   dearest; past today's vehicles each added copy costs what the row's cheapest does;
 * - a candidate's or another location's row owns nothing here: every copy is of the cheapest.
 * Vehicles at one cost are interchangeable, so each cost is one entry (its first vehicle in workbook
 * order), cheapest first. A row none of whose vehicles can be simulated is sent as its first
 * vehicle, for the engine to say what is missing.
 * @example rowCopies(aygosAt30_32_34kr, 2).map((c) => [c.vehicle.yearlyCostDkk, c.count]) //=> [[30000, 1], [32000, 1]]
 */
export function rowCopies(group: ModelGroup, count: number): RowCopy[] {
  if (count <= 0) return [];
  const usable = cheapestFirst(group.vehicles);
  if (usable.length === 0) return [{ vehicle: group.vehicles[0], count }];
  const owned = group.section === "location" ? usable.slice(0, count) : [];
  const added: OverviewVehicle[] = Array.from({ length: count - owned.length }, () => usable[0]);
  const byCost = new Map<number, RowCopy>();
  for (const vehicle of [...owned, ...added]) {
    const cost = vehicle.yearlyCostDkk as number;
    const copy = byCost.get(cost);
    if (copy) copy.count += 1;
    else byCost.set(cost, { vehicle, count: 1 });
  }
  return [...byCost.values()];
}

/** The yearly cost (Årlig omkostning) of `count` of the row, as rowCopies takes them. */
export function rowYearlyCost(group: ModelGroup, count: number): number {
  return rowCopies(group, count).reduce((sum, c) => sum + (c.vehicle.yearlyCostDkk ?? 0) * c.count, 0);
}

/** The cheapest and dearest yearly cost of the row's vehicles that can be simulated; null: none can. */
export function rowCostRange(group: ModelGroup): { min: number; max: number } | null {
  const usable = cheapestFirst(group.vehicles);
  if (usable.length === 0) return null;
  return { min: usable[0].yearlyCostDkk as number, max: usable[usable.length - 1].yearlyCostDkk as number };
}

/** The vehicles that can be simulated (so they have a yearly cost), cheapest first, ties in workbook order. */
function cheapestFirst(vehicles: readonly OverviewVehicle[]): OverviewVehicle[] {
  return vehicles
    .filter((v) => isSimulatable(v) && v.yearlyCostDkk !== null)
    .sort((a, b) => (a.yearlyCostDkk as number) - (b.yearlyCostDkk as number));
}
