import { useMemo } from "react";
import {
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { InputOverview } from "../../engine/api";
import {
  changeLocation,
  formProblems,
  locationHasShifts,
  type SimulationForm,
} from "../state/simulationForm";
import { groupsIn, modelGroups } from "../state/fleetGroups";
import { CurrentFleetField } from "./CurrentFleetField";
import { SimulatedFleetFields } from "./SimulatedFleetFields";
import { BikeSettingsSection } from "./BikeSettingsSection";
import { useI18n } from "../../i18n/I18nContext";

export interface SimulationFormViewProps {
  overview: InputOverview;
  form: SimulationForm;
  disabled: boolean;
  onChange: (form: SimulationForm) => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * Step 2: which location, which period, the current fleet and the simulated fleet (by model), the
 * km cap, the bike settings and the allocation.
 */
export function SimulationFormView({ overview, form, disabled, onChange }: SimulationFormViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const groups = useMemo(() => modelGroups(overview, form.location), [overview, form.location]);
  const problems = formProblems(form);
  const periodInvalid = problems.includes("form.periodInvalid");

  return (
    <div className={styles.form}>
      <Field label={t("form.location")}>
        <Select
          value={form.location}
          disabled={disabled}
          onChange={(_, data) => onChange(changeLocation(form, overview, data.value))}
        >
          {overview.locations.map((l) => (
            <option key={l.name} value={l.name}>
              {l.name}
            </option>
          ))}
        </Select>
      </Field>

      <div className={styles.row}>
        <Field label={t("form.periodFrom")} validationState={periodInvalid ? "error" : "none"}>
          <Input
            type="date"
            value={form.fromDate}
            disabled={disabled}
            onChange={(_, data) => onChange({ ...form, fromDate: data.value })}
          />
        </Field>
        <Field label={t("form.periodTo")} validationState={periodInvalid ? "error" : "none"}>
          <Input
            type="date"
            value={form.toDate}
            disabled={disabled}
            onChange={(_, data) => onChange({ ...form, toDate: data.value })}
          />
        </Field>
      </div>
      {periodInvalid && <Caption1 role="alert">{t("form.periodInvalid")}</Caption1>}

      {locationHasShifts(overview, form.location) && (
        <MessageBar intent="info">
          <MessageBarBody>{t("form.shiftsNote")}</MessageBarBody>
        </MessageBar>
      )}

      <CurrentFleetField
        groups={groupsIn(groups, "location")}
        form={form}
        disabled={disabled}
        onChange={onChange}
      />
      <SimulatedFleetFields groups={groups} form={form} disabled={disabled} onChange={onChange} />

      <Switch
        label={t("form.limitKm")}
        checked={form.limitKm}
        disabled={disabled}
        onChange={(_, data) => onChange({ ...form, limitKm: data.checked })}
      />

      <BikeSettingsSection overview={overview} form={form} disabled={disabled} onChange={onChange} />

      <Field label={t("form.allocation")}>
        <RadioGroup
          value={form.allocation}
          disabled={disabled}
          onChange={(_, data) =>
            onChange({ ...form, allocation: data.value as SimulationForm["allocation"] })
          }
        >
          <Radio value="simple" label={t("form.allocation.simple")} />
          <Radio value="greedy" label={t("form.allocation.greedy")} />
          <Radio value="optimal" label={t("form.allocation.optimal")} />
        </RadioGroup>
      </Field>
      <Checkbox
        label={t("form.allocation.compare")}
        checked={form.compareAllocations}
        disabled={disabled}
        onChange={(_, data) => onChange({ ...form, compareAllocations: data.checked === true })}
      />
    </div>
  );
}
