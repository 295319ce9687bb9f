import type { ReactNode } from "react";
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nContext";
import type { MessageKey } from "../../i18n/translate";

export const PANE_SECTIONS = ["data", "simulate", "search", "plan", "businessCase", "aggregate"] as const;
export type PaneSection = (typeof PANE_SECTIONS)[number];

const TAB_LABEL: Record<PaneSection, MessageKey> = {
  data: "tabs.data",
  simulate: "tabs.simulate",
  search: "tabs.search",
  plan: "tabs.plan",
  businessCase: "tabs.businessCase",
  aggregate: "tabs.aggregate",
};

const useStyles = makeStyles({
  // Six tabs do not fit on one line at 350 px: they wrap rather than scroll sideways.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface PaneTabsProps {
  selected: PaneSection;
  onSelect: (section: PaneSection) => void;
  children: Record<PaneSection, ReactNode>;
}

/**
 * The pane's sections as tabs (arrow keys move between them). Every section stays mounted while
 * hidden, so a search or an aggregation keeps running, and its form keeps what was typed, while
 * the user looks at another section.
 */
export function PaneTabs({ selected, onSelect, children }: PaneTabsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        aria-label={t("tabs.label")}
        onTabSelect={(_, data) => onSelect(data.value as PaneSection)}
      >
        {PANE_SECTIONS.map((section) => (
          <Tab
            key={section}
            value={section}
            id={`pane-tab-${section}`}
            aria-controls={`pane-panel-${section}`}
          >
            {t(TAB_LABEL[section])}
          </Tab>
        ))}
      </TabList>
      {PANE_SECTIONS.map((section) => (
        <div
          key={section}
          id={`pane-panel-${section}`}
          role="tabpanel"
          aria-labelledby={`pane-tab-${section}`}
          className={styles.panel}
          hidden={section !== selected}
        >
          {children[section]}
        </div>
      ))}
    </>
  );
}
