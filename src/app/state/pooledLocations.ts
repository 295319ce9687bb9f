import type { ScenarioRequest } from "../../core/scenario/scenarioRequest";
import type { InputOverview } from "../../engine/api";

/** How the engine names a pool of locations (src/engine/scenarioInputs.ts): "A + B". */
export function pooledName(names: readonly string[]): string {
  return names.join(" + ");
}

/**
 * The overview as the simulation form sees a pool of two or more locations: their vehicles and
 * counts as one location named as the engine names it, so the form (fleet picker, model counts,
 * shifts note) works on the pool exactly as on one location. Fewer than two: the overview as is.
 */
export function poolOverview(overview: InputOverview, names: readonly string[]): InputOverview {
  if (names.length < 2) return overview;
  const members = new Set(names);
  const pooled = pooledName(names);
  const inPool = overview.locations.filter((l) => members.has(l.name));
  const everyMemberHasShifts = names.every((n) => overview.shiftLocations.includes(n));
  return {
    ...overview,
    locations: [
      {
        name: pooled,
        vehicleCount: inPool.reduce((n, l) => n + l.vehicleCount, 0),
        tripCount: inPool.reduce((n, l) => n + l.tripCount, 0),
      },
      ...overview.locations.filter((l) => !members.has(l.name)),
    ],
    vehicles: overview.vehicles.map((v) => (members.has(v.location) ? { ...v, location: pooled } : v)),
    shiftLocations: everyMemberHasShifts ? [...overview.shiftLocations, pooled] : overview.shiftLocations,
  };
}

/** The engine's request for a pooled form: the locations by name, as the CLI's repeated --location. */
export function poolRequest<R extends ScenarioRequest>(request: R, names: readonly string[]): R {
  return names.length < 2 ? request : { ...request, location: null, locations: [...names] };
}

export interface LocationGroup {
  /** "Sundhed · Hjemmeplejen"; null: the locations without Forvaltning and Afdeling. */
  label: string | null;
  locations: string[];
}

/**
 * The locations grouped by Forvaltning and Afdeling (as OS2 groups them), each location under the
 * labels its first vehicle carries; one unlabelled group when the data has neither column.
 */
export function locationGroups(overview: InputOverview): LocationGroup[] {
  const groups = new Map<string | null, string[]>();
  for (const { name } of overview.locations) {
    const first = overview.vehicles.find((v) => v.location === name);
    const parts = [first?.forvaltning, first?.department].filter((p): p is string => !!p && p.trim() !== "");
    const label = parts.length ? parts.join(" · ") : null;
    groups.set(label, [...(groups.get(label) ?? []), name]);
  }
  return [...groups].map(([label, locations]) => ({ label, locations }));
}
