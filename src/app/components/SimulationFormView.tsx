import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { InputOverview } from "../../worker/api";
import {
  candidateVehicles,
  changeLocation,
  fleetTotal,
  formProblems,
  setFleetCount,
  toggleCurrent,
  vehiclesAt,
  type SimulationForm,
} from "../state/simulationForm";
import { FleetCountField } from "./FleetCountField";
import { useI18n } from "../../i18n/I18nContext";
import { vehicleTypeLabel } from "../../i18n/translate";

export interface SimulationFormViewProps {
  overview: InputOverview;
  form: SimulationForm;
  disabled: boolean;
  onChange: (form: SimulationForm) => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: "none",
    padding: 0,
    margin: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  subgroup: { marginTop: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

type Vehicle = InputOverview["vehicles"][number];

function vehicleLabel(v: Vehicle): string {
  return v.name && v.name !== v.id ? `${v.name} (${v.id})` : v.id;
}

/** Step 2: which location, which period, the current fleet and the simulated fleet. */
export function SimulationFormView({ overview, form, disabled, onChange }: SimulationFormViewProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const local = vehiclesAt(overview, form.location);
  const others = candidateVehicles(overview, form.location);
  const problems = formProblems(form);
  const periodInvalid = problems.includes("form.periodInvalid");

  const countField = (v: Vehicle) => (
    <FleetCountField
      key={v.id}
      label={vehicleLabel(v)}
      hint={vehicleTypeLabel(lang, v.type)}
      count={form.fleetCounts[v.id] ?? 0}
      disabled={disabled}
      onChange={(count) => onChange(setFleetCount(form, v.id, count))}
    />
  );

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

      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>{t("form.currentFleet")}</Subtitle2>
        </legend>
        <Caption1>{t("form.currentFleetHint")}</Caption1>
        {local.map((v) => (
          <Checkbox
            key={v.id}
            label={vehicleLabel(v)}
            checked={form.currentIds.includes(v.id)}
            disabled={disabled}
            onChange={(_, data) => onChange(toggleCurrent(form, v.id, data.checked === true))}
          />
        ))}
        {problems.includes("form.currentFleetEmpty") && (
          <Caption1 role="alert">{t("form.currentFleetEmpty")}</Caption1>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>{t("form.simulatedFleet")}</Subtitle2>
        </legend>
        <Caption1>{t("form.simulatedFleetHint")}</Caption1>
        {local.length > 0 && (
          <div className={styles.subgroup}>{t("form.locationVehicles", { location: form.location })}</div>
        )}
        {local.map(countField)}
        {others.length > 0 && <div className={styles.subgroup}>{t("form.otherVehicles")}</div>}
        {others.map(countField)}
        <Caption1 aria-live="polite">{t("form.fleetTotal", { count: fleetTotal(form) })}</Caption1>
      </fieldset>

      <Switch
        label={t("form.limitKm")}
        checked={form.limitKm}
        disabled={disabled}
        onChange={(_, data) => onChange({ ...form, limitKm: data.checked })}
      />

      <Field label={t("form.allocation")}>
        {/* Only the rule-based simulation exists yet; the others are shown so users know they are coming. */}
        <RadioGroup value="simple" disabled={disabled}>
          <Radio value="simple" label={t("form.allocation.simple")} />
          <Radio value="greedy" label={t("form.allocation.greedy")} disabled />
          <Radio value="optimal" label={t("form.allocation.optimal")} disabled />
        </RadioGroup>
      </Field>
    </div>
  );
}
