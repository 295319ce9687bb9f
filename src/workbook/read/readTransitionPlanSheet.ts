import { formatIsoDate, msToExcelSerial } from "../../core/time/naiveTime";
import type { Result } from "../../core/result";
import { eventKeys, type TransitionEvent } from "../../core/transition/transitionEvents";
import { parseTransitionInput } from "../../core/transition/parseTransitionInput";
import {
  TRANSITION_INPUT_KEYS,
  type TransitionInputKey,
  type TransitionInputs,
} from "../../core/transition/transitionInputs";
import { TRANSITION_PLAN_LABELS, TRANSITION_TITLE_PREFIXES } from "../plan/transitionPlanLabels";
import { EVENT_COL, EVENTS_HEADER_ROW, INPUT_ROW, VALUE_COL } from "../plan/transitionPlanLayout";
import { cellAddress, type CellValue, type SheetData } from "../sheetData";
import { cellValueAt, sheetTitle } from "./cellValueAt";
import type { CellError } from "./cellError";
import { cellError } from "./errorFactory";

/** Is this a transition-plan sheet FleetOptimiser wrote (by its A1 title)? */
export function isTransitionPlanSheet(sheet: SheetData): boolean {
  const title = sheetTitle(sheet);
  return TRANSITION_TITLE_PREFIXES.some((p) => title.startsWith(p));
}

/** The plan sheets in tab order (the last is the newest). */
export function findTransitionPlanSheets(sheets: readonly SheetData[]): string[] {
  return sheets.filter(isTransitionPlanSheet).map((s) => s.name);
}

/** An event date a user may have edited: which event (eventKeys) and where it sits. */
export interface EditedEventDate {
  key: string;
  dateMs: number;
  cell: string;
}

export interface TransitionPlanSheetInputs {
  inputs: Partial<TransitionInputs>;
  /** The cell each input was read from, for messages. */
  inputCells: Partial<Record<TransitionInputKey, string>>;
  events: EditedEventDate[];
}

export type ReadTransitionPlanResult = Result<TransitionPlanSheetInputs, CellError>;

/**
 * The inputs and the events' dates of a plan sheet as the user left them: the next plan starts
 * from them, as the business case starts from its last inputs. A value that breaks its rule, or
 * an event date that is not a date, is an error naming its cell.
 */
export function readTransitionPlanSheet(sheet: SheetData): ReadTransitionPlanResult {
  const errors: CellError[] = [];
  const inputs: Partial<TransitionInputs> = {};
  const inputCells: Partial<Record<TransitionInputKey, string>> = {};
  const L = TRANSITION_PLAN_LABELS[sheetTitle(sheet).startsWith(TRANSITION_TITLE_PREFIXES[1]) ? "da" : "en"];
  for (const key of TRANSITION_INPUT_KEYS) {
    const row = INPUT_ROW[key];
    const cell = cellAddress(row, VALUE_COL);
    const raw = cellValueAt(sheet, row, VALUE_COL);
    const value = raw === null ? null : parseTransitionInput(key, asInput(raw));
    if (value === null) errors.push(badInput(sheet.name, cell, L.inputs[key], raw));
    else {
      inputs[key] = value;
      inputCells[key] = cell;
    }
  }
  const rows: { event: TransitionEvent; cell: string; raw: CellValue }[] = [];
  for (let row = EVENTS_HEADER_ROW + 1; ; row++) {
    const out = idAt(sheet, row, EVENT_COL.outId);
    const into = idAt(sheet, row, EVENT_COL.inId);
    const raw = cellValueAt(sheet, row, EVENT_COL.date);
    if (out === null && into === null) break;
    const dateMs = raw === null ? null : parseTransitionInput("startMs", asInput(raw));
    rows.push({
      event: { dateMs: dateMs ?? NaN, out, in: into, reason: "added" },
      cell: cellAddress(row, EVENT_COL.date),
      raw,
    });
  }
  const keys = eventKeys(rows.map((r) => r.event));
  const events: EditedEventDate[] = [];
  rows.forEach((r, i) => {
    if (Number.isNaN(r.event.dateMs)) errors.push(badDate(sheet.name, r.cell, r.raw));
    else events.push({ key: keys[i], dateMs: r.event.dateMs, cell: r.cell });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { inputs, inputCells, events } };
}

function asInput(v: Exclude<CellValue, null>): string | number {
  if (v instanceof Date)
    return msToExcelSerial(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()));
  return typeof v === "boolean" ? String(v) : v;
}

function idAt(sheet: SheetData, row: number, col: number): string | null {
  const v = cellValueAt(sheet, row, col);
  if (v === null) return null;
  const text = String(v).trim();
  return text === "" ? null : text;
}

function shown(v: CellValue): string {
  if (v === null) return "nothing";
  if (typeof v === "number") return String(v);
  return `"${v instanceof Date ? formatIsoDate(v.getTime()) : String(v)}"`;
}

function badInput(sheet: string, cell: string, label: string, v: CellValue): CellError {
  return cellError(
    sheet,
    cell,
    {
      message: `"${label}" does not hold a valid value: the cell holds ${shown(v)}.`,
      fix: "Type a value the cell's rule allows (see the note beside it).",
    },
    {
      message: `"${label}" har ikke en gyldig værdi: cellen indeholder ${shown(v)}.`,
      fix: "Skriv en værdi, cellens regel tillader (se noten ved siden af).",
    },
  );
}

function badDate(sheet: string, cell: string, v: CellValue): CellError {
  return cellError(
    sheet,
    cell,
    {
      message: `The event's date is not a date: the cell holds ${shown(v)}.`,
      fix: "Type a date such as 2027-06-30.",
    },
    {
      message: `Hændelsens dato er ikke en dato: cellen indeholder ${shown(v)}.`,
      fix: "Skriv en dato som 2027-06-30.",
    },
  );
}
