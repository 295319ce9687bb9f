import type { Language, Translate } from "../../i18n/translate";
import { formatKroner } from "../../i18n/format";
import { plateOf, type ModelGroup, type OverviewVehicle } from "../state/fleetGroups";

/**
 * A model group's name as the form shows it, unique within the form: the model label, plus the
 * yearly cost or the first Bil id when another group has the same label.
 * @example groupLabel(zoeAt48300, "en", t) //=> "Renault Zoe (el, 165 Wh/km) · DKK 48,300 a year"
 */
export function groupLabel(group: ModelGroup, lang: Language, t: Translate): string {
  if (group.distinguishBy === "cost" && group.yearlyCostDkk !== null) {
    return t("form.modelWithCost", {
      model: group.modelLabel,
      cost: formatKroner(group.yearlyCostDkk, lang),
    });
  }
  if (group.distinguishBy === "id") return t("form.modelWithId", { model: group.modelLabel, id: group.id });
  return group.modelLabel;
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
