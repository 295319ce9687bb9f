import { parseArgs, type ParseArgsConfig } from "node:util";
import type { FleetCount } from "../core/model/types";
import type { AllocationMethod, ScenarioRequest } from "../core/scenario/scenarioRequest";
import type { InputColumnMapping } from "../workbook/read/readInputs";
import { parseColumnMapping } from "../workbook/schema/columnMapping";
import { columnMappingSheetPlan, mapsAnything } from "../workbook/schema/columnMappingSheet";
import type { WorkbookPlan } from "../workbook/plan/types";
import type { InputSheets } from "../engine/api";
import { MAX_FLEET_COUNT } from "../engine/scenarioInputs";
import type { Language } from "../core/language";

/** A command line the CLI cannot run; main prints it and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface SimulateArgs {
  workbook: string;
  request: ScenarioRequest;
  out: string | null;
  /** --force: an existing --out file (never an input) may be replaced. */
  force: boolean;
  json: boolean;
  /** --vehicles/--trips/--parameters and --map: which sheets and columns hold the inputs. */
  sheets: InputSheetChoice;
}

/** The input sheets and columns named on the command line; absent: found by name or headers. */
export interface InputSheetChoice {
  vehicles?: string;
  trips?: string;
  parameters?: string;
  columnMapping: InputColumnMapping;
}

/** The options every command that reads fleet inputs takes (product.md §6.1). */
export const INPUT_SHEET_OPTIONS = {
  vehicles: { type: "string" },
  trips: { type: "string" },
  parameters: { type: "string" },
  map: { type: "string", multiple: true },
} as const;

/** --vehicles, --trips, --parameters and --map from parsed values. */
export function inputSheetChoice(values: Record<string, unknown>): InputSheetChoice {
  const mapped = parseColumnMapping((values.map as string[] | undefined) ?? []);
  if (!mapped.ok) throw new UsageError(mapped.errors.join("\n"));
  const name = (key: "vehicles" | "trips" | "parameters") => {
    const v = values[key] as string | undefined;
    if (v !== undefined && v.trim() === "") throw new UsageError(`--${key} needs a sheet name`);
    return v === undefined ? {} : { [key]: v };
  };
  return { ...name("vehicles"), ...name("trips"), ...name("parameters"), columnMapping: mapped.value };
}

/** Repeated --location pools the locations into one fleet (as OS2 does). */
export function locationChoice(
  values: Record<string, unknown>,
): Pick<ScenarioRequest, "location" | "locations"> {
  const all = [...new Set(((values.location as string[] | undefined) ?? []).map((l) => l.trim()))];
  if (all.some((l) => l === "")) throw new UsageError("--location needs a location name");
  if (all.length <= 1) return { location: all[0] ?? null };
  return { location: null, locations: all };
}

/** --from or --to: a date YYYY-MM-DD; null when absent. */
function dateOption(values: Record<string, unknown>, name: "from" | "to"): string | null {
  const v = values[name] as string | undefined;
  if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v))
    throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${v}"`);
  return v ?? null;
}

const ALLOCATIONS: readonly AllocationMethod[] = ["simple", "greedy", "optimal"];

/** Parses `simulate <workbook.xlsx> [options]` exactly as product.md §6 lists the options. */
export function parseSimulateArgs(argv: string[]): SimulateArgs {
  const { values, positionals } = parseCommandLine(argv, {
    ...INPUT_SHEET_OPTIONS,
    location: { type: "string", multiple: true },
    from: { type: "string" },
    to: { type: "string" },
    current: { type: "string" },
    fleet: { type: "string" },
    allocation: { type: "string" },
    compare: { type: "boolean" },
    "time-limit": { type: "string" },
    "limit-km": { type: "boolean" },
    ...OUTPUT_OPTIONS,
  });
  if (positionals.length !== 1)
    throw new UsageError("simulate needs exactly one workbook: fleetopt simulate <workbook.xlsx> [options]");
  const allocation = (values.allocation as string | undefined) ?? "simple";
  if (!ALLOCATIONS.includes(allocation as AllocationMethod))
    throw new UsageError(`--allocation must be one of ${ALLOCATIONS.join(", ")}`);
  const timeLimit = values["time-limit"] as string | undefined;
  if (timeLimit !== undefined && !(Number(timeLimit) >= 1 && Number(timeLimit) <= 3600))
    throw new UsageError(`--time-limit must be seconds from 1 to 3600, got "${timeLimit}"`);
  const { language, ...output } = outputChoice(values);
  return {
    workbook: positionals[0],
    sheets: inputSheetChoice(values),
    request: {
      ...locationChoice(values),
      fromDate: dateOption(values, "from"),
      toDate: dateOption(values, "to"),
      currentIds: values.current !== undefined ? parseIdList(values.current as string, "--current") : null,
      fleet: values.fleet !== undefined ? parseFleet(values.fleet as string) : null,
      allocation: allocation as AllocationMethod,
      limitKm: Boolean(values["limit-km"]),
      language,
      // The optimal allocation: simple, greedy and optimal side by side, and its time limit.
      ...(values.compare ? { compareAllocations: true } : {}),
      ...(timeLimit !== undefined
        ? { parameterOverrides: { allocation_time_limit: Number(timeLimit) } }
        : {}),
    },
    ...output,
  };
}

