import { defaultGoals, type SearchRequest } from "../core/search/searchRequest";
import { parseIdList, parseSimulateArgs, UsageError, type InputSheetChoice } from "./cliArgs";

export interface SearchArgs {
  workbook: string;
  sheets: InputSheetChoice;
  request: SearchRequest;
  out: string | null;
  force: boolean;
  json: boolean;
}

/** The options `search` adds to simulate's (product.md §6), each with how its value is read. */
const SEARCH_OPTIONS = {
  locked: "ids",
  candidates: "ids",
  "co2e-reduction": "number",
  "max-extra-cost": "number",
  priority: "number",
  "allowed-unallocated": "number",
  "max-unallocated-km": "number",
  iterations: "number",
  solutions: "number",
} as const;
type SearchOption = keyof typeof SEARCH_OPTIONS;

/**
 * Parses `search <workbook.xlsx> [options]`: simulate's options (location, period, current fleet,
 * allocation, km cap, --out, --json, --language) plus the goals and the locked and candidate
 * vehicles. `--fleet` is refused: the search proposes the fleet.
 */
export function parseSearchArgs(argv: string[]): SearchArgs {
  const own = new Map<SearchOption, string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(argv[i]);
    const name = m?.[1] as SearchOption | undefined;
    if (!m || !name || !(name in SEARCH_OPTIONS)) {
      if (m?.[1] === "fleet")
        throw new UsageError("search proposes the fleet itself; --fleet is for simulate");
      rest.push(argv[i]);
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined || (m[2] === undefined && value.startsWith("--")))
      throw new UsageError(`--${name} needs a value`);
    if (own.has(name)) throw new UsageError(`--${name} is given twice`);
    own.set(name, value);
  }
  const positionals = rest.filter((a, i) => !a.startsWith("--") && !isOptionValue(rest, i));
  if (positionals.length !== 1)
    throw new UsageError("search needs exactly one workbook: fleetopt search <workbook.xlsx> [options]");
  const base = parseSimulateArgs(rest);
  const number = (name: SearchOption, fallback: number, check: (n: number) => boolean, range: string) => {
    const text = own.get(name);
    if (text === undefined) return fallback;
    const n = Number(text.replace(",", "."));
    if (text.trim() === "" || !Number.isFinite(n) || !check(n))
      throw new UsageError(`--${name} must be ${range}, got "${text}"`);
    return n;
  };
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  const goals = defaultGoals();
  const iterations = number(
    "iterations",
    NaN,
    (n) => Number.isInteger(n) && n >= 1,
    "a whole number of 1 or more",
  );
  const solutions = number(
    "solutions",
    NaN,
    (n) => Number.isInteger(n) && n >= 1 && n <= 10,
    "a whole number from 1 to 10",
  );
  const locked = own.get("locked");
  const candidates = own.get("candidates");
  const { fleet: _fleet, ...scenario } = base.request;
  return {
    workbook: base.workbook,
    out: base.out,
    force: base.force,
    json: base.json,
    sheets: base.sheets,
    request: {
      ...scenario,
      // "none": lock nothing (every lease may end now); absent: lock by Slut leasing.
      lockedIds:
        locked === undefined ? null : locked.trim() === "none" ? [] : parseIdList(locked, "--locked"),
      candidateIds:
        candidates === undefined
          ? null
          : candidates.trim() === "none"
            ? []
            : parseIdList(candidates, "--candidates"),
      goals: {
        co2eReductionPct: number(
          "co2e-reduction",
          goals.co2eReductionPct,
          (n) => n >= 0 && n <= 100,
          "a percentage from 0 to 100",
        ),
        maxExtraCostDkk: number("max-extra-cost", goals.maxExtraCostDkk, () => true, "a number of kroner"),
        priority: number("priority", goals.priority, (n) => n >= 0 && n <= 10, "from 0 (cost) to 10 (CO2e)"),
        allowedUnallocatedTrips: number(
          "allowed-unallocated",
          goals.allowedUnallocatedTrips,
          whole,
          "a whole number of 0 or more",
        ),
        maxUnallocatedKm: number("max-unallocated-km", goals.maxUnallocatedKm, (n) => n >= 0, "0 km or more"),
      },
      limits: {
        ...(Number.isNaN(iterations) ? {} : { maxIterations: iterations }),
        ...(Number.isNaN(solutions) ? {} : { maxSolutions: solutions }),
      },
    },
  };
}

/** simulate's string options take the next argument as their value. */
function isOptionValue(args: readonly string[], i: number): boolean {
  const previous = args[i - 1];
  return (
    previous !== undefined &&
    /^--(location|from|to|current|allocation|time-limit|out|language|vehicles|trips|parameters|map)$/.test(
      previous,
    )
  );
}
