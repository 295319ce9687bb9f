import type { Parameters } from "../model/parameters";
import type { FleetMember, Vehicle } from "../model/types";
import { fuelPricePerUnit } from "../consequences/energy";
import { WH_PER_KWH } from "../model/constants";

const TYPE_RANK: Record<Vehicle["type"], number> = { bike: 0, ebike: 1, ev: 2, fossil: 3 };

/** Fuel or electricity cost per km, undiscounted: the tie-break between equally clean vehicles. */
export function energyCostPerKm(v: Vehicle, p: Parameters): number {
  if (v.type === "ev") return ((v.whPerKm ?? 0) / WH_PER_KWH) * p.priceDkkPerKwh;
  if (v.type === "fossil" && v.kmPerLitre) return fuelPricePerUnit(v.fuel, p) / v.kmPerLitre;
  return 0;
}

/** A vehicle model in the simulated fleet and the indices of its copies. */
export interface ModelGroup {
  sourceId: string;
  memberIndices: number[];
  /** Cars share load between copies (least-used first); bikes keep a fixed order, as the reference. */
  shareLoad: boolean;
}

/**
 * §4.2 vehicle order: bikes, then e-bikes, then EVs by Wh/km ascending, then fossil cars by km/l
 * descending; ties by energy cost per km, then by the order of the fleet as given.
 */
export function orderFleet(members: readonly FleetMember[], p: Parameters): ModelGroup[] {
  const groups = new Map<string, ModelGroup>();
  members.forEach((m, i) => {
    const g = groups.get(m.vehicle.id);
    if (g) g.memberIndices.push(i);
    else
      groups.set(m.vehicle.id, {
        sourceId: m.vehicle.id,
        memberIndices: [i],
        shareLoad: m.vehicle.type === "ev" || m.vehicle.type === "fossil",
      });
  });
  const list = [...groups.values()];
  const key = (g: ModelGroup) => members[g.memberIndices[0]].vehicle;
  const efficiency = (v: Vehicle) =>
    v.type === "ev" ? (v.whPerKm ?? Infinity) : v.type === "fossil" ? -(v.kmPerLitre ?? 0) : 0;
  return list
    .map((g, order) => ({ g, order }))
    .sort((a, b) => {
      const va = key(a.g);
      const vb = key(b.g);
      return (
        TYPE_RANK[va.type] - TYPE_RANK[vb.type] ||
        efficiency(va) - efficiency(vb) ||
        energyCostPerKm(va, p) - energyCostPerKm(vb, p) ||
        a.order - b.order
      );
    })
    .map((x) => x.g);
}
