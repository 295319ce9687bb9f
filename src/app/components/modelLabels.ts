import type { Language, Translate } from "../../i18n/translate";
import { formatInteger, formatKroner } from "../../i18n/format";
import { plateOf, type ModelGroup, type OverviewVehicle } from "../state/fleetGroups";

/**
 * A model group's name as the form shows it, unique within the form: the model label, plus the
 * first Bil id when another group has the same label (the same model at another location).
 * @example groupLabel(aygoAtVandvaerket, "en", t) //=> "Toyota Aygo X (benzin, 21.1 km/l) · no. 32"
 */
export function groupLabel(group: ModelGroup, lang: Language, t: Translate): string {
  const model = localModelLabel(group.modelLabel, group.type, lang);
  return group.distinguishBy === "id" ? t("form.modelWithId", { model, id: group.id }) : model;
}

/**
 * A row's yearly cost: one amount when its vehicles cost the same, else the cheapest to the dearest
 * with an en dash (Intl's own range uses a hyphen in Danish and a "~" for equal ends).
 * @example kronerRange({ min: 28000, max: 34000 }, "da") //=> "28.000–34.000 kr."
 */
export function kronerRange(range: { min: number; max: number }, lang: Language): string {
  if (range.min === range.max) return formatKroner(range.min, lang);
  const span = `${formatInteger(range.min, lang)}–${formatInteger(range.max, lang)}`;
  return formatKroner(0, lang).replace("0", span);
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
