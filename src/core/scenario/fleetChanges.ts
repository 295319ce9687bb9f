import type { Vehicle } from "../model/types";
import type { ScenarioResult } from "./runScenario";

export interface FleetChange {
  /** "Toyota Yaris (benzin, 21.9 km/l)". */
  model: string;
  type: Vehicle["type"];
  /** The first vehicle of the model met, for labels that need more than `model`. */
  vehicle: Vehicle;
  current: number;
  simulated: number;
  /** simulated − current. */
  difference: number;
}

/** Identical models (same make, model, fuel and consumption) count as one line. */
export function modelKey(v: Vehicle): string {
  return [v.make, v.model, v.type, v.fuelLabel, v.kmPerLitre ?? "", v.whPerKm ?? ""].join("|");
}

/**
 * "Toyota Yaris (benzin, 21.9 km/l)": a car says its fuel as the sheet has it; a bike says which
 * kind of bike it is, as the result sheets do, since both kinds have the same fuel ("bike"). The
 * pane puts the words into Danish (localModelLabel).
 */
export function modelLabel(v: Vehicle): string {
  const name = [v.make, v.model].filter((s) => s !== "").join(" ") || `Bil ${v.id}`;
  if (v.type === "bike" || v.type === "ebike") return `${name} (${v.type === "ebike" ? "e-bike" : "bike"})`;
  const use = v.type === "fossil" ? `${v.kmPerLitre} km/l` : `${v.whPerKm} Wh/km`;
  return `${name} (${v.fuelLabel}, ${use})`;
}

/**
 * The fleet change per model: how many the location has today, how many the simulated fleet has,
 * and the difference — what a coordinator takes to the leasing company.
 */
export function fleetChanges(result: ScenarioResult): FleetChange[] {
  const rows = new Map<string, FleetChange>();
  const row = (v: Vehicle) => {
    const key = modelKey(v);
    let r = rows.get(key);
    if (!r) {
      r = { model: modelLabel(v), type: v.type, vehicle: v, current: 0, simulated: 0, difference: 0 };
      rows.set(key, r);
    }
    return r;
  };
  for (const m of result.current.fleet) row(m.vehicle).current += 1;
  for (const m of result.simulated.fleet) row(m.vehicle).simulated += 1;
  for (const r of rows.values()) r.difference = r.simulated - r.current;
  return [...rows.values()];
}
