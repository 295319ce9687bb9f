import { useEffect, useRef, useState } from "react";
import { Caption1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { BrowserWorkbook } from "./browserWorkbook";
import { columnLetter, parseCellAddress, type SheetData } from "../workbook/sheetData";
import { cellText } from "./cellText";
import { useI18n } from "../i18n/I18nContext";

export const PREVIEW_ROWS = 200;

const useStyles = makeStyles({
  viewer: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, flex: 1 },
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  grid: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  heading: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rowHeading: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    maxWidth: "24em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  selected: {
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
});

/**
 * The open workbook as tabs and a grid of the first rows, so a browser user can see what the add-in
 * would show in Excel: the input sheets, the new result sheet, and the cell an error points at.
 */
export function SheetViewer({ workbook }: { workbook: BrowserWorkbook }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [revision, setRevision] = useState(0);
  const [sheets, setSheets] = useState<string[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [preview, setPreview] = useState<SheetData | null>(null);
  const known = useRef<{ sheets: string[]; selection: BrowserWorkbook["selection"] }>({
    sheets: [],
    selection: null,
  });
  const selectedCellRef = useRef<HTMLTableCellElement | null>(null);

  useEffect(() => workbook.onChange(() => setRevision((r) => r + 1)), [workbook]);

  // Follow the workbook: a new selection shows its sheet; otherwise a newly written sheet (the
  // result) comes to the front, as Excel activates it.
  useEffect(() => {
    let current = true;
    void workbook.listSheets().then((names) => {
      if (!current) return;
      const before = known.current;
      const selection = workbook.selection;
      const added = before.sheets.length > 0 ? names.filter((n) => !before.sheets.includes(n)) : [];
      setSheets(names);
      setActive((previous) => {
        if (selection && selection !== before.selection && names.includes(selection.sheet))
          return selection.sheet;
        // Several plans can land in a row (a run, then its comparison sheet): show the sheet Excel
        // would have active, as the result sheet is activated and the comparison is not.
        const activeSheet = workbook.activeSheet?.() ?? null;
        if (added.length > 0)
          return activeSheet !== null && names.includes(activeSheet) ? activeSheet : added[0];
        return previous !== null && names.includes(previous) ? previous : (names[0] ?? null);
      });
      known.current = { sheets: names, selection };
    });
    return () => {
      current = false;
    };
  }, [workbook, revision]);

  const selection = workbook.selection;
  const selectedHere = selection && selection.sheet === active ? parseCellAddress(selection.cell) : null;
  // An error can point far down the Ture sheet: show at least down to it.
  const rowsToShow = Math.max(PREVIEW_ROWS, (selectedHere?.row ?? 0) + 5);

  useEffect(() => {
    if (active === null) {
      setPreview(null);
      return;
    }
    let current = true;
    void workbook.sheetPreview(active, rowsToShow).then((data) => {
      if (current) setPreview(data);
    });
    return () => {
      current = false;
    };
  }, [workbook, active, rowsToShow, revision]);

  useEffect(() => {
    // happy-dom and old engines lack scrollIntoView; the highlight alone still shows the cell.
    selectedCellRef.current?.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [preview, selection]);

  const width = preview ? Math.max(0, ...preview.values.map((row) => row.length)) : 0;

  return (
    <section className={styles.viewer} aria-label={t("browser.sheets")}>
      {/* Mounted only once there is a sheet: Fluent's TabList must stay controlled for its lifetime. */}
      {active !== null && (
        <TabList
          selectedValue={active}
          onTabSelect={(_, data) => setActive(String(data.value))}
          aria-label={t("browser.sheets")}
          size="small"
        >
          {sheets.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
      )}
      {preview && preview.name === active && (
        <>
          {preview.values.length === 0 ? (
            <Caption1>{t("browser.emptySheet")}</Caption1>
          ) : (
            <div className={styles.scroller}>
              <table className={styles.grid} aria-label={preview.name}>
                <thead>
                  <tr>
                    <th className={styles.heading} />
                    {Array.from({ length: width }, (_, c) => (
                      <th key={c} className={styles.heading} scope="col">
                        {columnLetter(preview.originCol + c)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.values.map((row, r) => {
                    const rowNumber = preview.originRow + r;
                    return (
                      <tr key={rowNumber}>
                        <th className={styles.rowHeading} scope="row">
                          {rowNumber}
                        </th>
                        {Array.from({ length: width }, (_, c) => {
                          const colNumber = preview.originCol + c;
                          const isSelected =
                            selectedHere?.row === rowNumber && selectedHere.col === colNumber;
                          return (
                            <td
                              key={c}
                              ref={isSelected ? selectedCellRef : undefined}
                              className={isSelected ? `${styles.cell} ${styles.selected}` : styles.cell}
                              data-selected={isSelected || undefined}
                              data-cell={`${columnLetter(colNumber)}${rowNumber}`}
                            >
                              {cellText(row[c] ?? null)}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {preview.values.length >= rowsToShow && (
            <Caption1>{t("browser.rowsShown", { rows: rowsToShow })}</Caption1>
          )}
        </>
      )}
    </section>
  );
}
