import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { MappingKey, MappingProblem, SheetMapping } from "../state/sheetMapping";
import { MAPPING_KEYS, isOptionalMapping } from "../state/sheetMapping";
import { useI18n } from "../../i18n/I18nContext";
import type { MessageKey } from "../../i18n/translate";

export interface SheetMappingFieldsProps {
  sheets: string[];
  mapping: SheetMapping;
  problem: MappingProblem | null;
  disabled: boolean;
  onChange: (key: MappingKey, sheet: string | null) => void;
}

const LABELS: Record<MappingKey, MessageKey> = {
  vehicles: "input.mapping.vehicles",
  trips: "input.mapping.trips",
  parameters: "input.mapping.parameters",
  shifts: "input.mapping.shifts",
  candidates: "input.mapping.candidates",
};

// A sheet name can be anything, so "no sheet" needs a value no sheet can have: Excel forbids ":".
const NONE = ":none:";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * One drop-down per input sheet, pre-filled with the proposal from the sheet names. Vehicles and
 * trips are required; parameters, shifts (Vagtlag) and candidates (Kandidater) may be "none".
 */
export function SheetMappingFields({
  sheets,
  mapping,
  problem,
  disabled,
  onChange,
}: SheetMappingFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      {MAPPING_KEYS.map((key) => {
        const optional = isOptionalMapping(key);
        const showProblem =
          problem === "missing" ? !optional && mapping[key] === null : problem === "duplicate";
        return (
          <Field
            key={key}
            label={t(LABELS[key])}
            required={!optional}
            validationState={showProblem ? "error" : "none"}
          >
            <Select
              value={mapping[key] ?? NONE}
              disabled={disabled}
              onChange={(_, data) => onChange(key, data.value === NONE ? null : data.value)}
            >
              <option value={NONE}>
                {t(key === "parameters" ? "input.mapping.defaults" : "input.mapping.none")}
              </option>
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
