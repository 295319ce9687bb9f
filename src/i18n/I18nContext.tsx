import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createTranslator, type Language, type Translate } from "./translate";

export interface I18n {
  lang: Language;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: "en", t: createTranslator("en") });

/** Makes the language and its `t` available to every component below. */
export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: createTranslator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
