/**
 * A table name not yet used by any table or defined name in the workbook (they share one
 * namespace, compared case-insensitively): the wanted name, else "name_2", "name_3", ….
 * Re-running the add-in therefore never collides with the tables of an earlier run.
 *
 * @param taken lower-cased table and defined names in use; the caller adds the result.
 * @example
 * uniqueTableName("Koerebog", new Set(["koerebog"]))
 * //=> "Koerebog_2"
 */
export function uniqueTableName(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
