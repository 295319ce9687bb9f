import {
  Caption1,
  Label,
  SpinButton,
  makeStyles,
  tokens,
  useId,
  type SpinButtonOnChangeData,
} from "@fluentui/react-components";
import { MAX_FLEET_COUNT } from "../state/simulationForm";
import { useI18n } from "../../i18n/I18nContext";

export interface FleetCountFieldProps {
  label: string;
  hint?: string;
  /** What the count changes against today (which leases go or are added, and their yearly cost). */
  note?: string;
  count: number;
  /** How many of the model the location has today, shown beside the count. */
  today: number;
  disabled: boolean;
  onChange: (count: number) => void;
}

const useStyles = makeStyles({
  // The model's name takes the width; the count is small and lines up on the right.
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  text: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  count: { width: "4.5rem", flexShrink: 0 },
  today: { flexShrink: 0, color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
});

/** How many copies of one vehicle model the simulated fleet has (0–99). */
export function FleetCountField({
  label,
  hint,
  note,
  count,
  today,
  disabled,
  onChange,
}: FleetCountFieldProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const id = useId("fleet-count");
  const hintId = `${id}-hint`;
  const noteId = `${id}-note`;
  const describedBy = [hint ? hintId : "", note ? noteId : ""].filter((x) => x !== "").join(" ");
  return (
    <div className={styles.row}>
      <div className={styles.text}>
        <Label htmlFor={id} disabled={disabled}>
          {label}
        </Label>
        {hint && (
          <Caption1 id={hintId} className={styles.hint}>
            {hint}
          </Caption1>
        )}
        {note && <Caption1 id={noteId}>{note}</Caption1>}
      </div>
      <Caption1 className={styles.today}>{t("form.today", { count: today })}</Caption1>
      <SpinButton
        id={id}
        className={styles.count}
        aria-describedby={describedBy || undefined}
        min={0}
        max={MAX_FLEET_COUNT}
        value={count}
        disabled={disabled}
        onChange={(_, data) => {
          const next = countFrom(data);
          if (next !== null) onChange(next);
        }}
      />
    </div>
  );
}

/** Steps report a number; typing reports only the text, committed on Enter or blur. */
function countFrom(data: SpinButtonOnChangeData): number | null {
  if (typeof data.value === "number") return data.value;
  const typed = Number((data.displayValue ?? "").trim());
  return data.displayValue !== undefined && Number.isFinite(typed) ? typed : null;
}
