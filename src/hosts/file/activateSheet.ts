import type { Workbook, Worksheet } from "@cj-tech-master/excelts";

/**
 * Makes `ws` the sheet Excel opens on, optionally with `cell` selected. Only one tab may carry
 * tabSelected: two selected tabs open as a sheet group, where every edit goes to both sheets.
 */
export function activateSheet(workbook: Workbook, ws: Worksheet, cell?: string): void {
  const sheets = workbook.worksheets;
  const index = sheets.indexOf(ws);
  if (index < 0) return;
  for (const sheet of sheets) {
    const view = firstView(sheet);
    view.tabSelected = sheet === ws;
  }
  if (cell) firstView(ws).activeCell = cell;
  // Loaded workbooks may come without views although the type says otherwise.
  const fallback = {
    x: 0,
    y: 0,
    width: 12000,
    height: 24000,
    firstSheet: 0,
    activeTab: 0,
    visibility: "visible",
  };
  const base = (workbook.views as typeof workbook.views | undefined)?.[0] ?? fallback;
  // The first visible tab must not lie after the active one, or Excel scrolls it out of sight.
  workbook.views = [{ ...base, activeTab: index, firstSheet: Math.min(base.firstSheet ?? 0, index) }];
}

/** The sheet's first view (new and some loaded sheets have none), with the tab flag ExcelTS writes. */
function firstView(ws: Worksheet): { tabSelected?: boolean; activeCell?: string } {
  ws.views ??= [];
  if (ws.views.length === 0) ws.views.push({ state: "normal" } as Worksheet["views"][number]);
  return ws.views[0] as { tabSelected?: boolean; activeCell?: string };
}
