import type { FleetCount } from "../core/model/types";
import type { Language } from "../core/language";
import type { Result } from "../core/result";
import { excelSerialToMs, formatIsoDate } from "../core/time/naiveTime";
import type { AllocationMethod } from "../core/scenario/scenarioRequest";
import type { FleetFigures } from "../core/transition/transitionYears";
import { SCENARIO_KPI_CELLS } from "./plan/scenarioPlan";
import { SCENARIO_LABELS } from "./plan/scenarioLabels";
import { cellError } from "./read/errorFactory";
import type { CellError } from "./read/cellError";
import { cellValueAt, cellValueAtAddress, sheetTitle } from "./read/cellValueAt";
import { scenarioSheetLanguage } from "./scenarioLink";
import { cellAddress, type CellValue, type SheetData } from "./sheetData";

/** A scenario sheet as the transition plan needs it: how it was run, and both fleets' figures. */
export interface ScenarioSheetRun {
  sheet: string;
  language: Language;
  location: string;
  fromDate: string;
  toDate: string;
  currentIds: string[];
  fleet: FleetCount[];
  allocation: AllocationMethod;
  limitKm: boolean;
  /** Parameters the run set for itself (the pane's settings), as its Settings table lists them. */
  parameterOverrides: Record<string, string | number>;
  /** The KPI block's current and simulated columns (vehicle types are counted elsewhere). */
  current: Omit<FleetFigures, "byType">;
  simulated: Omit<FleetFigures, "byType">;
}

type FigureKey = keyof Omit<FleetFigures, "byType">;
const KPI_OF: Record<FigureKey, keyof typeof SCENARIO_KPI_CELLS> = {
  fixedDkk: "fixed",
  energyDkk: "fuel",
  socialDkk: "social",
  allowanceDkk: "allowance",
  co2eTonnes: "co2e",
  unallocatedTrips: "unallocated",
};
const ALLOCATIONS: readonly AllocationMethod[] = ["simple", "greedy", "optimal"];

export type ScenarioSheetRunResult = Result<ScenarioSheetRun, CellError>;

/**
 * Reads a scenario sheet's KPI block and its "Settings used" (location, period, both fleets,
 * allocation, km cap, parameters set for the run): everything needed to simulate the fleets on the
 * way from today's to the scenario's on the same trips. A broken cell is reported by its address.
 */
export function readScenarioSheetRun(sheet: SheetData): ScenarioSheetRunResult {
  const language = scenarioSheetLanguage(sheetTitle(sheet));
  if (language === null) return { ok: false, errors: [problem(sheet.name, "A1", "notScenario", "")] };
  const S = SCENARIO_LABELS[language].settings;
  const errors: CellError[] = [];
  const figures = (column: "current" | "simulated") => {
    const out = {} as Omit<FleetFigures, "byType">;
    for (const key of Object.keys(KPI_OF) as FigureKey[]) {
      const address = SCENARIO_KPI_CELLS[KPI_OF[key]][column];
      const v = cellValueAtAddress(sheet, address);
      if (typeof v === "number" && Number.isFinite(v)) out[key] = v;
      else errors.push(problem(sheet.name, address, "notNumber", shown(v)));
    }
    return out;
  };
  const current = figures("current");
  const simulated = figures("simulated");

  const settingsRow = findRow(sheet, SCENARIO_LABELS[language].settingsTitle, 1);
  if (settingsRow === null)
    return { ok: false, errors: [...errors, problem(sheet.name, "A1", "noSettings", "")] };
  const setting = (label: string): { value: string; cell: string } => {
    const row = findRow(sheet, label, settingsRow);
    const cell = cellAddress(row ?? settingsRow, 2);
    const v = row === null ? null : cellValueAt(sheet, row, 2);
    // Excel turns typed ISO dates into date serials: read those back as the dates they are.
    if (typeof v === "number" && (label === S.from || label === S.to))
      return { value: formatIsoDate(excelSerialToMs(v)), cell };
    if (v instanceof Date) return { value: v.toISOString().slice(0, 10), cell };
    return { value: v === null ? "" : String(v).trim(), cell };
  };
  const location = setting(S.location);
  const from = setting(S.from);
  const to = setting(S.to);
  const currentIds = setting(S.current);
  const fleetText = setting(S.fleet);
  const allocation = setting(S.allocation);
  const limitKm = setting(S.limitKm);
  const ids = currentIds.value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (ids.length === 0) errors.push(problem(sheet.name, currentIds.cell, "noIds", currentIds.value));
  const fleet: FleetCount[] = [];
  for (const part of fleetText.value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")) {
    const m = /^(.+):\s*(\d+)$/.exec(part);
    if (m) fleet.push({ sourceId: m[1].trim(), count: Number(m[2]) });
    else errors.push(problem(sheet.name, fleetText.cell, "badFleet", fleetText.value));
  }
  const method = allocation.value as AllocationMethod;
  if (!ALLOCATIONS.includes(method))
    errors.push(problem(sheet.name, allocation.cell, "badAllocation", allocation.value));
  for (const date of [from, to])
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value))
      errors.push(problem(sheet.name, date.cell, "badDate", date.value));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      sheet: sheet.name,
      language,
      location: location.value,
      fromDate: from.value,
      toDate: to.value,
      currentIds: ids,
      fleet,
      allocation: method,
      limitKm: limitKm.value === S.on,
      parameterOverrides: runParameters(sheet, settingsRow, S.parameterHeader[0], S.thisRun),
      current,
      simulated,
    },
  };
}

