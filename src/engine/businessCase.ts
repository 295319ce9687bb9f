import { computeBusinessCase, DEFAULT_CASH_FLOW_YEARS } from "../core/businesscase/businessCase";
import { summarizeBusinessCase, type BusinessCaseSummary } from "../core/businesscase/businessCaseSummary";
import { carCostPerYear } from "../core/businesscase/carCost";
import type { Language } from "../core/language";
import {
  INPUT_RULES,
  isBusinessCaseInputKey,
  meetsRule,
  REPORT_EXAMPLE_INPUTS,
  SCENARIO_INPUT_KEYS,
  type BusinessCaseInputKey,
  type BusinessCaseInputs,
} from "../core/businesscase/inputs";
import { BUSINESS_CASE_LABELS } from "../workbook/plan/businessCaseLabels";
import { businessCaseLayout, inputName, VALUE_COL } from "../workbook/plan/businessCaseLayout";
import { businessCasePlan } from "../workbook/plan/businessCasePlan";
import type { WorkbookPlan } from "../workbook/plan/types";
import { badInputError, freeCarError } from "../workbook/read/businessCaseInputErrors";
import { cellError } from "../workbook/read/errorFactory";
import type { CellError } from "../workbook/read/cellError";
import {
  isBusinessCaseSheet,
  parseInputValue,
  readBusinessCaseSheet,
} from "../workbook/read/readBusinessCaseSheet";
import { quotedSheet, readScenarioFigures } from "../workbook/scenarioLink";
import { cellAddress, type SheetData } from "../workbook/sheetData";
import { workbookFleetSize } from "../workbook/read/workbookFleetSize";
import type { EngineResult } from "./envelope";

export interface BusinessCaseRequest {
  language: Language;
  /** The scenario sheet to link, or null for none (the report's example or typed figures). */
  scenarioSheet: string | null;
  /** A business-case sheet to take the inputs from (one the user edited); null: the report's. */
  inputsSheet?: string | null;
  /** Inputs that win over everything else (`--set key=value`), as typed or as numbers. */
  overrides?: Partial<Record<BusinessCaseInputKey, string | number>>;
  years?: number;
}

export interface BusinessCaseOutcome {
  plan: WorkbookPlan;
  summary: BusinessCaseSummary;
}

/** The business-case sheets FleetOptimiser wrote, in tab order (the last is the newest). */
export function findBusinessCaseSheets(sheets: readonly SheetData[]): string[] {
  return sheets.filter(isBusinessCaseSheet).map((s) => s.name);
}

/**
 * The business case for a workbook: the report's inputs, replaced by those of an edited
 * business-case sheet, then by the linked scenario's figures, then by explicit overrides; every
 * value checked, every problem reported with its cell. Returns the sheet to write and the figures.
 */
export function businessCaseFromSheets(
  sheets: readonly SheetData[] | null,
  request: BusinessCaseRequest,
): EngineResult<BusinessCaseOutcome> {
  const years = request.years ?? DEFAULT_CASH_FLOW_YEARS;
  const byName = (name: string) => sheets?.find((s) => s.name === name) ?? null;
  let inputs: BusinessCaseInputs = { ...REPORT_EXAMPLE_INPUTS };
  const errors: CellError[] = [];
  // The report's 300 vehicles stand in only when there is no workbook to count.
  const linked = request.scenarioSheet ? byName(request.scenarioSheet) : null;
  const fleet = sheets ? workbookFleetSize(sheets, linked) : null;
  if (fleet) inputs.vehicles = fleet.vehicles;

  if (request.inputsSheet) {
    const sheet = byName(request.inputsSheet);
    if (!sheet) return { ok: false, errors: [missingSheet(request.inputsSheet)] };
    const read = readBusinessCaseSheet(sheet);
    if (read.ok) inputs = read.value;
    else errors.push(...read.errors);
  }

  let scenarioLanguage: Language = "en";
  if (request.scenarioSheet) {
    const sheet = byName(request.scenarioSheet);
    if (!sheet) return { ok: false, errors: [missingSheet(request.scenarioSheet)] };
    const read = readScenarioFigures(sheet);
    if (read.ok) {
      // A linked scenario's fleet is the count, over an edited sheet's older figure.
      inputs = { ...inputs, ...read.value.figures, ...(fleet ? { vehicles: fleet.vehicles } : {}) };
      scenarioLanguage = read.value.language;
    } else errors.push(...read.errors);
  }

  const overridden = applyOverrides(inputs, request.overrides ?? {}, errors);
  if (errors.length > 0) return { ok: false, errors };

  if (!(carCostPerYear(inputs).total > 0)) {
    const row = businessCaseLayout(years).inputRow.leasePerMonth;
    const where = request.inputsSheet
      ? { sheet: request.inputsSheet, cell: cellAddress(row, VALUE_COL) }
      : { sheet: "", cell: "" };
    return { ok: false, errors: [freeCarError(where)] };
  }

  const scenario = request.scenarioSheet
    ? {
        sheet: request.scenarioSheet,
        language: scenarioLanguage,
        linkedKeys: SCENARIO_INPUT_KEYS.filter((k) => !overridden.has(k)),
      }
    : null;
  const plan = businessCasePlan({ language: request.language, inputs, scenario, years });
  const summary = summarizeBusinessCase(inputs, computeBusinessCase(inputs, years), request.scenarioSheet);
  return { ok: true, value: { plan, summary } };
}

/** Writes valid overrides into `inputs`, reports bad ones, and returns the keys it set. */
function applyOverrides(
  inputs: BusinessCaseInputs,
  overrides: Partial<Record<BusinessCaseInputKey, string | number>>,
  errors: CellError[],
): Set<BusinessCaseInputKey> {
  const set = new Set<BusinessCaseInputKey>();
  const rows = businessCaseLayout(DEFAULT_CASH_FLOW_YEARS).inputRow;
  for (const [k, raw] of Object.entries(overrides)) {
    if (raw === undefined) continue;
    if (!isBusinessCaseInputKey(k)) {
      errors.push(unknownInput(k));
      continue;
    }
    const key = k;
    const rule = INPUT_RULES[key];
    const value = parseInputValue(raw, rule);
    if (value !== null && meetsRule(value, rule)) {
      inputs[key] = value;
      set.add(key);
      continue;
    }
    // No sheet yet: the message names the input, the cell it fills and its defined name.
    const cell = cellAddress(rows[key], VALUE_COL);
    const given = `${key}=${String(raw)}`;
    errors.push(
      badInputError(
        key,
        { en: `${given} was given`, da: `${given} blev angivet` },
        {
          sheet: "",
          cell: "",
          prefix: `${key} (${quotedSheet(BUSINESS_CASE_LABELS.en.sheet)}!${cell}, ${inputName(key)}): `,
        },
      ),
    );
  }
  return set;
}

function unknownInput(key: string): CellError {
  const keys = Object.keys(REPORT_EXAMPLE_INPUTS).join(", ");
  return cellError(
    "",
    "",
    { message: `"${key}" is not a business-case input.`, fix: `Use one of: ${keys}.` },
    { message: `"${key}" er ikke et input i businesscasen.`, fix: `Brug et af: ${keys}.` },
  );
}

function missingSheet(name: string): CellError {
  return cellError(
    "",
    "",
    { message: `The workbook has no sheet named "${name}".`, fix: "" },
    { message: `Projektmappen har intet ark med navnet "${name}".`, fix: "" },
  );
}
