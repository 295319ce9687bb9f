import type { Language, Translate } from "../../i18n/translate";
import { formatKroner } from "../../i18n/format";
import { plateOf, type ModelGroup, type OverviewVehicle } from "../state/fleetGroups";

/**
 * A model group's name as the form shows it, unique within the form: the model label, plus the
 * yearly cost or the first Bil id when another group has the same label.
 * @example groupLabel(zoeAt48300, "en", t) //=> "Renault Zoe (el, 165 Wh/km) · DKK 48,300 a year"
 */
export function groupLabel(group: ModelGroup, lang: Language, t: Translate): string {
  const model = localModelLabel(group.modelLabel, group.type, lang);
  if (group.distinguishBy === "cost" && group.yearlyCostDkk !== null) {
    return t("form.modelWithCost", { model, cost: formatKroner(group.yearlyCostDkk, lang) });
  }
  if (group.distinguishBy === "id") return t("form.modelWithId", { model, id: group.id });
  return model;
}

/**
 * The engine's model label in the pane's language. The engine writes it once for every language
 * ("21.4 km/l", "(bike)" or "(e-bike)"); in Danish the decimal is a comma
 * and a bike is a "cykel" or an "elcykel".
 * @example localModelLabel("Toyota Aygo X (benzin, 21.4 km/l)", "fossil", "da") //=> "Toyota Aygo X (benzin, 21,4 km/l)"
 */
export function localModelLabel(label: string, type: string, lang: Language): string {
  if (lang !== "da") return label;
  const bike = type === "ebike" ? "elcykel" : "cykel";
  return label.replace(/(\d)\.(\d+) km\/l\)$/, "$1,$2 km/l)").replace(/ \((?:e-)?bike\)$/, ` (${bike})`);
}

/**
 * One vehicle within its model: its number plate and Bil id ("LL81850 (1001)"), or only the id.
 */
export function vehicleRef(vehicle: OverviewVehicle, t: Translate): string {
  const plate = plateOf(vehicle);
  return plate
    ? t("form.vehicleWithPlate", { plate, id: vehicle.id })
    : t("form.vehicleNumber", { id: vehicle.id });
}
