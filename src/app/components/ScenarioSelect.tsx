import { Field, Select } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nContext";
import type { FoundSheets } from "../state/useScenarioChoice";

export interface ScenarioSelectProps {
  label: string;
  found: FoundSheets;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  /** A first option for no scenario at all, when the panel works without one. */
  none?: { value: string; label: string };
}

/** The scenario sheets to choose from: a simulation's apart from the search's proposals. */
export function ScenarioSelect({ label, found, value, onChange, disabled, none }: ScenarioSelectProps) {
  const { t } = useI18n();
  const group = (groupLabel: string, names: string[]) =>
    names.length > 0 && (
      <optgroup label={groupLabel}>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </optgroup>
    );
  return (
    <Field label={label}>
      <Select value={value} disabled={disabled} onChange={(_, data) => onChange(data.value)}>
        {none && <option value={none.value}>{none.label}</option>}
        {group(t("plan.scenarioSheets"), found.manual)}
        {group(t("plan.searchProposals"), found.proposals)}
      </Select>
    </Field>
  );
}
