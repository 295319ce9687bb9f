import type { ScenarioSummary } from "../core/scenario/scenarioSummary";
import type { Translate, Language } from "./translate";
import { gapPercent } from "./progressText";
import { localeOf } from "./format";

type Report = NonNullable<ScenarioSummary["allocationReport"]>;

/**
 * The result summary's line about the optimal allocation: proven optimal and how fast, or what
 * was kept and its gap to the best bound (or that there was no bound yet) and what stopped the
 * solver. Empty for simple and greedy runs.
 * @example "optimal (proven) in 1.4 s" / "best found in 30.0 s, within 0.27 % of the optimum (time limit)"
 */
export function allocationFact(summary: ScenarioSummary, t: Translate, lang: Language): [string, string][] {
  const r = summary.allocationReport;
  if (!r) return [];
  const seconds = r.seconds.toLocaleString(localeOf(lang), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  if (r.optimal) return [[t("result.allocation"), t("result.allocation.proven", { seconds })]];
  const stopped = t(`result.allocation.stopped.${r.stoppedBy}`);
  const gap = honestGap(r, lang);
  const distance = gap === null ? t("result.allocation.noBound") : t("result.allocation.within", { gap });
  // A stop by the user or the watchdog keeps an allocation found so far: say which one.
  const text =
    r.stoppedBy === "cancelled" || r.stoppedBy === "watchdog"
      ? t("result.allocation.kept", {
          stopped,
          seconds,
          kept: t(`result.allocation.source.${r.source}`),
          distance,
        })
      : t("result.allocation.gap", { seconds, distance, stopped });
  return [[t("result.allocation"), text]];
}

/**
 * The gap as a percentage, or null while the solver had no useful bound: an infinite one (gap ∞),
 * or one of 0 or less, which says nothing about a cost above 0 and reads as "within 100 %".
 */
function honestGap(r: Report, lang: Language): string | null {
  return Number.isFinite(r.bound) && r.bound > 0 ? gapPercent(r.gap, lang) : null;
}
