import type { ScenarioSummary } from "../../core/scenario/scenarioSummary";
import type { Translate, Language } from "../../i18n/translate";

/**
 * The result summary's line about the optimal allocation: proven optimal and how fast, or the gap
 * to the best bound and what stopped the solver. Empty for simple and greedy runs.
 * @example "optimal (proven) in 1.4 s" / "best found in 30.0 s, within 0.27 % of the optimum (time limit)"
 */
export function allocationFact(summary: ScenarioSummary, t: Translate, lang: Language): [string, string][] {
  const r = summary.allocationReport;
  if (!r) return [];
  const number = (x: number, digits: number) =>
    x.toLocaleString(lang === "da" ? "da-DK" : "en-GB", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  const seconds = number(r.seconds, 1);
  const text = r.optimal
    ? t("result.allocation.proven", { seconds })
    : t("result.allocation.gap", {
        seconds,
        gap: number(r.gap * 100, 2),
        stopped: t(`result.allocation.stopped.${r.stoppedBy}`),
      });
  return [[t("result.allocation"), text]];
}
