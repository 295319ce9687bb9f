import type { HostSheetInfo, WorkbookHost } from "./workbookHost";
import type { Language } from "../core/language";
import type { ScenarioSummary } from "../core/scenario/scenarioSummary";
import { comparisonPlan } from "./plan/comparisonPlan";
import { COMPARISON_TITLES } from "./plan/comparisonLabels";
import {
  isScenarioMetadataTitle,
  readScenarioMetadata,
  scenarioMetadataPlan,
  scenarioRecord,
  type ScenarioKind,
  type ScenarioMetadata,
  type ScenarioRecord,
} from "./plan/scenarioMetadata";
import { sheetTitle } from "./read/cellValueAt";

/**
 * The workbook's list of scenarios and its comparison sheet.
 *
 * Ownership: the very hidden metadata sheet (recognised by the marker in A1, whatever its name)
 * and the comparison sheet it names (only while that sheet still has the comparison title in A1)
 * are the add-in's own; refreshing deletes and rewrites exactly those two, through
 * `host.replaceSheets`. Anything else is the user's and is never touched:
 * - a user who renames the comparison sheet keeps it as a frozen copy; the next refresh writes a
 *   new comparison sheet (under a unique name) and follows that one;
 * - a user who overwrites A1 of the comparison sheet has made it theirs: same as above;
 * - a scenario sheet that was deleted or renamed drops out of the comparison (its row would be
 *   #REF!); registering it again (a new run) brings it back.
 */

export type RegistryOutcome =
  | { ok: true; comparisonSheet: string; metadataSheet: string; scenarios: ScenarioRecord[] }
  | { ok: false; reason: "unsupported" };

export interface RegisterOptions {
  language: Language;
  /** manual (default) or optimal by the summary's allocation; search results say "search". */
  kind?: ScenarioKind;
  /** Registration time; now by default (tests pass a fixed one). */
  now?: Date;
}

interface FoundRegistry {
  metadataSheet: string | null;
  metadata: ScenarioMetadata;
  sheets: HostSheetInfo[];
}

/** Reads the registry from the workbook; null when the host cannot list hidden sheets. */
export async function readScenarioRegistry(host: WorkbookHost): Promise<ScenarioMetadata | null> {
  if (!host.listAllSheets) return null;
  return (await findRegistry(host)).metadata;
}

/**
 * Records a scenario sheet just written (by the manual run, the optimal allocation or the search)
 * and rewrites the comparison sheet. A sheet registered again (same name) replaces its old row.
 */
export async function registerScenario(
  host: WorkbookHost,
  summary: ScenarioSummary,
  sheetName: string,
  options: RegisterOptions,
): Promise<RegistryOutcome> {
  const record = scenarioRecord(summary, sheetName, options.now ?? new Date(), options.kind);
  return updateRegistry(host, options.language, (records) => [
    ...records.filter((r) => r.sheet !== sheetName),
    record,
  ]);
}

/** Rewrites the comparison sheet from the registry (e.g. after the user deleted a scenario sheet). */
export function refreshComparison(host: WorkbookHost, language: Language): Promise<RegistryOutcome> {
  return updateRegistry(host, language, (records) => records);
}

async function updateRegistry(
  host: WorkbookHost,
  language: Language,
  change: (records: ScenarioRecord[]) => ScenarioRecord[],
): Promise<RegistryOutcome> {
  if (!host.listAllSheets || !host.replaceSheets) return { ok: false, reason: "unsupported" };
  const found = await findRegistry(host);
  const exists = new Set(found.sheets.map((s) => s.name));
  const records = change(found.metadata.records).filter((r) => exists.has(r.sheet));

  const ownComparison = await ownedComparisonSheet(host, found);
  // The registry first: it is the truth the comparison is rebuilt from.
  let metadataSheet = await writeMetadata(host, found.metadataSheet, {
    comparisonSheet: ownComparison,
    records,
  });
  const [comparisonSheet] = await host.replaceSheets({ sheets: [comparisonPlan(records, language)] }, [
    ownComparison,
  ]);
  if (comparisonSheet !== ownComparison)
    metadataSheet = await writeMetadata(host, metadataSheet, { comparisonSheet, records });
  return { ok: true, comparisonSheet, metadataSheet, scenarios: records };
}

async function writeMetadata(
  host: WorkbookHost,
  current: string | null,
  metadata: ScenarioMetadata,
): Promise<string> {
  const [name] = await host.replaceSheets!({ sheets: [scenarioMetadataPlan(metadata)] }, [current]);
  return name;
}

/**
 * The metadata sheet is found by its marker in A1 among the hidden sheets (a user may have a
 * sheet with the same name); a broken one is treated as no registry and left for the user.
 */
async function findRegistry(host: WorkbookHost): Promise<FoundRegistry> {
  const sheets = await host.listAllSheets!();
  const hidden = sheets.filter((s) => s.visibility !== "visible").map((s) => s.name);
  const titles = await readTitles(host, hidden);
  for (const [i, name] of hidden.entries()) {
    if (!isScenarioMetadataTitle(titles[i] ?? "")) continue;
    try {
      return { metadataSheet: name, metadata: readScenarioMetadata(await host.readSheet(name)), sheets };
    } catch {
      // A registry from a newer version or damaged by hand: start a new one beside it.
    }
  }
  return { metadataSheet: null, metadata: { comparisonSheet: null, records: [] }, sheets };
}

/** The recorded comparison sheet, if it still exists and still carries the comparison title. */
async function ownedComparisonSheet(host: WorkbookHost, found: FoundRegistry): Promise<string | null> {
  const name = found.metadata.comparisonSheet;
  if (!name || !found.sheets.some((s) => s.name === name)) return null;
  const [title] = await readTitles(host, [name]);
  return COMPARISON_TITLES.includes(title ?? "") ? name : null;
}

async function readTitles(host: WorkbookHost, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  if (host.readTitles) return host.readTitles(names);
  return Promise.all(names.map(async (n) => sheetTitle(await host.readSheet(n))));
}
