import type { ScenarioInputKey } from "../core/businesscase/inputs";
import type { Language } from "../core/language";
import type { Result } from "../core/result";
import { SCENARIO_KPI_CELLS, SCENARIO_TITLE_PREFIXES } from "./plan/scenarioPlan";
import { SCENARIO_LABELS } from "./plan/scenarioLabels";
import { cellError } from "./read/errorFactory";
import type { CellError } from "./read/cellError";
import { cellValueAt, cellValueAtAddress, sheetTitle } from "./read/cellValueAt";
import { columnLetter, type CellValue, type SheetData } from "./sheetData";

/**
 * How the business case reads a scenario sheet written by the simulation: as live formulas on the
 * scenario's KPI cells (what the sheet shows) and as the same numbers computed here from the
 * sheet's values (what the business case's formulas carry as results). Both live in this one file
 * so the formula and the number cannot disagree.
 */

export type ScenarioFigures = Record<ScenarioInputKey, number>;

/** The language of a scenario sheet from its title, or null when A1 is no scenario title. */
export function scenarioSheetLanguage(title: string): Language | null {
  if (title.startsWith(SCENARIO_TITLE_PREFIXES[0])) return "en";
  if (title.startsWith(SCENARIO_TITLE_PREFIXES[1])) return "da";
  return null;
}

/** The sheets whose A1 says they are a scenario result, in tab order. */
export function findScenarioSheets(sheets: readonly SheetData[]): string[] {
  return sheets.filter((s) => scenarioSheetLanguage(sheetTitle(s)) !== null).map((s) => s.name);
}

/** A sheet name as a formula needs it: always quoted (safe for "A1", "Scenario (2)", "Bob's"). */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The KPI whose saving (column D of the scenario sheet) each linked input takes. */
const KPI_OF: Record<Exclude<ScenarioInputKey, "electricitySaving">, keyof typeof SCENARIO_KPI_CELLS> = {
  vehiclesRemoved: "vehicles",
  yearlySaving: "total",
  energySaving: "fuel",
  co2eSaving: "social",
  allowanceSaving: "allowance",
};

/** Header labels of the scenario sheet's vehicle-table columns the electricity part is summed from. */
const VEHICLE_COLUMN_LABELS: Record<Language, { fleet: string; unit: string; cost: string }> = {
  en: { fleet: "Fleet", unit: "Unit", cost: "Fuel cost (kr/yr)" },
  da: { fleet: "Flåde", unit: "Enhed", cost: "Brændstof (kr/år)" },
};

/** Columns of fleet, energy unit and fuel cost: the vehicle table starts in column A. */
function vehicleColumns(lang: Language): { fleet: number; unit: number; cost: number } {
  const header: readonly string[] = SCENARIO_LABELS[lang].vehicleHeader;
  const labels = VEHICLE_COLUMN_LABELS[lang];
  const col = (label: string) => {
    const i = header.indexOf(label);
    // A renamed column must fail loudly here, not link the business case to the wrong cells.
    if (i < 0) throw new Error(`The scenario sheet's vehicle table has no "${label}" column.`);
    return i + 1;
  };
  return { fleet: col(labels.fleet), unit: col(labels.unit), cost: col(labels.cost) };
}

const KWH = "kWh";

/** Live formulas that pull each scenario figure from the named scenario sheet. */
export function scenarioLinkFormulas(sheetName: string, lang: Language): Record<ScenarioInputKey, string> {
  const s = quotedSheet(sheetName);
  const saving = (key: keyof typeof KPI_OF) => `=${s}!${SCENARIO_KPI_CELLS[KPI_OF[key]].saving}`;
  const c = vehicleColumns(lang);
  const column = (col: number) => `${s}!$${columnLetter(col)}:$${columnLetter(col)}`;
  const sumFor = (fleet: string) =>
    `SUMIFS(${column(c.cost)},${column(c.fleet)},"${fleet}",${column(c.unit)},"${KWH}")`;
  const L = SCENARIO_LABELS[lang];
  return {
    vehiclesRemoved: saving("vehiclesRemoved"),
    yearlySaving: saving("yearlySaving"),
    energySaving: saving("energySaving"),
    electricitySaving: `=${sumFor(L.fleetCurrent)}-${sumFor(L.fleetSimulated)}`,
    co2eSaving: saving("co2eSaving"),
    allowanceSaving: saving("allowanceSaving"),
  };
}

