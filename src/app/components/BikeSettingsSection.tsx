import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { BIKE_SETTING_KEYS, type BikeSettingKey, type InputOverview } from "../../engine/api";
import { bikeSettingsText, isBikeSettingChanged } from "../state/bikeSettings";
import { resetBikeSettings, setBikeSetting, type SimulationForm } from "../state/simulationForm";
import { useI18n } from "../../i18n/I18nContext";
import type { MessageKey } from "../../i18n/translate";

export interface BikeSettingsSectionProps {
  overview: InputOverview;
  form: SimulationForm;
  disabled: boolean;
  onChange: (form: SimulationForm) => void;
}

const LABELS: Record<BikeSettingKey, MessageKey> = {
  bike_max_km_per_trip: "form.bike.maxKmPerTrip",
  bike_percent_of_trips: "form.bike.percentOfTrips",
  bike_slots: "form.bike.slots",
  bike_speed: "form.bike.speed",
  electrical_bike_speed: "form.bike.ebikeSpeed",
};

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  reset: { alignSelf: "flex-start" },
});

/**
 * The bike rules' settings for this run, collapsed: pre-filled from the workbook (Parametre or the
 * defaults). Only the ones the user changes go to the engine, which checks them like Parametre cells.
 */
export function BikeSettingsSection({ overview, form, disabled, onChange }: BikeSettingsSectionProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const workbook = overview.bikeSettings;
  const changed = BIKE_SETTING_KEYS.filter((k) => isBikeSettingChanged(k, form.bikeSettings, workbook));
  const initial = bikeSettingsText(workbook);
  const edited = BIKE_SETTING_KEYS.some((k) => form.bikeSettings[k] !== initial[k]);

  return (
    <Accordion collapsible>
      <AccordionItem value="bikeSettings">
        <AccordionHeader size="small">
          {changed.length > 0
            ? t("form.bikeSettingsChanged", { count: changed.length })
            : t("form.bikeSettings")}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Caption1>{t("form.bikeSettingsHint")}</Caption1>
          {BIKE_SETTING_KEYS.map((key) => (
            <Field
              key={key}
              label={t(LABELS[key])}
              hint={
                changed.includes(key)
                  ? t("form.bike.workbookValue", { value: initial[key] })
                  : key === "bike_slots"
                    ? t("form.bike.slotsHint")
                    : undefined
              }
            >
              <Input
                value={form.bikeSettings[key]}
                inputMode={key === "bike_slots" ? "text" : "decimal"}
                placeholder={initial[key]}
                disabled={disabled}
                onChange={(_, data) => onChange(setBikeSetting(form, key, data.value))}
              />
            </Field>
          ))}
          <Button
            className={styles.reset}
            disabled={disabled || !edited}
            onClick={() => onChange(resetBikeSettings(form, overview))}
          >
            {t("form.bikeSettingsReset")}
          </Button>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
