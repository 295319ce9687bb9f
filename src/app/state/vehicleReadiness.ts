import type { MissingDataCode } from "../../engine/missingVehicleData";
import type { MessageKey, Translate } from "../../i18n/translate";
import type { InputOverview } from "../../engine/api";

type OverviewVehicle = InputOverview["vehicles"][number];

/** Can the vehicle take part in a simulation? Not without its WLTP, its yearly cost or (an EV) its range. */
export function isSimulatable(vehicle: Pick<OverviewVehicle, "missingData">): boolean {
  return (vehicle.missingData ?? []).length === 0;
}

const REASONS: Record<MissingDataCode, MessageKey> = {
  "missing-consumption": "fleet.missing.consumption",
  "missing-yearly-cost": "fleet.missing.yearlyCost",
  "ev-without-range": "fleet.missing.range",
};

/** Why the picker keeps the vehicle out, in the user's words; "" when it may take part. */
export function notSimulatableReason(vehicle: Pick<OverviewVehicle, "missingData">, t: Translate): string {
  const codes = vehicle.missingData ?? [];
  if (codes.length === 0) return "";
  return t("fleet.notSimulatable", { reasons: codes.map((c) => t(REASONS[c])).join(", ") });
}

/** The ids that may be ticked: a whole group's tick leaves out the vehicles that cannot take part. */
export function simulatableIds(vehicles: readonly OverviewVehicle[]): string[] {
  return vehicles.filter(isSimulatable).map((v) => v.id);
}
