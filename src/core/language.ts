/** The languages of the product's sheets, messages and pane: the one definition, imported everywhere. */
export type Language = "en" | "da";
