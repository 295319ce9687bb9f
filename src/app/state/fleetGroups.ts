import type { InputOverview } from "../../engine/api";

export type OverviewVehicle = InputOverview["vehicles"][number];

/**
 * Where a model group is offered in the simulated fleet: the chosen location's own vehicles,
 * candidates (no Lokation, or a Kandidater sheet) and the vehicles of the other locations.
 */
export type FleetSection = "location" | "candidates" | "otherLocations";

export const FLEET_SECTIONS: readonly FleetSection[] = ["location", "candidates", "otherLocations"];

/**
 * Vehicles of one section with equal groupKey: one row of the fleet table, the same make, model,
 * type, fuel and consumption whatever each costs a year (rowCopies says which of them a count
 * stands for).
 */
export interface ModelGroup {
  /** The first vehicle's Bil id: the form's key for the group's count. */
  id: string;
  groupKey: string;
  section: FleetSection;
  /** "Toyota Aygo X (benzin, 21.1 km/l)". */
  modelLabel: string;
  type: string;
  /** In workbook order; never empty. */
  vehicles: OverviewVehicle[];
  /** The view tells this group from another with the same model label by its first Bil id. */
  distinguishBy: "id" | null;
  /** Position of the group's first vehicle in the workbook: the order the request lists models in. */
  order: number;
}

export function sectionOf(vehicle: OverviewVehicle, location: string): FleetSection {
  if (vehicle.location === location) return "location";
  return vehicle.location === "" ? "candidates" : "otherLocations";
}

/**
 * Every vehicle of the workbook as model groups for `location`: its own vehicles first, then the
 * candidates, then the other locations' vehicles; within a section in workbook order of each
 * group's first vehicle.
 * @example modelGroups(overview, "Rådhuset").map((g) => g.section) //=> ["location", "candidates", "otherLocations"]
 */
export function modelGroups(overview: InputOverview, location: string): ModelGroup[] {
  const bySectionKey = new Map<string, ModelGroup>();
  overview.vehicles.forEach((vehicle, index) => {
    const section = sectionOf(vehicle, location);
    const key = `${section}\u0000${vehicle.groupKey}`;
    const group = bySectionKey.get(key);
    if (group) {
      group.vehicles.push(vehicle);
      return;
    }
    bySectionKey.set(key, {
      id: vehicle.id,
      groupKey: vehicle.groupKey,
      section,
      modelLabel: vehicle.modelLabel,
      type: vehicle.type,
      vehicles: [vehicle],
      distinguishBy: null,
      order: index,
    });
  });
  const groups = FLEET_SECTIONS.flatMap((s) => [...bySectionKey.values()].filter((g) => g.section === s));
  for (const group of groups) group.distinguishBy = distinguishBy(group, groups);
  return groups;
}

// Same label, other group: the same model at another location, or a type the label does not show.
function distinguishBy(group: ModelGroup, groups: readonly ModelGroup[]): ModelGroup["distinguishBy"] {
  return groups.some((g) => g !== group && g.modelLabel === group.modelLabel) ? "id" : null;
}

export function groupsIn(groups: readonly ModelGroup[], section: FleetSection): ModelGroup[] {
  return groups.filter((g) => g.section === section);
}

/**
 * The vehicle's number plate, taken from its name ("Peugeot 208 LL81850" for the model
 * "Peugeot 208 (benzin, 18.4 km/l)"); "" when it has none.
 * @example plateOf({ name: "Peugeot 208 LL81850", modelLabel: "Peugeot 208 (benzin, 18.4 km/l)" }) //=> "LL81850"
 */
export function plateOf(vehicle: Pick<OverviewVehicle, "name" | "modelLabel">): string {
  const { name, modelLabel } = vehicle;
  // The label is "<make model> (<fuel>, <use>)"; the make and model may hold " (" themselves.
  for (let i = modelLabel.lastIndexOf(" ("); i > 0; i = modelLabel.lastIndexOf(" (", i - 1)) {
    const base = modelLabel.slice(0, i);
    if (name === base) return "";
    if (name.startsWith(`${base} `)) return name.slice(base.length + 1).trim();
  }
  return "";
}
