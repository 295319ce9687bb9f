import type { ScenarioSummary } from "../../core/scenario/scenarioSummary";
import type { CellValue, SheetData } from "../sheetData";
import { cellValueAt } from "../read/cellValueAt";
import type { PlanCell, SheetPlan } from "./types";

/**
 * The scenario registry: one row per scenario sheet the add-in wrote, kept in a very hidden sheet
 * of the workbook itself so the list survives saving, mailing and reopening (stack-notes.md §3:
 * `workbook.settings` is tied to the add-in, custom XML parts are lost by ExcelTS). Plain cells
 * under a header of keys, so a person who unhides the sheet can read it and later versions can add
 * columns.
 */

/** A1 of the metadata sheet: how it is told apart from a user's sheet of the same name. */
export const SCENARIO_METADATA_MARKER = "FleetOptimiser scenario registry";
export const SCENARIO_METADATA_VERSION = 1;
/** The sheet's wanted name; hosts may add " (2)" when a user's sheet already has it. */
export const SCENARIO_METADATA_SHEET = "_fleetopt_scenarios";

const COMPARISON_KEY = "comparisonSheet";
const HEADER_ROW = 4;

export type ScenarioKind = "manual" | "optimal" | "search";

/** What the comparison sheet needs of one scenario, recorded when the scenario was written. */
export interface ScenarioRecord {
  /** The scenario sheet's name when it was written. */
  sheet: string;
  kind: ScenarioKind;
  allocation: string;
  location: string;
  fromDate: string;
  toDate: string;
  /** ISO time of registration. */
  registeredAt: string;
  currentVehicles: number;
  simulatedVehicles: number;
  currentCost: number;
  simulatedCost: number;
  currentCo2eTonnes: number;
  simulatedCo2eTonnes: number;
  unallocatedTrips: number;
}

export interface ScenarioMetadata {
  /** The comparison sheet the add-in last wrote; null before the first one. */
  comparisonSheet: string | null;
  records: ScenarioRecord[];
}

const TEXT_KEYS = ["sheet", "kind", "allocation", "location", "fromDate", "toDate", "registeredAt"] as const;
const NUMBER_KEYS = [
  "currentVehicles",
  "simulatedVehicles",
  "currentCost",
  "simulatedCost",
  "currentCo2eTonnes",
  "simulatedCo2eTonnes",
  "unallocatedTrips",
] as const;
const KEYS = [...TEXT_KEYS, ...NUMBER_KEYS] as const;
const KINDS: readonly ScenarioKind[] = ["manual", "optimal", "search"];

/** A scenario's record from its summary; `kind` defaults to "optimal" for optimal allocation. */
export function scenarioRecord(
  summary: ScenarioSummary,
  sheet: string,
  registeredAt: Date,
  kind?: ScenarioKind,
): ScenarioRecord {
  return {
    sheet,
    kind: kind ?? (summary.allocation === "optimal" ? "optimal" : "manual"),
    allocation: summary.allocation,
    location: summary.location,
    fromDate: summary.fromDate,
    toDate: summary.toDate,
    registeredAt: registeredAt.toISOString(),
    currentVehicles: summary.current.vehicles.length,
    simulatedVehicles: summary.simulated.vehicles.length,
    currentCost: summary.current.yearlyCost,
    simulatedCost: summary.simulated.yearlyCost,
    currentCo2eTonnes: summary.current.yearlyCo2eTonnes,
    simulatedCo2eTonnes: summary.simulated.yearlyCo2eTonnes,
    unallocatedTrips: summary.simulated.unallocatedTrips,
  };
}

/** The very hidden metadata sheet. */
export function scenarioMetadataPlan(metadata: ScenarioMetadata): SheetPlan {
  return {
    name: SCENARIO_METADATA_SHEET,
    visibility: "veryHidden",
    ranges: [
      { row: 1, col: 1, values: [[SCENARIO_METADATA_MARKER, SCENARIO_METADATA_VERSION]] },
      { row: 2, col: 1, values: [[COMPARISON_KEY, metadata.comparisonSheet ?? ""]] },
      {
        row: HEADER_ROW,
        col: 1,
        values: [[...KEYS], ...metadata.records.map((r): PlanCell[] => KEYS.map((k) => r[k]))],
      },
    ],
    tables: [],
  };
}

/** Is this sheet (by its A1) the add-in's metadata sheet? */
export function isScenarioMetadataTitle(a1: string): boolean {
  return a1.trim() === SCENARIO_METADATA_MARKER;
}

/**
 * Reads the metadata sheet back. Rows a person broke (a missing sheet name, text in a number
 * column, an unknown kind) are skipped rather than failing the whole list; a sheet without the
 * marker or of a newer version is refused with a message, as it is not ours to interpret.
 */
export function readScenarioMetadata(sheet: SheetData): ScenarioMetadata {
  const marker = cellValueAt(sheet, 1, 1);
  if (typeof marker !== "string" || !isScenarioMetadataTitle(marker))
    throw new Error(`Sheet "${sheet.name}" is not FleetOptimiser's scenario registry (A1 differs).`);
  const version = cellValueAt(sheet, 1, 2);
  if (typeof version === "number" && version > SCENARIO_METADATA_VERSION)
    throw new Error(
      `Sheet "${sheet.name}" was written by a newer FleetOptimiser (registry version ${version}); please update the add-in.`,
    );
  const comparison = cellValueAt(sheet, 2, 2);
  const header: string[] = [];
  for (let c = 1; ; c++) {
    const v = cellValueAt(sheet, HEADER_ROW, c);
    if (typeof v !== "string" || v === "") break;
    header.push(v);
  }
  const colOf = new Map(header.map((h, i) => [h, i + 1]));
  const records: ScenarioRecord[] = [];
  const lastRow = sheet.originRow + sheet.values.length - 1;
  for (let row = HEADER_ROW + 1; row <= lastRow; row++) {
    const at = (key: string): CellValue => {
      const col = colOf.get(key);
      return col === undefined ? null : cellValueAt(sheet, row, col);
    };
    const record = recordFrom(at);
    if (record) records.push(record);
  }
  return {
    comparisonSheet: typeof comparison === "string" && comparison !== "" ? comparison : null,
    records,
  };
}

function recordFrom(at: (key: string) => CellValue): ScenarioRecord | null {
  const out: Record<string, string | number> = {};
  for (const k of TEXT_KEYS) {
    const v = at(k);
    out[k] = typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
  }
  for (const k of NUMBER_KEYS) {
    const v = at(k);
    if (typeof v !== "number" || !Number.isFinite(v)) return null;
    out[k] = v;
  }
  if (out.sheet === "" || !KINDS.includes(out.kind as ScenarioKind)) return null;
  return out as unknown as ScenarioRecord;
}