/** Parses a command's arguments strictly: an unknown option or a missing value is a usage error. */
export function parseCommandLine<const O extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: O,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The options of every command that writes a result. */
export const OUTPUT_OPTIONS = {
  out: { type: "string" },
  force: { type: "boolean" },
  json: { type: "boolean" },
  language: { type: "string" },
} as const;

export interface OutputChoice {
  /** --out FILE.xlsx; null: no file is written. */
  out: string | null;
  /** --force: an existing --out file (never an input) may be replaced. */
  force: boolean;
  json: boolean;
  language: Language;
}

/** --out, --force, --json and --language from parsed values. */
export function outputChoice(values: Record<string, unknown>): OutputChoice {
  return {
    out: (values.out as string | undefined) ?? null,
    force: Boolean(values.force),
    json: Boolean(values.json),
    language: parseLanguage(values.language as string | undefined),
  };
}

/** --language en|da; English when absent. */
export function parseLanguage(value: string | undefined): Language {
  const language = value ?? "en";
  if (language !== "en" && language !== "da") throw new UsageError("--language must be en or da");
  return language;
}

/**
 * `--set KEY=VALUE` items → { KEY: "VALUE" }, each value as typed (the engine checks it against its
 * rule). `isKey` says which keys the command takes; `unknownKey` what to tell about any other.
 */
export function parseSetItems<K extends string>(
  items: readonly string[],
  isKey: (key: string) => key is K,
  unknownKey: (key: string) => string,
): Partial<Record<K, string>> {
  const set: Partial<Record<K, string>> = {};
  for (const item of items) {
    const m = /^\s*([A-Za-z0-9]+)\s*=(.*)$/.exec(item);
    if (!m) throw new UsageError(`--set takes KEY=VALUE, got "${item}"`);
    const key = m[1];
    if (!isKey(key)) throw new UsageError(unknownKey(key));
    if (set[key] !== undefined) throw new UsageError(`--set ${key} is given twice`);
    set[key] = m[2].trim();
  }
  return set;
}

export function parseIdList(text: string, flag: string): string[] {
  const ids = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (ids.length === 0) throw new UsageError(`${flag} needs at least one Bil id`);
  return ids;
}

/** "104:1,109:2" → [{ sourceId: "104", count: 1 }, { sourceId: "109", count: 2 }]. */
export function parseFleet(text: string): FleetCount[] {
  const seen = new Set<string>();
  return parseIdList(text, "--fleet").map((part) => {
    const m = /^(.+):(\d+)$/.exec(part);
    if (!m) throw new UsageError(`--fleet entries are ID:COUNT, got "${part}"`);
    const sourceId = m[1].trim();
    if (seen.has(sourceId)) throw new UsageError(`--fleet names vehicle ${sourceId} twice`);
    seen.add(sourceId);
    const count = Number(m[2]);
    if (count > MAX_FLEET_COUNT)
      throw new UsageError(
        `--fleet ${part}: ${count} copies of vehicle ${sourceId} is more than ${MAX_FLEET_COUNT.toLocaleString("en")}; check the count for an extra digit`,
      );
    return { sourceId, count };
  });
}

/** The arguments of check, overview and export-vehicles: a workbook, its inputs and an output. */
export interface InputCommandArgs extends OutputChoice {
  workbook: string;
  sheets: InputSheetChoice;
  location: string | null;
  locations?: string[];
  fromDate: string | null;
  toDate: string | null;
}

/**
 * Parses `<command> <workbook.xlsx> [--vehicles/--trips/--parameters SHEET] [--map F=H]…` plus
 * the options the command takes among --location (repeatable), --from/--to, --out/--force, --json.
 */
export function parseInputCommandArgs(
  command: string,
  argv: string[],
  takes: { location?: boolean; period?: boolean; out?: boolean; json?: boolean },
): InputCommandArgs {
  const { values, positionals } = parseCommandLine(argv, {
    ...INPUT_SHEET_OPTIONS,
    ...(takes.location ? ({ location: { type: "string", multiple: true } } as const) : {}),
    ...(takes.period ? ({ from: { type: "string" }, to: { type: "string" } } as const) : {}),
    ...(takes.out ? { out: OUTPUT_OPTIONS.out, force: OUTPUT_OPTIONS.force } : {}),
    ...(takes.json ? { json: OUTPUT_OPTIONS.json } : {}),
    language: OUTPUT_OPTIONS.language,
  });
  if (positionals.length !== 1)
    throw new UsageError(
      `${command} needs exactly one workbook: fleetopt ${command} <workbook.xlsx> [options]`,
    );
  const output = outputChoice(values);
  return {
    workbook: positionals[0],
    sheets: inputSheetChoice(values),
    ...locationChoice(values),
    fromDate: dateOption(values, "from"),
    toDate: dateOption(values, "to"),
    ...output,
  };
}

/**
 * A result plan plus, when --map was given, the workbook's remembered mapping (stored and new
 * together), so the written workbook reads the same way next time without --map.
 */
export function rememberMapping(
  plan: WorkbookPlan,
  choice: InputSheetChoice,
  inputs: InputSheets,
): WorkbookPlan {
  if (!mapsAnything(choice.columnMapping)) return plan;
  return { ...plan, sheets: [...plan.sheets, columnMappingSheetPlan(inputs.columnMapping ?? {})] };
}
