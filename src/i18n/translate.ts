import { en, type MessageKey } from "./messages/en";
import { da } from "./messages/da";
import type { Language } from "../core/language";

export type { Language, MessageKey };

export type MessageVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

const dictionaries: Record<Language, Partial<Record<string, string>>> = { en, da };

/**
 * The UI language for a BCP 47 tag from Office (`displayLanguage`) or the browser (`navigator.language`):
 * Danish for any `da*` tag, English for everything else, including no tag at all.
 * @example languageFromTag("da-DK") //=> "da"
 */
export function languageFromTag(tag: string | null | undefined): Language {
  return typeof tag === "string" && /^da\b/i.test(tag.trim()) ? "da" : "en";
}

/**
 * The message for `key` in `lang`, falling back to English, with `{name}` placeholders filled.
 * @example translate("da", "form.count", { name: "Yaris" }) //=> "Antal Yaris"
 */
export function translate(lang: Language, key: MessageKey, vars?: MessageVars): string {
  const text = dictionaries[lang][key] ?? en[key];
  return vars ? fill(text, vars) : text;
}

/** A `t(key, vars)` bound to one language. */
export function createTranslator(lang: Language): Translate {
  return (key, vars) => translate(lang, key, vars);
}

/** The engine's vehicle type ("ev") in words; an unknown type is shown as sent. */
export function vehicleTypeLabel(lang: Language, type: string): string {
  return labelOrRaw(lang, "vehicleType", type);
}

/** Why a trip was unallocated ("kmCap"), in words; an unknown reason is shown as sent. */
export function reasonLabel(lang: Language, reason: string): string {
  return labelOrRaw(lang, "reason", reason);
}

export function labelOrRaw(lang: Language, group: string, code: string): string {
  const key = `${group}.${code}`;
  return key in en ? translate(lang, key as MessageKey) : code;
}

function fill(text: string, vars: MessageVars): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
