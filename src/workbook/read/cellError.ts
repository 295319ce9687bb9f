import type { Language } from "../../core/language";

/**
 * A validation error that points at one cell: the user sees "Køretøjer!C7: … Fix: …" and the task
 * pane selects the cell. Messages exist in English and Danish; hosts pick by display language.
 */
export interface CellError {
  sheet: string;
  /** A1 address of the offending cell, or of the header row's first cell for sheet-level errors. */
  cell: string;
  messageEn: string;
  fixEn: string;
  messageDa: string;
  fixDa: string;
}

export type { Language };

export function formatCellError(e: CellError, lang: Language = "en"): string {
  const message = lang === "da" ? e.messageDa : e.messageEn;
  const fix = lang === "da" ? e.fixDa : e.fixEn;
  const fixLabel = lang === "da" ? "Ret" : "Fix";
  const text = fix ? `${message} ${fixLabel}: ${fix}` : message;
  // Errors about the request itself (an unknown location) have no cell to point at.
  return e.sheet ? `${quoteSheet(e.sheet)}!${e.cell}: ${text}` : text;
}

/** Excel quotes sheet names with spaces or punctuation in references (Køretøjer!A1 needs none). */
export function quoteSheet(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Thrown by read functions; carries every error found, not just the first. */
export class InputError extends Error {
  constructor(readonly errors: CellError[]) {
    super(errors.map((e) => formatCellError(e)).join("\n"));
    this.name = "InputError";
  }
}
