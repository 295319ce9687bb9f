import { Field, SpinButton, type SpinButtonOnChangeData } from "@fluentui/react-components";
import { MAX_FLEET_COUNT } from "../state/simulationForm";

export interface FleetCountFieldProps {
  label: string;
  hint?: string;
  count: number;
  disabled: boolean;
  onChange: (count: number) => void;
}

/** How many copies of one vehicle model the simulated fleet has (0–99). */
export function FleetCountField({ label, hint, count, disabled, onChange }: FleetCountFieldProps) {
  return (
    <Field label={label} hint={hint} orientation="horizontal">
      <SpinButton
        min={0}
        max={MAX_FLEET_COUNT}
        value={count}
        disabled={disabled}
        onChange={(_, data) => {
          const next = countFrom(data);
          if (next !== null) onChange(next);
        }}
      />
    </Field>
  );
}

/** Steps report a number; typing reports only the text, committed on Enter or blur. */
function countFrom(data: SpinButtonOnChangeData): number | null {
  if (typeof data.value === "number") return data.value;
  const typed = Number((data.displayValue ?? "").trim());
  return data.displayValue !== undefined && Number.isFinite(typed) ? typed : null;
}
