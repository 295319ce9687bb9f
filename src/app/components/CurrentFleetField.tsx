import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { ModelGroup } from "../state/fleetGroups";
import { groupChecked, toggleCurrentMany, type SimulationForm } from "../state/simulationForm";
import { useI18n } from "../../i18n/I18nContext";
import { fieldsetStyles } from "./fieldsetStyles";
import { groupLabel, vehicleRef } from "./modelLabels";
import { NotSimulatableNote } from "./NotSimulatableNote";
import { isSimulatable, simulatableIds } from "../state/vehicleReadiness";

export interface CurrentFleetFieldProps {
  /** The location's vehicles as model groups. */
  groups: ModelGroup[];
  form: SimulationForm;
  disabled: boolean;
  onChange: (form: SimulationForm) => void;
}

const useStyles = makeStyles({
  ...fieldsetStyles,
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  members: {
    display: "flex",
    flexDirection: "column",
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  chevron: { display: "inline-block", width: "1em", textAlign: "center" },
});

/**
 * The current fleet, folded behind one line ("Current fleet: 40 of 40 vehicles"): the location's
 * vehicles grouped by identical model, all ticked by default. A
 * group of several has one tick for all of them and opens to tick each vehicle; a group of one is
 * a single tick.
 */
export function CurrentFleetField({ groups, form, disabled, onChange }: CurrentFleetFieldProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <>
      {/* Every vehicle is ticked to begin with: the list stays folded until someone wants to change it. */}
      <Accordion collapsible>
        <AccordionItem value="current">
          <AccordionHeader size="small">
            {t("form.currentFleetSummary", {
              ticked: form.currentIds.length,
              total: groups.reduce((n, g) => n + g.vehicles.length, 0),
            })}
          </AccordionHeader>
          <AccordionPanel>
            <fieldset className={styles.group}>
              <legend className={styles.legend}>{t("form.currentFleet")}</legend>
              <Caption1>{t("form.currentFleetHint")}</Caption1>
              {groups.map((group) => (
                <GroupTicks
                  key={group.id}
                  group={group}
                  form={form}
                  disabled={disabled}
                  onChange={onChange}
                />
              ))}
            </fieldset>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {form.currentIds.length === 0 && <Caption1 role="alert">{t("form.currentFleetEmpty")}</Caption1>}
    </>
  );
}

function GroupTicks({
  group,
  form,
  disabled,
  onChange,
}: {
  group: ModelGroup;
  form: SimulationForm;
  disabled: boolean;
  onChange: (form: SimulationForm) => void;
}) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const membersId = useId("group-vehicles");
  const label = groupLabel(group, lang, t);
  const tick = (ids: string[], checked: boolean | "mixed") =>
    onChange(toggleCurrentMany(form, ids, checked === true));

  if (group.vehicles.length === 1) {
    const [vehicle] = group.vehicles;
    return (
      <div>
        <Checkbox
          label={t("form.singleVehicle", { model: label, vehicle: vehicleRef(vehicle, t) })}
          checked={form.currentIds.includes(vehicle.id)}
          disabled={disabled || !isSimulatable(vehicle)}
          onChange={(_, data) => tick([vehicle.id], data.checked)}
        />
        <NotSimulatableNote vehicles={group.vehicles} />
      </div>
    );
  }

  return (
    <div>
      <div className={styles.row}>
        <Checkbox
          label={t("form.groupOfMany", { model: label, count: group.vehicles.length })}
          checked={groupChecked(form, group)}
          disabled={disabled || simulatableIds(group.vehicles).length === 0}
          // Ticking a partly ticked group ticks all of it.
          onChange={(_, data) => tick(simulatableIds(group.vehicles), data.checked)}
        />
        <Button
          appearance="transparent"
          size="small"
          aria-expanded={open}
          aria-controls={membersId}
          aria-label={t("form.groupVehicles", { model: label })}
          icon={
            <span aria-hidden className={styles.chevron}>
              {open ? "▾" : "▸"}
            </span>
          }
          onClick={() => setOpen(!open)}
        />
      </div>
      <NotSimulatableNote vehicles={group.vehicles} />
      {open && (
        <div id={membersId} role="group" aria-label={label} className={styles.members}>
          {group.vehicles.map((v) => (
            <Checkbox
              key={v.id}
              label={vehicleRef(v, t)}
              checked={form.currentIds.includes(v.id)}
              disabled={disabled || !isSimulatable(v)}
              onChange={(_, data) => tick([v.id], data.checked)}
            />
          ))}
        </div>
      )}
    </div>
  );
}
