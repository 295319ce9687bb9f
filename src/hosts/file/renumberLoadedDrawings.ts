import type { Workbook } from "@cj-tech-master/excelts";

/**
 * Works around an ExcelTS 10.2.0 writer bug: a drawing loaded from a file keeps its part name
 * ("drawing1"), while every drawing added since is numbered from 1 again, so a workbook that
 * already had charts and gets new ones is written with two `xl/drawings/drawing1.xml` entries
 * (a corrupt package; ExcelTS's own check reports "Duplicate Override PartName"). Dropping the
 * loaded names makes the writer number every drawing afresh, in sheet order; the drawings' charts
 * and anchors are untouched. `_drawing` is ExcelTS's private field for the loaded drawing.
 */
export function renumberLoadedDrawings(workbook: Workbook): void {
  for (const ws of workbook.worksheets) {
    const drawing = (ws as unknown as { _drawing?: { name?: string } | null })._drawing;
    if (drawing && typeof drawing === "object" && "name" in drawing) delete drawing.name;
  }
}
