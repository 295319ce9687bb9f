/** Excel's limit on a worksheet name, in UTF-16 code units. */
export const SHEET_NAME_MAX_LENGTH = 31;

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/g;

/**
 * A name Excel accepts as a worksheet name: strips []:*?/\ and edge apostrophes, collapses white
 * space, cuts to 31 characters; "Sheet" when nothing is left.
 *
 * @example
 * sanitizeSheetName("Scenarie: 2024/25")
 * //=> "Scenarie 202425"
 */
export function sanitizeSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(FORBIDDEN_SHEET_CHARS, "")
    // Removing " * " would otherwise leave a double space behind.
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  const cut = cutToLength(cleaned, SHEET_NAME_MAX_LENGTH).trim();
  // "History" is reserved by Excel for change tracking.
  if (cut.toLowerCase() === "history") return `${cut} 1`;
  return cut.length > 0 ? cut : "Sheet";
}

/**
 * The wanted name if no sheet has it (case-insensitively, as Excel compares), otherwise the first free
 * "name (2)", "name (3)", …, shortening the base so the suffix fits in 31 characters.
 *
 * @param taken lower-cased names already in use; the caller adds the result before asking again.
 * @example
 * uniqueSheetName("Resultat", new Set(["resultat", "resultat (2)"]))
 * //=> "Resultat (3)"
 */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = sanitizeSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cutToLength(base, SHEET_NAME_MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Cuts to `max` code units without leaving half a surrogate pair behind. */
function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