/** A scenario sheet's figures and the language it was written in. */
export interface ScenarioSheetFigures {
  figures: ScenarioFigures;
  language: Language;
}

export type ScenarioFiguresResult = Result<ScenarioSheetFigures, CellError>;

/**
 * The numbers `scenarioLinkFormulas` evaluates to, from the sheet's values (cached results of its
 * formulas). A saving cell without a cached result is recomputed as current − simulated, which is
 * the scenario sheet's own formula.
 */
export function readScenarioFigures(sheet: SheetData): ScenarioFiguresResult {
  const lang = scenarioSheetLanguage(sheetTitle(sheet));
  if (lang === null) return { ok: false, errors: [notAScenario(sheet.name)] };
  const errors: CellError[] = [];
  const figures = {} as ScenarioFigures;
  for (const key of Object.keys(KPI_OF) as (keyof typeof KPI_OF)[]) {
    const cells = SCENARIO_KPI_CELLS[KPI_OF[key]];
    const saving = numberIn(cellValueAtAddress(sheet, cells.saving));
    const current = numberIn(cellValueAtAddress(sheet, cells.current));
    const simulated = numberIn(cellValueAtAddress(sheet, cells.simulated));
    const value = saving ?? (current !== null && simulated !== null ? current - simulated : null);
    if (value === null)
      errors.push(notANumber(sheet.name, cells.saving, cellValueAtAddress(sheet, cells.saving)));
    else figures[key] = value;
  }
  if (errors.length > 0) return { ok: false, errors };
  figures.electricitySaving = electricitySaving(sheet, lang);
  return { ok: true, value: { figures, language: lang } };
}

/** What the SUMIFS pair of `scenarioLinkFormulas` adds up: EV fuel cost, current minus simulated. */
function electricitySaving(sheet: SheetData, lang: Language): number {
  const c = vehicleColumns(lang);
  const L = SCENARIO_LABELS[lang];
  const same = (v: CellValue, text: string) =>
    typeof v === "string" && v.trim().toLowerCase() === text.toLowerCase();
  let total = 0;
  const lastRow = sheet.originRow + sheet.values.length - 1;
  for (let row = sheet.originRow; row <= lastRow; row++) {
    if (!same(cellValueAt(sheet, row, c.unit), KWH)) continue;
    const cost = cellValueAt(sheet, row, c.cost);
    if (typeof cost !== "number") continue; // SUMIFS skips text and blanks alike
    const fleet = cellValueAt(sheet, row, c.fleet);
    if (same(fleet, L.fleetCurrent)) total += cost;
    else if (same(fleet, L.fleetSimulated)) total -= cost;
  }
  return total;
}

function numberIn(v: CellValue): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function notAScenario(sheet: string): CellError {
  const prefixes = SCENARIO_TITLE_PREFIXES.map((p) => `"${p}"`).join(" or ");
  return cellError(
    sheet,
    "A1",
    {
      message: `The sheet is not a FleetOptimiser scenario sheet: its A1 does not start with ${prefixes}.`,
      fix: "Choose a sheet written by a simulation run, or no scenario.",
    },
    {
      message: `Arket er ikke et FleetOptimiser-scenarieark: A1 begynder ikke med ${prefixes}.`,
      fix: "Vælg et ark skrevet af en simulering, eller intet scenarie.",
    },
  );
}

function notANumber(sheet: string, cell: string, value: CellValue): CellError {
  const shown = value === null ? "nothing" : `"${String(value)}"`;
  const vist = value === null ? "intet" : `"${String(value)}"`;
  return cellError(
    sheet,
    cell,
    {
      message: `The scenario's saving should be a number here, but the cell holds ${shown}.`,
      fix: "Run the simulation again to get a fresh scenario sheet, or type the figures into the business case.",
    },
    {
      message: `Scenariets besparelse skal være et tal her, men cellen indeholder ${vist}.`,
      fix: "Kør simuleringen igen for et nyt scenarieark, eller skriv tallene direkte i businesscasen.",
    },
  );
}