/** The first row at or below `fromRow` whose column A holds `label`. */
function findRow(sheet: SheetData, label: string, fromRow: number): number | null {
  const last = sheet.originRow + sheet.values.length - 1;
  for (let row = fromRow; row <= last; row++) {
    const v = cellValueAt(sheet, row, 1);
    if (typeof v === "string" && v.trim() === label) return row;
  }
  return null;
}

/** Rows of the Settings table whose source says the run set them: key → value. */
function runParameters(
  sheet: SheetData,
  settingsRow: number,
  headerLabel: string,
  thisRun: string,
): Record<string, string | number> {
  const header = findRow(sheet, headerLabel, settingsRow);
  const out: Record<string, string | number> = {};
  if (header === null) return out;
  for (let row = header + 1; ; row++) {
    const key = cellValueAt(sheet, row, 1);
    if (typeof key !== "string" || key.trim() === "") break;
    const value = cellValueAt(sheet, row, 2);
    if (cellValueAt(sheet, row, 4) === thisRun && (typeof value === "number" || typeof value === "string"))
      out[key.trim()] = value;
  }
  return out;
}

function shown(v: CellValue): string {
  return v === null ? "" : String(v);
}

type Problem =
  "notScenario" | "notNumber" | "noSettings" | "noIds" | "badFleet" | "badAllocation" | "badDate";

const TEXT: Record<Problem, { en: (v: string) => string; da: (v: string) => string }> = {
  notScenario: {
    en: () => "The sheet is not a FleetOptimiser scenario sheet (its A1 title differs).",
    da: () => "Arket er ikke et FleetOptimiser-scenarieark (titlen i A1 er en anden).",
  },
  notNumber: {
    en: (v) => `The scenario's figure should be a number here, but the cell holds "${v}".`,
    da: (v) => `Scenariets tal skal være et tal her, men cellen indeholder "${v}".`,
  },
  noSettings: {
    en: () => 'The scenario sheet has no "Settings used" block, so the plan cannot tell how it was run.',
    da: () =>
      'Scenariearket har ingen blok "Anvendte indstillinger", så planen kan ikke se, hvordan det blev kørt.',
  },
  noIds: {
    en: () => "The scenario's current fleet lists no Bil id.",
    da: () => "Scenariets nuværende flåde angiver intet Bil id.",
  },
  badFleet: {
    en: (v) => `The scenario's simulated fleet "${v}" is not a list of Bil id: count.`,
    da: (v) => `Scenariets simulerede flåde "${v}" er ikke en liste af Bil id: antal.`,
  },
  badAllocation: {
    en: (v) => `"${v}" is not an allocation (simple, greedy or optimal).`,
    da: (v) => `"${v}" er ikke en allokering (simple, greedy eller optimal).`,
  },
  badDate: {
    en: (v) => `"${v}" is not a date like 2025-03-31.`,
    da: (v) => `"${v}" er ikke en dato som 2025-03-31.`,
  },
};

function problem(sheet: string, cell: string, kind: Problem, value: string): CellError {
  return cellError(
    sheet,
    cell,
    {
      message: TEXT[kind].en(value),
      fix: "Run the simulation again for a fresh scenario sheet, and plan from it.",
    },
    {
      message: TEXT[kind].da(value),
      fix: "Kør simuleringen igen for et nyt scenarieark, og lav planen ud fra det.",
    },
  );
}
