import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Input,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { groupsIn, type ModelGroup } from "../state/fleetGroups";
import {
  currentYearlyCost,
  defaultCount,
  fleetDifference,
  fleetTotal,
  rowCostChange,
  setFleetCount,
  simulatedYearlyCost,
  type SimulationForm,
} from "../state/simulationForm";
import { rowCostRange } from "../state/rowCopies";
import { FleetCountField } from "./FleetCountField";
import { useI18n } from "../../i18n/I18nContext";
import { fieldsetStyles } from "./fieldsetStyles";
import { vehicleTypeLabel, type Language, type Translate } from "../../i18n/translate";
import { formatKroner } from "../../i18n/format";
import { groupLabel, kronerRange } from "./modelLabels";
import { notSimulatableReason, simulatableIds } from "../state/vehicleReadiness";

export interface SimulatedFleetFieldsProps {
  /** Every model group for the chosen location (modelGroups). */
  groups: ModelGroup[];
  form: SimulationForm;
  disabled: boolean;
  onChange: (form: SimulationForm) => void;
}

const useStyles = makeStyles({
  ...fieldsetStyles,
  subgroup: { marginTop: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
  total: { marginTop: tokens.spacingVerticalXS },
  totalLine: { fontWeight: tokens.fontWeightSemibold },
  typeHeading: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXXS },
});

/** Model groups by vehicle type, in the order the types first appear. */
function byType(groups: readonly ModelGroup[]): [string, ModelGroup[]][] {
  const types = new Map<string, ModelGroup[]>();
  for (const g of groups) types.set(g.type, [...(types.get(g.type) ?? []), g]);
  return [...types.entries()];
}

/**
 * The simulated fleet: one count per model (make, model, fuel and consumption, whatever each vehicle
 * costs a year; the row shows the cost or its range). The location's models start at what it has
 * today; candidates and the other locations' models (collapsed) at 0; grouped by vehicle type, with
 * a filter box and, on top, the total and its yearly cost against today. A row whose count differs
 * from today says which leases go (the dearest) or are added (at its cheapest cost), and what that
 * does to the yearly cost.
 */
