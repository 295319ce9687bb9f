import type { CellError } from "./cellError";

/** Builds a CellError from its English and Danish text. */
export function cellError(
  sheet: string,
  cell: string,
  en: { message: string; fix: string },
  da: { message: string; fix: string },
): CellError {
  return { sheet, cell, messageEn: en.message, fixEn: en.fix, messageDa: da.message, fixDa: da.fix };
}

/** Reading stops collecting after this many errors: a wrong column gives one per row otherwise. */
export const MAX_REPORTED_ERRORS = 50;

/**
 * The first MAX_REPORTED_ERRORS errors, then one line that says how many more there are: the user
 * fixes what is shown and knows how much is left.
 */
export function capErrors(errors: readonly CellError[]): CellError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return [...errors];
  const more = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    cellError(
      "",
      "",
      {
        message: `… and ${more} more ${more === 1 ? "problem" : "problems"} not shown.`,
        fix: "Correct the cells above (often one column holds them all) and run again.",
      },
      {
        message: `… og ${more} ${more === 1 ? "problem" : "problemer"} mere, som ikke vises.`,
        fix: "Ret cellerne ovenfor (ofte har én kolonne dem alle) og kør igen.",
      },
    ),
  ];
}
