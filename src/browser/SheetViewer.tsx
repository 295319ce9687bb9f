import { useEffect, useRef, useState } from "react";
import { Caption1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { BrowserWorkbook } from "./browserWorkbook";
import { parseCellAddress } from "../workbook/sheetData";
import { useI18n } from "../i18n/I18nContext";
import type { SheetView } from "../workbook/sheetView";
import { SheetGrid } from "./SheetGrid";
import { SheetCharts } from "./SheetCharts";

const useStyles = makeStyles({
  viewer: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    minHeight: 0,
    flex: 1,
    height: "100%",
  },
  tabs: { overflowX: "auto", flex: "0 0 auto" },
});

/**
 * The open workbook as Excel would show it: a tab per sheet, the sheet's grid with its number
 * formats, looks and conditional colours, and its charts, so a browser user sees the input sheets,
 * the new result sheet, and the cell an error points at.
 */
export function SheetViewer({ workbook }: { workbook: BrowserWorkbook }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [revision, setRevision] = useState(0);
  const [sheets, setSheets] = useState<string[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [view, setView] = useState<SheetView | null>(null);
  const known = useRef<{ sheets: string[]; selection: BrowserWorkbook["selection"] }>({
    sheets: [],
    selection: null,
  });

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

  useEffect(() => {
    if (active === null) {
      setView(null);
      return;
    }
    let current = true;
    void workbook.sheetView(active).then((data) => {
      if (current) setView(data);
    });
    return () => {
      current = false;
    };
  }, [workbook, active, revision]);

  const selection = workbook.selection;
  const selectedHere = selection && selection.sheet === active ? parseCellAddress(selection.cell) : null;

  return (
    <section className={styles.viewer} aria-label={t("browser.sheets")}>
      {/* Mounted only once there is a sheet: Fluent's TabList must stay controlled for its lifetime. */}
      {active !== null && (
        <TabList
          className={styles.tabs}
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
      {view &&
        view.name === active &&
        (view.rowCount === 0 && view.charts.length === 0 && !selectedHere ? (
          <Caption1>{t("browser.emptySheet")}</Caption1>
        ) : (
          <>
            <SheetGrid view={view} selected={selectedHere} />
            <SheetCharts view={view} />
          </>
        ))}
    </section>
  );
}