export function SimulatedFleetFields({ groups, form, disabled, onChange }: SimulatedFleetFieldsProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const local = groupsIn(groups, "location");
  const candidates = groupsIn(groups, "candidates");
  const others = groupsIn(groups, "otherLocations");
  const [filter, setFilter] = useState("");
  const countOf = (g: ModelGroup) => form.fleetCounts[g.id] ?? 0;
  const needle = filter.trim().toLocaleLowerCase();
  // The filter hides rows only: a hidden model keeps its count in the total.
  const shown = (g: ModelGroup) =>
    needle === "" ||
    [groupLabel(g, lang, t), vehicleTypeLabel(lang, g.type), ...g.vehicles.map((v) => v.id)].some((text) =>
      text.toLocaleLowerCase().includes(needle),
    );
  const countFields = (section: readonly ModelGroup[]) =>
    byType(section.filter(shown)).map(([type, typeGroups]) => (
      <div key={type} role="group" aria-label={vehicleTypeLabel(lang, type)} className={styles.panel}>
        <Caption1 className={styles.typeHeading}>{vehicleTypeLabel(lang, type)}</Caption1>
        {typeGroups.map(countField)}
      </div>
    ));
  const chosenElsewhere = others.reduce((sum, g) => sum + countOf(g), 0);

  const countField = (g: ModelGroup) => {
    const ids = g.vehicles.map((v) => v.id).join(", ");
    const locations = [...new Set(g.vehicles.map((v) => v.location))].join(", ");
    const range = rowCostRange(g);
    const cost = range ? kronerRange(range, lang) : "";
    // A model none of whose vehicles has the data a simulation needs cannot be counted, as in OS2.
    const blocked = simulatableIds(g.vehicles).length === 0 ? notSimulatableReason(g.vehicles[0], t) : "";
    return (
      <FleetCountField
        key={g.id}
        label={groupLabel(g, lang, t)}
        hint={
          blocked ||
          (g.section === "otherLocations"
            ? t("form.groupHintAt", { cost, ids, locations })
            : t("form.groupHint", { cost, ids }))
        }
        note={blocked ? undefined : rowChangeText(g, countOf(g), lang, t)}
        count={countOf(g)}
        today={g.section === "location" ? g.vehicles.length : 0}
        disabled={disabled || blocked !== ""}
        onChange={(count) => onChange(setFleetCount(form, g.id, count))}
      />
    );
  };

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>
        <Subtitle2>{t("form.simulatedFleet")}</Subtitle2>
      </legend>
      <Caption1>{t("form.simulatedFleetHint")}</Caption1>
      <Input
        type="search"
        size="small"
        value={filter}
        aria-label={t("form.fleetFilter")}
        placeholder={t("form.fleetFilter")}
        onChange={(_, data) => setFilter(data.value)}
      />
      <div aria-live="polite" className={styles.total}>
        <Caption1 block className={styles.totalLine}>
          {fleetSizeText(form, t)}
        </Caption1>
        <Caption1 block>{fleetCostText(form, groups, lang, t)}</Caption1>
      </div>
      {local.length > 0 && (
        <div className={styles.subgroup}>{t("form.locationVehicles", { location: form.location })}</div>
      )}
      {countFields(local)}

      <div className={styles.subgroup}>{t("form.candidates")}</div>
      <Caption1>{t(candidates.length > 0 ? "form.candidatesHint" : "form.noCandidates")}</Caption1>
      {countFields(candidates)}

      {others.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="otherLocations">
            <AccordionHeader size="small">
              {chosenElsewhere > 0
                ? t("form.otherLocationsChosen", { count: chosenElsewhere })
                : t("form.otherLocations")}
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>{countFields(others)}</AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </fieldset>
  );
}

/** "31 vehicles, 9 fewer than today". */
export function fleetSizeText(form: SimulationForm, t: Translate): string {
  const total = fleetTotal(form);
  const size = total === 1 ? t("form.fleetSize.one") : t("form.fleetSize.other", { count: total });
  const difference = fleetDifference(form);
  if (difference === 0) return t("form.fleetChange.same", { size });
  return difference < 0
    ? t("form.fleetChange.fewer", { size, count: -difference })
    : t("form.fleetChange.more", { size, count: difference });
}

/** "Yearly cost of the vehicles 1.612.300 kr., 34.000 kr. less than today" (Årlig omkostning). */
export function fleetCostText(
  form: SimulationForm,
  groups: readonly ModelGroup[],
  lang: Language,
  t: Translate,
): string {
  const simulated = simulatedYearlyCost(form, groups);
  const difference = simulated - currentYearlyCost(form, groups);
  const total = formatKroner(simulated, lang);
  if (difference === 0) return t("form.fleetCost.same", { total });
  const amount = formatKroner(Math.abs(difference), lang);
  return t(difference < 0 ? "form.fleetCost.less" : "form.fleetCost.more", { total, amount });
}

/**
 * What a row's count does against today: "1 fewer, the dearest first: 34.000 kr. less a year", or
 * "1 more at 30.000 kr. each: 30.000 kr. more a year"; undefined at today's count.
 */
export function rowChangeText(
  group: ModelGroup,
  count: number,
  lang: Language,
  t: Translate,
): string | undefined {
  const change = count - defaultCount(group);
  const range = rowCostRange(group);
  if (change === 0 || range === null) return undefined;
  const amount = formatKroner(Math.abs(rowCostChange(group, count)), lang);
  if (change < 0)
    return t(range.min === range.max ? "form.rowFewer" : "form.rowFewerDearest", { count: -change, amount });
  return t("form.rowMore", { count: change, cost: formatKroner(range.min, lang), amount });
}
