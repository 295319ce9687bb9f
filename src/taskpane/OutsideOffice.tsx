import { Body1, Link, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { createTranslator, type Language } from "../i18n/translate";

export interface OutsideOfficeProps {
  language: Language;
  /** The browser host, relative to the task pane page. */
  browserPageUrl: string;
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "560px",
  },
});

/** Shown when taskpane.html is opened outside Excel: how to get it into Excel, or where to go instead. */
export function OutsideOffice({ language, browserPageUrl }: OutsideOfficeProps) {
  const t = createTranslator(language);
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Subtitle1 as="h1">{t("outside.title")}</Subtitle1>
      <Body1>{t("outside.body")}</Body1>
      <Body1>{t("outside.browser")}</Body1>
      <Link href={browserPageUrl}>{t("outside.link")}</Link>
    </main>
  );
}
