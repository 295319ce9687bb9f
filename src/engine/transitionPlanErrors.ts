import { formatIsoDate } from "../core/time/naiveTime";
import { yearOf } from "../core/transition/horizon";
import type { TransitionEvent } from "../core/transition/transitionEvents";
import {
  SET_KEY,
  TRANSITION_INPUT_KEYS,
  type TransitionInputKey,
  type TransitionInputs,
} from "../core/transition/transitionInputs";
import { INPUT_ROW, VALUE_COL } from "../workbook/plan/transitionPlanLayout";
import type { CellError } from "../workbook/read/cellError";
import { cellError } from "../workbook/read/errorFactory";
import { cellAddress } from "../workbook/sheetData";

/** The transition plan's own messages, in English and Danish, each naming its cell and a fix. */

const START_CELL = cellAddress(INPUT_ROW.startMs, VALUE_COL);
const YEARS_CELL = cellAddress(INPUT_ROW.years, VALUE_COL);

export function missingSheet(name: string): CellError {
  return cellError(
    "",
    "",
    { message: `The workbook has no sheet named "${name}".`, fix: "" },
    { message: `Projektmappen har intet ark med navnet "${name}".`, fix: "" },
  );
}

export function unknownVehicles(sheet: string, ids: string[]): CellError {
  const list = [...new Set(ids)].join(", ");
  return cellError(
    sheet,
    "A1",
    {
      message: `The scenario names vehicles the vehicle sheet no longer has: ${list}.`,
      fix: "Run the simulation again on the current vehicle sheet, and plan from the new scenario sheet.",
    },
    {
      message: `Scenariet nævner køretøjer, som køretøjsarket ikke længere har: ${list}.`,
      fix: "Kør simuleringen igen på det nuværende køretøjsark, og lav planen ud fra det nye scenarieark.",
    },
  );
}

export function badOverride(
  key: string,
  raw: string | number,
  known: TransitionInputKey | undefined,
): CellError {
  const keys = TRANSITION_INPUT_KEYS.map((k) => SET_KEY[k]).join(", ");
  if (known === undefined)
    return cellError(
      "",
      "",
      { message: `"${key}" is not a plan input.`, fix: `Use one of: ${keys}.` },
      { message: `"${key}" er ikke et input i planen.`, fix: `Brug et af: ${keys}.` },
    );
  const cell = cellAddress(INPUT_ROW[known], VALUE_COL);
  const hint =
    known === "startMs" ? "a date such as 2027-01-01" : "a value its rule allows (see the sheet's note)";
  return cellError(
    "",
    "",
    { message: `${key}=${String(raw)} is not valid (the plan's input cell ${cell}).`, fix: `Give ${hint}.` },
    { message: `${key}=${String(raw)} er ikke gyldig (planens inputcelle ${cell}).`, fix: `Angiv ${hint}.` },
  );
}

export function outsideHorizon(
  e: TransitionEvent,
  plan: TransitionInputs,
  before: boolean,
  yearsGiven: boolean,
  needed: number,
  where: { sheet: string; cell: string; onPlan: boolean },
): CellError {
  const first = yearOf(plan.startMs);
  const last = first + plan.years - 1;
  const date = formatIsoDate(e.dateMs);
  const what = e.out !== null ? `vehicle ${e.out} leaves` : `vehicle ${e.in ?? ""} arrives`;
  const hvad = e.out !== null ? `køretøj ${e.out} forlader flåden` : `køretøj ${e.in ?? ""} kommer til`;
  const sheet = where.onPlan ? "" : where.sheet;
  const place = where.onPlan ? `the plan sheet's ${where.cell}: ` : "";
  const sted = where.onPlan ? `planarkets ${where.cell}: ` : "";
  if (before)
    return cellError(
      sheet,
      where.cell,
      {
        message: `${place}${what} on ${date}, before the plan starts (${formatIsoDate(plan.startMs)}).`,
        fix: `Move the event on or after the start, or start the plan earlier (--start, or the plan sheet's ${START_CELL}).`,
      },
      {
        message: `${sted}${hvad} ${date}, før planen starter (${formatIsoDate(plan.startMs)}).`,
        fix: `Flyt hændelsen til starten eller senere, eller start planen tidligere (--start eller planarkets ${START_CELL}).`,
      },
    );
  const fixYears = yearsGiven
    ? ` Give --years ${needed} or more (or type it in the plan sheet's ${YEARS_CELL}).`
    : "";
  const fixAar = yearsGiven
    ? ` Angiv --years ${needed} eller flere (eller skriv det i planarkets ${YEARS_CELL}).`
    : "";
  return cellError(
    sheet,
    where.cell,
    {
      message: `${place}${what} on ${date}, after the plan's last year ${last} (the horizon ${first}–${last}).`,
      fix: `Move the date into the plan, or lengthen it.${fixYears}`,
    },
    {
      message: `${sted}${hvad} ${date}, efter planens sidste år ${last} (horisonten ${first}–${last}).`,
      fix: `Flyt datoen ind i planen, eller gør den længere.${fixAar}`,
    },
  );
}
