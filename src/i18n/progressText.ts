import type { Language } from "../workbook/read/cellError";
import { localeOf } from "./format";
import { translate } from "./translate";

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
