import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import type { InputOverview } from "../../engine/api";
import { useI18n } from "../../i18n/I18nContext";
import { locationGroups } from "../state/pooledLocations";
import { fieldsetStyles } from "./fieldsetStyles";

export interface LocationPickerProps {
  /** The data as loaded (not pooled): every location with its own counts. */
  overview: InputOverview;
  /** The locations pooled; fewer than two: no pool (the form's Location applies). */
  selected: readonly string[];
  disabled: boolean;
  onChange: (names: string[]) => void;
}

const useStyles = makeStyles({
  ...fieldsetStyles,
  groupLabel: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
});

/**
 * Several locations pooled into one fleet, as OS2 does and the CLI's repeated --location: a tick
 * per location, grouped by Forvaltning and Afdeling when the vehicle sheet has them.
 */
export function LocationPicker({ overview, selected, disabled, onChange }: LocationPickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (overview.locations.length < 2) return null;
  const counts = new Map(overview.locations.map((l) => [l.name, l]));
  // Kept in the data's order, so "A + B" names the pool the same way whatever was ticked first.
  const toggle = (name: string, on: boolean) =>
    onChange(overview.locations.map((l) => l.name).filter((n) => (n === name ? on : selected.includes(n))));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t("pool.legend")}</legend>
      <Caption1>{t("pool.hint")}</Caption1>
      {locationGroups(overview).map((group) => (
        <div key={group.label ?? ""} role="group" aria-label={group.label ?? t("pool.legend")}>
          {group.label !== null && <div className={styles.groupLabel}>{group.label}</div>}
          {group.locations.map((name) => (
            <Checkbox
              key={name}
              label={t("pool.location", {
                location: name,
                vehicles: counts.get(name)?.vehicleCount ?? 0,
                trips: counts.get(name)?.tripCount ?? 0,
              })}
              checked={selected.includes(name)}
              disabled={disabled}
              onChange={(_, data) => toggle(name, data.checked === true)}
            />
          ))}
        </div>
      ))}
      {selected.length === 1 && <Caption1>{t("pool.one")}</Caption1>}
    </fieldset>
  );
}
