import { parseArgs } from "node:util";
import {
  isBusinessCaseInputKey,
  REPORT_EXAMPLE_INPUTS,
  type BusinessCaseInputKey,
} from "../core/businesscase/inputs";
import { UsageError } from "./cliArgs";
import type { Language } from "../core/language";

export interface BusinessCaseArgs {
  workbook: string | null;
  /** --scenario SHEET; undefined when not given. */
  scenario: string | undefined;
  noScenario: boolean;
  /** --set key=value, as typed: the engine parses and checks each value against its cell's rule. */
  overrides: Partial<Record<BusinessCaseInputKey, string>>;
  out: string | null;
  /** --force: an existing --out file (never the input) may be replaced. */
  force: boolean;
  json: boolean;
  language: Language;
}

/** Parses `business-case [workbook.xlsx] [--scenario SHEET | --no-scenario] [--set KEY=VALUE]… [--out F] [--json] [--language en|da]`. */
export function parseBusinessCaseArgs(argv: string[]): BusinessCaseArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        scenario: { type: "string" },
        "no-scenario": { type: "boolean" },
        set: { type: "string", multiple: true },
        out: { type: "string" },
        force: { type: "boolean" },
        json: { type: "boolean" },
        language: { type: "string" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(
      "business-case takes at most one workbook: fleetopt business-case [workbook.xlsx] [options]",
    );
  const language = values.language ?? "en";
  if (language !== "en" && language !== "da") throw new UsageError("--language must be en or da");
  if (values.scenario !== undefined && values["no-scenario"])
    throw new UsageError("--scenario and --no-scenario exclude each other");
  if (values.scenario !== undefined && positionals.length === 0)
    throw new UsageError("--scenario needs a workbook that holds the scenario sheet");
  return {
    workbook: positionals[0] ?? null,
    scenario: values.scenario,
    noScenario: Boolean(values["no-scenario"]),
    overrides: parseOverrides(values.set ?? []),
    out: values.out ?? null,
    force: Boolean(values.force),
    json: Boolean(values.json),
    language,
  };
}

/** `--set vehicles=250 --set leasePerMonth=3500` → { vehicles: "250", leasePerMonth: "3500" }. */
export function parseOverrides(items: readonly string[]): Partial<Record<BusinessCaseInputKey, string>> {
  const overrides: Partial<Record<BusinessCaseInputKey, string>> = {};
  for (const item of items) {
    const m = /^\s*([A-Za-z0-9]+)\s*=(.*)$/.exec(item);
    if (!m) throw new UsageError(`--set takes KEY=VALUE, got "${item}"`);
    const key = m[1];
    if (!isBusinessCaseInputKey(key))
      throw new UsageError(
        `--set ${key}: no such input. Inputs: ${Object.keys(REPORT_EXAMPLE_INPUTS).join(", ")}`,
      );
    if (overrides[key] !== undefined) throw new UsageError(`--set ${key} is given twice`);
    overrides[key] = m[2].trim();
  }
  return overrides;
}
