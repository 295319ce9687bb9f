import {
  isBusinessCaseInputKey,
  REPORT_EXAMPLE_INPUTS,
  type BusinessCaseInputKey,
} from "../core/businesscase/inputs";
import {
  OUTPUT_OPTIONS,
  outputChoice,
  parseCommandLine,
  parseSetItems,
  UsageError,
  type OutputChoice,
} from "./cliArgs";

export interface BusinessCaseArgs extends OutputChoice {
  workbook: string | null;
  /** --scenario SHEET; undefined when not given. */
  scenario: string | undefined;
  noScenario: boolean;
  /** --set key=value, as typed: the engine parses and checks each value against its cell's rule. */
  overrides: Partial<Record<BusinessCaseInputKey, string>>;
}

/** Parses `business-case [workbook.xlsx] [--scenario SHEET | --no-scenario] [--set KEY=VALUE]… [--out F] [--json] [--language en|da]`. */
export function parseBusinessCaseArgs(argv: string[]): BusinessCaseArgs {
  const { values, positionals } = parseCommandLine(argv, {
    scenario: { type: "string" },
    "no-scenario": { type: "boolean" },
    set: { type: "string", multiple: true },
    ...OUTPUT_OPTIONS,
  });
  if (positionals.length > 1)
    throw new UsageError(
      "business-case takes at most one workbook: fleetopt business-case [workbook.xlsx] [options]",
    );
  const output = outputChoice(values);
  if (values.scenario !== undefined && values["no-scenario"])
    throw new UsageError("--scenario and --no-scenario exclude each other");
  if (values.scenario !== undefined && positionals.length === 0)
    throw new UsageError("--scenario needs a workbook that holds the scenario sheet");
  return {
    workbook: positionals[0] ?? null,
    scenario: values.scenario,
    noScenario: Boolean(values["no-scenario"]),
    overrides: parseSetItems(
      values.set ?? [],
      isBusinessCaseInputKey,
      (key) => `--set ${key}: no such input. Inputs: ${Object.keys(REPORT_EXAMPLE_INPUTS).join(", ")}`,
    ),
    ...output,
  };
}
