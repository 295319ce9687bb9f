import type { Fill, Workbook } from "@cj-tech-master/excelts";

/**
 * Works around two ExcelTS 10.2.0 bugs that turn a valid input into an output Excel must repair
 * (test/hosts/file/excelts*.test.ts reproduces each; drop the matching step once they pass):
 *
 * - `<patternFill/>` without a patternType (openpyxl, and so pandas, writes its first fill so; the
 *   schema's default is "none") is loaded as `pattern: undefined` and written back as
 *   patternType="undefined", which is not a valid value.
 * - A file without a theme part (LibreOffice writes none) is loaded with an empty theme list, so
 *   the writer writes no theme part, yet always lists xl/theme/theme1.xml in [Content_Types].xml
 *   and workbook.xml.rels. Without a loaded theme the writer falls back to its default theme,
 *   which is what Excel and LibreOffice show for a file with none.
 */
export function repairLoadedWorkbook(workbook: Workbook): Workbook {
  repairThemes(workbook);
  repairPatternFills(workbook);
  return workbook;
}

function repairThemes(workbook: Workbook): void {
  // `_themes` is ExcelTS's private map of theme part name → XML, filled by the reader.
  const wb = workbook as unknown as { _themes?: Record<string, string> };
  const themes = wb._themes;
  if (!themes || themes.theme1) return;
  const loaded = Object.values(themes);
  // The writer names only theme1 in the content types and relationships.
  wb._themes = loaded.length > 0 ? { theme1: loaded[0] } : undefined;
}

function repairPatternFills(workbook: Workbook): void {
  // Style objects are shared between the cells that use one style, so each is mended once.
  const seen = new Set<object>();
  const mend = (fill: Fill | undefined) => {
    if (!fill || seen.has(fill)) return;
    seen.add(fill);
    if (fill.type === "pattern" && (fill.pattern as string | undefined) === undefined) fill.pattern = "none";
  };
  for (const ws of workbook.worksheets) {
    for (const column of ws.columns ?? []) mend(column.style?.fill);
    ws.eachRow({ includeEmpty: false }, (row) => {
      mend(row.style?.fill);
      row.eachCell({ includeEmpty: false }, (cell) => mend(cell.style?.fill));
    });
  }
}
