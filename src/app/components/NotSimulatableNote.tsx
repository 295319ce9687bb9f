import { Caption1 } from "@fluentui/react-components";
import type { InputOverview } from "../../engine/api";
import { useI18n } from "../../i18n/I18nContext";
import { isSimulatable, notSimulatableReason } from "../state/vehicleReadiness";
import { vehicleRef } from "./modelLabels";

/**
 * Why a vehicle's tick is disabled: it lacks the metadata a simulation needs (as OS2, which keeps
 * such vehicles out of its picker). A disabled checkbox shows no tooltip, so the reason is text.
 */
export function NotSimulatableNote({ vehicles }: { vehicles: readonly InputOverview["vehicles"][number][] }) {
  const { t } = useI18n();
  const blocked = vehicles.filter((v) => !isSimulatable(v));
  if (blocked.length === 0) return null;
  return (
    <>
      {blocked.map((v) => (
        <Caption1 key={v.id} block>
          {`${vehicleRef(v, t)}: ${notSimulatableReason(v, t)}`}
        </Caption1>
      ))}
    </>
  );
}
