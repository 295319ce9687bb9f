import type { Language } from "../core/language";
import type { AllocationFigures } from "../core/allocation/incumbentFigures";
import type { PhaseCode, Progress } from "../engine/envelope";
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
 * Never shows Infinity or NaN: without a finite cost it names the step only.
 * @example optimalProgressText("da", { objective: 2492919, gap: 0.0018 }) //=> "Optimal tildeling: bedste indtil nu 2.492.919 kr/år, gab 0,18 %"
 */
export function optimalProgressText(lang: Language, best: AllocationFigures): string {
  if (!Number.isFinite(best.objective)) return translate(lang, "phase.optimal");
  const objective = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 }).format(
    best.objective,
  );
  const percent = gapPercent(best.gap, lang);
  return percent === null
    ? translate(lang, "phase.optimal.progressNoBound", { objective })
    : translate(lang, "phase.optimal.progress", { objective, gap: percent });
}

/** A named step of a run in words: "reading" is "Reading the data…". */
export function phaseLabel(lang: Language, phase: PhaseCode): string {
  return translate(lang, `phase.${phase}`);
}

/**
 * Any progress message of the engine in the user's words, as the pane and the CLI show it.
 * @example progressText("en", { kind: "confirming", proposal: 2, proposals: 3, best: null, fraction: 0.33, partial }) //=> "Confirming proposal 2 of 3 with the chosen allocation…"
 */
export function progressText(lang: Language, p: Progress): string {
  switch (p.kind) {
    case "phase":
      return phaseLabel(lang, p.phase);
    case "optimal":
      return p.best ? optimalProgressText(lang, p.best) : translate(lang, "phase.optimal");
    case "search":
      return translate(lang, `search.phase.${p.phase}`);
    case "tabu":
      return translate(lang, "search.phase.tabu", {
        iteration: p.iteration,
        iterations: p.maxIterations,
        simulations: p.simulations,
      });
    case "confirming": {
      const text = translate(lang, "search.phase.confirming", {
        proposal: p.proposal,
        proposals: p.proposals,
      });
      return p.best ? `${text} ${optimalProgressText(lang, p.best)}` : text;
    }
  }
}
