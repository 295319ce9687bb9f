import type { Language } from "../workbook/read/cellError";
import { localeOf } from "./format";
import { en, type MessageKey } from "./messages/en";
import { labelOrRaw, translate } from "./translate";

/**
 * A relative gap (0.0018) as a percentage in the user's language ("0,18"), or null when there is
 * no bound to measure it against yet (the solver reports an infinite or undefined gap then).
 * @example gapPercent(0.0018, "da") //=> "0,18"
 */
export function gapPercent(gap: number | null | undefined, lang: Language): string | null {
  if (gap === null || gap === undefined || !Number.isFinite(gap) || gap < 0) return null;
  return new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    gap * 100,
  );
}

/**
 * The optimal allocation's progress line: the best cost so far and its gap, or "no bound yet".
 * @example optimalProgressText("da", 2492919, 0.0018) //=> "Optimal tildeling: bedste indtil nu 2.492.919 kr/år, gab 0,18 %"
 */
export function optimalProgressText(lang: Language, objective: number, gap: number | null): string {
  const cost = Number.isFinite(objective)
    ? new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 }).format(objective)
    : null;
  if (cost === null) return translate(lang, "phase.optimal");
  const percent = gapPercent(gap, lang);
  return percent === null
    ? translate(lang, "phase.optimal.progressNoBound", { objective: cost })
    : translate(lang, "phase.optimal.progress", { objective: cost, gap: percent });
}

/**
 * The engine reports phases as short keys ("allocating"); unknown phases are shown as sent, so a
 * new engine phase is never hidden, only untranslated.
 */
export function phaseLabel(lang: Language, phase: string): string {
  // "optimal?objective=…&gap=…": a phase with figures uses the key "phase.optimal.progress".
  const [code, query] = phase.split("?");
  if (query === undefined) return labelOrRaw(lang, "phase", phase);
  if (code === "optimal") return optimalPhaseLabel(lang, new URLSearchParams(query));
  const key = `phase.${code}.progress`;
  return key in en
    ? translate(lang, key as MessageKey, Object.fromEntries(new URLSearchParams(query)))
    : code;
}

/**
 * "optimal?objective=2492919&gap=0.0018": the gap is a fraction, absent (or not finite) until the
 * solver has a bound. Never shows Infinity or NaN: "no bound yet" instead.
 */
function optimalPhaseLabel(lang: Language, params: URLSearchParams): string {
  const objective = Number(params.get("objective") ?? NaN);
  const gapParam = params.get("gap");
  return optimalProgressText(lang, objective, gapParam === null ? null : Number(gapParam));
}
