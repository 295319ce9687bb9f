import type { CellError } from "./cellError";
import { cellError } from "./errorFactory";
import type { LocatedCell } from "./locateTable";
import {
  ACCEPTED_DATE_FORMS,
  dateTextProblem,
  describeCell,
  isEmptyCell,
  parseDateTimeCell,
  parseNumberCell,
} from "./cellParsers";

/** Reads typed fields from located cells, collecting one error per bad cell. */
export class FieldReader {
  readonly errors: CellError[] = [];
  constructor(private readonly sheet: string) {}

  number(
    cell: LocatedCell | undefined,
    header: string,
    opts: { required?: boolean; min?: number; max?: number; unit?: string } = {},
  ): number | null {
    if (!cell || isEmptyCell(cell.value)) {
      if (opts.required) this.missing(cell, header);
      return null;
    }
    const n = parseNumberCell(cell.value);
    const unit = opts.unit ? ` (${opts.unit})` : "";
    if (n === null) {
      const d = describeCell(cell.value);
      this.add(
        cell,
        {
          message: `"${header}" must be a number${unit}, but the cell holds ${d.en}.`,
          fix: `Enter a number such as 12.5 or 12,5.`,
        },
        {
          message: `"${header}" skal være et tal${unit}, men cellen indeholder ${d.da}.`,
          fix: `Skriv et tal som 12,5 eller 12.5.`,
        },
      );
      return null;
    }
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
      const range = rangeText(opts.min, opts.max);
      this.add(
        cell,
        { message: `"${header}" is ${n}, outside ${range.en}.`, fix: `Enter a value ${range.en}.` },
        { message: `"${header}" er ${n}, uden for ${range.da}.`, fix: `Skriv en værdi ${range.da}.` },
      );
      return null;
    }
    return n;
  }

  dateTime(cell: LocatedCell | undefined, header: string, required: boolean): number | null {
    if (!cell || isEmptyCell(cell.value)) {
      if (required) this.missing(cell, header);
      return null;
    }
    const ms = parseDateTimeCell(cell.value);
    const problem = typeof cell.value === "string" ? dateTextProblem(cell.value) : null;
    if (ms === null && problem) {
      this.add(
        cell,
        {
          message: `"${header}" holds "${cell.value}", which is refused: ${problem.en}.`,
          fix: `Write it as ${ACCEPTED_DATE_FORMS.en}.`,
        },
        {
          message: `"${header}" indeholder "${cell.value}", som afvises: ${problem.da}.`,
          fix: `Skriv den som ${ACCEPTED_DATE_FORMS.da}.`,
        },
      );
    } else if (ms === null) {
      const d = describeCell(cell.value);
      this.add(
        cell,
        {
          message: `"${header}" must be a date and time, but the cell holds ${d.en}.`,
          fix: `Enter it as an Excel date or as text like 2025-03-03 08:15.`,
        },
        {
          message: `"${header}" skal være en dato og et klokkeslæt, men cellen indeholder ${d.da}.`,
          fix: `Skriv en Excel-dato eller tekst som 2025-03-03 08:15.`,
        },
      );
    }
    return ms;
  }

  missing(cell: LocatedCell | undefined, header: string): void {
    if (!cell) return;
    this.add(
      cell,
      { message: `"${header}" is empty.`, fix: `Fill in "${header}" for this row, or delete the row.` },
      { message: `"${header}" er tom.`, fix: `Udfyld "${header}" i denne række, eller slet rækken.` },
    );
  }

  add(cell: LocatedCell, en: { message: string; fix: string }, da: { message: string; fix: string }): void {
    this.errors.push(cellError(this.sheet, cell.address, en, da));
  }
}

function rangeText(min?: number, max?: number): { en: string; da: string } {
  if (min !== undefined && max !== undefined)
    return { en: `from ${min} to ${max}`, da: `fra ${min} til ${max}` };
  if (min !== undefined) return { en: `of at least ${min}`, da: `på mindst ${min}` };
  return { en: `of at most ${max}`, da: `på højst ${max}` };
}
