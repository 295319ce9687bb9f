import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatCellError, type CellError } from "../../workbook/read/cellError";
import { useI18n } from "../../i18n/I18nContext";

export interface ErrorListProps {
  errors: CellError[];
  /** Goes to the cell; the caller already selected the first error's cell. */
  onSelect: (error: CellError) => void;
}

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXXS },
  // A button is laid out like inline-block: align it with its bullet at the top, not the last line.
  link: { textAlign: "left", verticalAlign: "top" },
});

/** The engine's cell-addressed errors, in the user's language; each one selects its cell. */
export function ErrorList({ errors, onSelect }: ErrorListProps) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  if (errors.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" aria-label={t("errors.title")}>
      <MessageBarBody>
        <MessageBarTitle>{t("errors.title")}</MessageBarTitle>
        {t("errors.hint")}
        <ul className={styles.list}>
          {errors.map((error, i) => (
            <li key={`${error.sheet}!${error.cell}#${i}`} className={styles.item}>
              {/* Errors about the request itself (an unknown location) have no cell to go to. */}
              {error.sheet ? (
                <Link as="button" className={styles.link} onClick={() => onSelect(error)}>
                  {formatCellError(error, lang)}
                </Link>
              ) : (
                formatCellError(error, lang)
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
