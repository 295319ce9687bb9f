import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetter } from "../workbook/sheetData";
import { useI18n } from "../i18n/I18nContext";
import { cellText, defaultAlignment } from "./cellText";
import { cellLook, tableAt } from "./cellLook";
import { conditionalLooks } from "./conditionalColours";
import type { SheetView } from "../workbook/sheetView";

/** Excel's default row (15 pt) in CSS pixels; every row has it, which is what lets the grid virtualise with plain arithmetic. */
export const ROW_HEIGHT = 20;
const HEADER_HEIGHT = 20;
const ROW_HEADING_WIDTH = 52;
/** Rows drawn above and below the visible ones, so a fast wheel does not show blank rows. */
const OVERSCAN = 12;
/** Before the first layout (and in test DOMs without layout) assume a tall screen. */
const FALLBACK_VIEWPORT = 800;

/** Excel's column width in characters to pixels (Calibri 11: 7 px per digit plus 5 px padding). */
export function columnPixels(width: number | undefined): number {
  return Math.round((width ?? 8.43) * 7 + 5);
}

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flex: "1 1 auto",
    minHeight: "160px",
    position: "relative",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#FFFFFF",
  },
  grid: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif",
    fontSize: "13px",
    color: "#000000",
  },
  heading: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${HEADER_HEIGHT}px`,
    padding: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
  },
  corner: { left: 0, zIndex: 3 },
  rowHeading: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "right",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    height: `${ROW_HEIGHT - 1}px`,
    padding: "0 3px",
    borderRight: "1px solid #E1E1E1",
    borderBottom: "1px solid #E1E1E1",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    lineHeight: `${ROW_HEIGHT - 1}px`,
  },
  spill: { overflow: "visible", textOverflow: "clip" },
  frozen: { position: "sticky", zIndex: 1 },
  selected: {
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: "-2px",
  },
  spacer: { padding: 0, border: "none" },
});

/**
 * A sheet drawn like Excel's grid: column letters and row numbers, the sheet's column widths,
 * each cell through its number format, with its bold, fills, table bands and conditional colours.
 * Only the rows on screen are in the DOM (plus a few), so a 100,000-row sheet scrolls.
 */
export function SheetGrid({
  view,
  selected,
}: {
  view: SheetView;
  selected: { row: number; col: number } | null;
}) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight > 0 ? el.clientHeight : FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const frozen = Math.min(view.frozenRows, view.rowCount);
  const frozenCols = Math.min(view.frozenCols, view.colCount);
  // Bring the selected cell (an input error) into the middle of the view.
  useEffect(() => {
    const el = scroller.current;
    if (!el || !selected) return;
    const top = Math.max(0, (selected.row - 1 - frozen) * ROW_HEIGHT - viewport / 2);
    el.scrollTop = top;
    setScrollTop(top);
    // Only when the selection or the sheet changes, not on every resize.
  }, [selected?.row, selected?.col, view, frozen]);

  const looks = useMemo(
    () => conditionalLooks(view.conditionalFormats, (r, c) => view.cell(r, c)?.value ?? null),
    [view],
  );

  // The grid reaches at least to the selected cell, so an error in an empty cell still shows.
  const rowCount = Math.max(view.rowCount, selected?.row ?? 0);
  const colCount = Math.max(view.colCount, selected?.col ?? 0);
  const widths = Array.from({ length: colCount }, (_, i) => columnPixels(view.columnWidths[i]));
  // Where each frozen column sticks: right of the row numbers and the frozen columns before it.
  const stickLeft = widths.map((_, i) => ROW_HEADING_WIDTH + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const firstBody = Math.min(
    rowCount + 1,
    Math.max(frozen + 1, frozen + 1 + Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN),
  );
  const lastBody = Math.min(rowCount, firstBody + Math.ceil(viewport / ROW_HEIGHT) + 2 * OVERSCAN);
  const rows: number[] = [];
  for (let r = 1; r <= frozen; r++) rows.push(r);
  for (let r = firstBody; r <= lastBody; r++) rows.push(r);

  const renderRow = (row: number) => {
    const isFrozen = row <= frozen;
    const stick: CSSProperties | undefined = isFrozen
      ? { top: `${HEADER_HEIGHT + (row - 1) * ROW_HEIGHT}px` }
      : undefined;
    return (
      <tr key={row} aria-rowindex={row + 1}>
        <th
          scope="row"
          className={mergeClasses(styles.rowHeading, isFrozen && styles.frozen)}
          style={isFrozen ? { ...stick, zIndex: 2 } : undefined}
        >
          {row}
        </th>
        {widths.map((_, i) => {
          const col = i + 1;
          const cell = view.cell(row, col);
          const look = cellLook(cell, tableAt(view.tables, row, col), row, looks.get(`${row}:${col}`));
          const isSelected = selected?.row === row && selected.col === col;
          const frozenCol = col <= frozenCols;
          const value = cell?.value ?? null;
          // Text runs on over empty cells to its right, as in Excel, instead of being cut off.
          const spills =
            typeof value === "string" &&
            (cell?.align ?? "left") === "left" &&
            col < colCount &&
            (view.cell(row, col + 1)?.value ?? null) === null;
          return (
            <td
              key={col}
              className={mergeClasses(
                styles.cell,
                spills && styles.spill,
                (isFrozen || frozenCol) && styles.frozen,
                isSelected && styles.selected,
              )}
              data-cell={`${columnLetter(col)}${row}`}
              data-selected={isSelected || undefined}
              style={{
                ...stick,
                ...(frozenCol ? { left: `${stickLeft[i]}px`, zIndex: isFrozen ? 2 : 1 } : {}),
                backgroundColor: look.fill ?? (isFrozen || frozenCol ? "#FFFFFF" : undefined),
                color: look.color,
                fontWeight: look.bold ? 700 : undefined,
                fontStyle: look.italic ? "italic" : undefined,
                fontSize: look.size ? `${Math.round((look.size * 4) / 3)}px` : undefined,
                textAlign: cell?.align ?? defaultAlignment(value),
              }}
            >
              {cellText(value, cell?.format, lang)}
            </td>
          );
        })}
      </tr>
    );
  };

  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} aria-hidden="true" style={{ height: `${height}px` }}>
        <td className={styles.spacer} colSpan={colCount + 1} />
      </tr>
    );

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      // Keyboard users scroll the grid with the arrow keys once it has focus.
      tabIndex={0}
      role="group"
      aria-label={t("browser.sheetGrid", { name: view.name })}
    >
      <table
        className={styles.grid}
        aria-label={view.name}
        aria-rowcount={rowCount + 1}
        style={{ width: `${ROW_HEADING_WIDTH + widths.reduce((a, b) => a + b, 0)}px` }}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEADING_WIDTH}px` }} />
          {widths.map((w, i) => (
            <col key={i} style={{ width: `${w}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <td className={mergeClasses(styles.heading, styles.corner)} />
            {widths.map((_, i) => (
              <th
                key={i}
                className={styles.heading}
                scope="col"
                style={i < frozenCols ? { left: `${stickLeft[i]}px`, zIndex: 3 } : undefined}
              >
                {columnLetter(i + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.filter((r) => r <= frozen).map(renderRow)}
          {spacer((firstBody - frozen - 1) * ROW_HEIGHT, "before")}
          {rows.filter((r) => r > frozen).map(renderRow)}
          {spacer((rowCount - Math.max(lastBody, frozen)) * ROW_HEIGHT, "after")}
        </tbody>
      </table>
    </div>
  );
}
