import { BIKE_SETTING_KEYS, type BikeSettingKey, type InputOverview } from "../../engine/api";
import { parseNumberCell } from "../../workbook/read/cellParsers";

/** The bike settings as the user typed them (text, like a cell), keyed like the Parametre sheet. */
export type BikeSettingsText = Record<BikeSettingKey, string>;

export type WorkbookBikeSettings = InputOverview["bikeSettings"];

/** The workbook's settings as the form shows them before the user changes anything. */
export function bikeSettingsText(workbook: WorkbookBikeSettings): BikeSettingsText {
  const text = {} as BikeSettingsText;
  for (const key of BIKE_SETTING_KEYS) text[key] = String(workbook[key]);
  return text;
}

/**
 * The value to send for one setting, or null when it says the same as the workbook (or nothing:
 * an emptied field means "the workbook's value"). Numbers are read like a cell ("12,5" or "12.5");
 * anything else is sent as typed, for the engine to reject with its message.
 */
function changedValue(
  key: BikeSettingKey,
  typed: string,
  workbook: WorkbookBikeSettings,
): number | string | null {
  const text = typed.trim();
  if (text === "") return null;
  const base = workbook[key];
  if (typeof base === "number") {
    const n = parseNumberCell(text);
    if (n === base) return null;
    return n ?? text;
  }
  // Time windows: spaces carry no meaning ("07:00 - 15:30" is "07:00-15:30").
  const compact = (s: string) => s.replace(/\s+/g, "");
  return compact(text) === compact(String(base)) ? null : text;
}

export function isBikeSettingChanged(
  key: BikeSettingKey,
  text: BikeSettingsText,
  workbook: WorkbookBikeSettings,
): boolean {
  return changedValue(key, text[key], workbook) !== null;
}

/**
 * The settings the user changed, and only those, as the request's parameterOverrides.
 * @example changedBikeSettings({ ...text, bike_speed: "18" }, { bike_speed: 20, … }) //=> { bike_speed: 18 }
 */
export function changedBikeSettings(
  text: BikeSettingsText,
  workbook: WorkbookBikeSettings,
): Partial<Record<BikeSettingKey, number | string>> {
  const changed: Partial<Record<BikeSettingKey, number | string>> = {};
  for (const key of BIKE_SETTING_KEYS) {
    const value = changedValue(key, text[key], workbook);
    if (value !== null) changed[key] = value;
  }
  return changed;
}
