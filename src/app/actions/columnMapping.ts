import type { WorkbookHost } from "../../workbook/workbookHost";
import type { InputSheets } from "../../engine/api";
import type { InputColumnMapping } from "../../workbook/read/readInputs";
import {
  COLUMN_MAPPING_MARKER,
  columnMappingSheetPlan,
  mapsAnything,
  mergeColumnMappings,
  readStoredColumnMapping,
} from "../../workbook/schema/columnMappingSheet";
import type { SheetData } from "../../workbook/sheetData";
import { mappingNeed, type SheetMappingNeed } from "../state/columnMapping";
import type { LoadAction } from "../state/loadReducer";
import { loadOverview, type LoadOverviewDeps } from "./loadOverview";
import { errorMessage } from "./errorMessage";

/**
 * The column mapping remembered in the workbook (the very hidden sheet the CLI's --map writes
 * too). Empty when the host cannot list hidden sheets or the workbook has none.
 */
export async function readRememberedMapping(host: WorkbookHost): Promise<InputColumnMapping> {
  if (!host.listAllSheets) return {};
  const hidden = (await host.listAllSheets()).filter((s) => s.visibility !== "visible").map((s) => s.name);
  if (hidden.length === 0) return {};
  const titles = host.readTitles
    ? await host.readTitles(hidden)
    : await Promise.all(hidden.map(async (n) => String((await host.readSheet(n)).values[0]?.[0] ?? "")));
  const sheets: SheetData[] = [];
  // In tab order: the last mapping sheet wins, as readStoredColumnMapping expects.
  for (const [i, name] of hidden.entries())
    if (titles[i] === COLUMN_MAPPING_MARKER) sheets.push(await host.readSheet(name));
  return readStoredColumnMapping(sheets);
}

/**
 * The sheets of a rejected load whose required columns are not all found, with what the mapping
 * step needs to ask. Empty: the load failed for another reason.
 */
export async function findMappingNeeds(host: WorkbookHost, inputs: InputSheets): Promise<SheetMappingNeed[]> {
  const needs: SheetMappingNeed[] = [];
  for (const key of ["vehicles", "trips"] as const) {
    const need = mappingNeed(key, await host.readSheet(inputs[key]), inputs.columnMapping?.[key]);
    if (need) needs.push(need);
  }
  return needs;
}

/**
 * Remembers the user's choices in the workbook: a new very hidden mapping sheet holding the
 * stored mapping with the new choices on top (hosts never overwrite a sheet; the last one wins).
 * Returns the mapping now in effect.
 */
export async function rememberMapping(
  host: WorkbookHost,
  stored: InputColumnMapping,
  chosen: InputColumnMapping,
): Promise<InputColumnMapping> {
  const merged = mergeColumnMappings(stored, chosen);
  await host.writePlan({ sheets: [columnMappingSheetPlan(merged)] });
  return merged;
}

export interface MappedLoad {
  outcome: LoadAction;
  /** The sheets the mapping step must ask about; empty unless the load was refused for missing columns. */
  needs: SheetMappingNeed[];
  /** The mapping the workbook remembered when loading. */
  stored: InputColumnMapping;
}

/**
 * "Load data" with the workbook's remembered column mapping, and when a required column is still
 * not found, what the mapping step must ask. The refusal's errors stay in the load state too.
 */
export async function loadWithRememberedMapping(
  deps: LoadOverviewDeps,
  inputs: InputSheets,
): Promise<MappedLoad> {
  let stored: InputColumnMapping;
  try {
    stored = await readRememberedMapping(deps.host);
  } catch (error) {
    const outcome: LoadAction = { type: "failed", message: errorMessage(error) };
    deps.dispatch({ type: "loadStarted" });
    deps.dispatch(outcome);
    return { outcome, needs: [], stored: {} };
  }
  // Inputs stay as the sheet pickers made them unless the workbook remembers a mapping.
  const withMapping: InputSheets = mapsAnything(stored) ? { ...inputs, columnMapping: stored } : inputs;
  const outcome = await loadOverview(deps, withMapping);
  if (outcome.type !== "rejected" || deps.signal.aborted) return { outcome, needs: [], stored };
  // The refusal itself is already on screen; a sheet that cannot be read again only means no step.
  const needs = await findMappingNeeds(deps.host, withMapping).catch((): SheetMappingNeed[] => []);
  return { outcome, needs, stored };
}
