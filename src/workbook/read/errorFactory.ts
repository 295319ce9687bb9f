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
