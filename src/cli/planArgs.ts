import { isTransitionSetKey } from "../engine/transitionPlan";
import { SET_KEY, TRANSITION_INPUT_KEYS } from "../core/transition/transitionInputs";
import {
  OUTPUT_OPTIONS,
  outputChoice,
  parseCommandLine,
  parseSetItems,
  UsageError,
  type OutputChoice,
} from "./cliArgs";

export interface PlanArgs extends OutputChoice {
  workbook: string;
  /** --scenario SHEET; undefined: the workbook's only scenario sheet. */
  scenario: string | undefined;
  /** --start, --years and every --set KEY=VALUE, as typed: the engine checks each against its rule. */
  overrides: Record<string, string>;
}

/**
 * Parses `plan <workbook.xlsx> [--scenario SHEET] [--start YYYY-MM-DD] [--years N]
 * [--set KEY=VALUE]… [--out FILE.xlsx] [--force] [--json] [--language en|da]`.
 */
export function parsePlanArgs(argv: string[]): PlanArgs {
  const { values, positionals } = parseCommandLine(argv, {
    scenario: { type: "string" },
    start: { type: "string" },
    years: { type: "string" },
    set: { type: "string", multiple: true },
    ...OUTPUT_OPTIONS,
  });
  if (positionals.length !== 1)
    throw new UsageError("plan needs exactly one workbook: fleetopt plan <workbook.xlsx> [options]");
  const output = outputChoice(values);
  // Every key parseSetItems returns holds a value: "partial" is only its type for a key union.
  const overrides = parseSetItems(
    values.set ?? [],
    (key): key is string => isTransitionSetKey(key),
    (key) =>
      `--set ${key}: no such plan input. Inputs: ${TRANSITION_INPUT_KEYS.map((k) => SET_KEY[k]).join(", ")}`,
  ) as Record<string, string>;
  for (const flag of ["start", "years"] as const) {
    const v = values[flag];
    if (v === undefined) continue;
    if (overrides[flag] !== undefined) throw new UsageError(`--${flag} and --set ${flag} are both given`);
    overrides[flag] = v;
  }
  return { workbook: positionals[0], scenario: values.scenario, overrides, ...output };
}
