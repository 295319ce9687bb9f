/**
 * Excel's naming rules for sheets and tables, applied before ExcelTS sees a name: ExcelTS throws on
 * illegal characters and duplicates, and silently truncates long names, where the contract is to
 * make the name legal and unique and never to overwrite an existing sheet. The sheet and table
 * rules live in workbook/schema (pure functions), so both hosts name a plan's sheets alike.
 */
import {
  sanitizeSheetName,
  uniqueSheetName as uniqueAmongLowerCased,
} from "../../workbook/schema/uniqueSheetName";
import { uniqueTableName as uniqueTableAmongLowerCased } from "../../workbook/schema/uniqueTableName";

export { sanitizeSheetName };

/**
 * A legal name not in `taken` (compared case-insensitively, as Excel does): the wanted name, else
 * "Name (2)", "Name (3)"…, shortening the base so the suffix still fits in 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  return uniqueAmongLowerCased(wanted, lowerCased(taken));
}

/**
 * Is this a name Excel accepts for a table or defined name: a letter or _ first, then letters,
 * digits, _ and ., at most 255 characters, and not something Excel would read as a cell
 * reference ("A1", "XFD100", "R1C1", "R", "C").
 */
export function isValidTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  return true;
}

/** The wanted table name, or name_2, name_3… when the workbook already uses it (any case). */
export function uniqueTableName(wanted: string, taken: Iterable<string>): string {
  if (!isValidTableName(wanted)) throw new Error(`"${wanted}" is not a valid Excel table name.`);
  return uniqueTableAmongLowerCased(wanted, lowerCased(taken));
}

/** A sheet name as Excel writes it in a reference: always quoted, inner apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function lowerCased(names: Iterable<string>): Set<string> {
  return new Set([...names].map((n) => n.toLowerCase()));
}
