import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nContext";
import {
  choiceProblem,
  initialChoices,
  type MappedSheetKey,
  type MappingChoices,
  type SheetMappingNeed,
} from "../state/columnMapping";
import type { CellValue } from "../../workbook/sheetData";

export interface ColumnMappingStepProps {
  needs: SheetMappingNeed[];
  saving: boolean;
  /** Why the last save failed; null: it did not. */
  failure: string | null;
  onSave: (choices: Record<MappedSheetKey, MappingChoices>) => void;
}

// A header can be any text, so "not chosen" needs a value a header cannot be: a cell never holds a lone NUL.
const NONE = "\u0000";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  preview: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    textAlign: "left",
    whiteSpace: "nowrap",
  },
});

/** A preview cell as the sheet shows it, without guessing at formats: dates as YYYY-MM-DD HH:MM. */
function previewText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 16).replace("T", " ");
  return String(value);
}

/**
 * The mapping step: shown when the vehicle or trip sheet lacks a required column under its own
 * name. Per required field, the sheet's headers to choose from; below, the first five rows as
 * the choices read them, so a wrong pick shows at once.
 */
export function ColumnMappingStep({ needs, saving, failure, onSave }: ColumnMappingStepProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const [choices, setChoices] = useState<Record<MappedSheetKey, MappingChoices>>(() => ({
    vehicles: {},
    trips: {},
    ...Object.fromEntries(needs.map((n) => [n.key, initialChoices(n)])),
  }));
  const problems = needs.map((n) => choiceProblem(n, choices[n.key]));
  const firstProblem = problems.find((p) => p !== null) ?? null;

  const choose = (key: MappedSheetKey, field: string, header: string) =>
    setChoices((previous) => {
      const next = { ...previous[key] };
      if (header === NONE) delete next[field];
      else next[field] = header;
      return { ...previous, [key]: next };
    });

  return (
    <section className={styles.step} aria-label={t("columnMapping.title")}>
      <Subtitle2 as="h3">{t("columnMapping.title")}</Subtitle2>
      {needs.map((need) => (
        <div key={need.key} className={styles.step}>
          <Body1>{t("columnMapping.intro", { sheet: need.sheet })}</Body1>
          {need.fields.map((f) => (
            <Field
              key={f.field}
              label={lang === "da" ? f.da : `${f.en} (${f.da})`}
              required
              validationState={choices[need.key][f.field] ? "none" : "error"}
            >
              <Select
                value={choices[need.key][f.field] ?? NONE}
                disabled={saving}
                onChange={(_, data) => choose(need.key, f.field, data.value)}
              >
                <option value={NONE}>{t("columnMapping.pick")}</option>
                {need.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          <div className={styles.preview}>
            <table className={styles.table} aria-label={`${t("columnMapping.preview")}: ${need.sheet}`}>
              <caption>
                <Caption1>{t("columnMapping.preview")}</Caption1>
              </caption>
              <thead>
                <tr>
                  {need.fields.map((f) => (
                    <th key={f.field} scope="col" className={styles.cell}>
                      {lang === "da" ? f.da : f.en}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {previewRows(need).map((row) => (
                  <tr key={row}>
                    {need.fields.map((f) => {
                      const header = choices[need.key][f.field];
                      return (
                        <td key={f.field} className={styles.cell}>
                          {header ? previewText(need.preview[header]?.[row]) : ""}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
      {firstProblem?.kind === "incomplete" && <Caption1>{t("columnMapping.incomplete")}</Caption1>}
      {firstProblem?.kind === "duplicate" && (
        <Caption1>{t("columnMapping.duplicate", { header: firstProblem.header })}</Caption1>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={saving || firstProblem !== null}
          onClick={() => onSave(choices)}
        >
          {t("columnMapping.save")}
        </Button>
      </div>
      {saving && <Spinner size="tiny" label={t("columnMapping.saving")} />}
      {failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{t("columnMapping.failed", { message: failure })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function previewRows(need: SheetMappingNeed): number[] {
  const count = Math.max(0, ...Object.values(need.preview).map((v) => v.length));
  return Array.from({ length: count }, (_, i) => i);
}
