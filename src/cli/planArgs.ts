import { parseArgs } from "node:util";
import { isTransitionSetKey } from "../engine/transitionPlan";
import { SET_KEY, TRANSITION_INPUT_KEYS } from "../core/transition/transitionInputs";
import { UsageError } from "./cliArgs";
import type { Language } from "../core/language";

export interface PlanArgs {
  workbook: string;
  /** --scenario SHEET; undefined: the workbook's only scenario sheet. */
  scenario: string | undefined;
  /** --start, --years and every --set KEY=VALUE, as typed: the engine checks each against its rule. */
  overrides: Record<string, string>;
  out: string | null;
  force: boolean;
  json: boolean;
  language: Language;
}

/**
 * Parses `plan <workbook.xlsx> [--scenario SHEET] [--start YYYY-MM-DD] [--years N]
 * [--set KEY=VALUE]… [--out FILE.xlsx] [--force] [--json] [--language en|da]`.
 */
export function parsePlanArgs(argv: string[]): PlanArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        scenario: { type: "string" },
        start: { type: "string" },
        years: { type: "string" },
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
  if (positionals.length !== 1)
    throw new UsageError("plan needs exactly one workbook: fleetopt plan <workbook.xlsx> [options]");
  const language = values.language ?? "en";
  if (language !== "en" && language !== "da") throw new UsageError("--language must be en or da");
  const overrides = parseSets(values.set ?? []);
  for (const flag of ["start", "years"] as const) {
    const v = values[flag];
    if (v === undefined) continue;
    if (overrides[flag] !== undefined) throw new UsageError(`--${flag} and --set ${flag} are both given`);
    overrides[flag] = v;
  }
  return {
    workbook: positionals[0],
    scenario: values.scenario,
    overrides,
    out: values.out ?? null,
    force: Boolean(values.force),
    json: Boolean(values.json),
    language,
  };
}

/** `--set escalation=0 --set discountRate=4%` → { escalation: "0", discountRate: "4%" }. */
function parseSets(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const m = /^\s*([A-Za-z0-9]+)\s*=(.*)$/.exec(item);
    if (!m) throw new UsageError(`--set takes KEY=VALUE, got "${item}"`);
    const key = m[1];
    if (!isTransitionSetKey(key))
      throw new UsageError(
        `--set ${key}: no such plan input. Inputs: ${TRANSITION_INPUT_KEYS.map((k) => SET_KEY[k]).join(", ")}`,
      );
    if (out[key] !== undefined) throw new UsageError(`--set ${key} is given twice`);
    out[key] = m[2].trim();
  }
  return out;
}
