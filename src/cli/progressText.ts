import type { SearchProgress } from "../core/search/runSearch";
import { formatInteger, formatTonnes } from "../i18n/format";
import { optimalProgressText, phaseLabel } from "../i18n/progressText";
import { translate, type MessageKey } from "../i18n/translate";
import type { Progress } from "../engine/api";

/** A step of a run for the progress line: a key (a new key is a new phase) and what it shows. */
export interface ProgressStep {
  phase: string;
  text: string;
}

/**
 * A simulation's progress in the pane's words (English): the phase, how far the simulation is,
 * and for the optimal allocation its best cost so far, its gap or "no bound yet", and its limit.
 * Stateful: once the optimal allocation has figures, a later message without any (the solve
 * announcing itself) keeps them on the line.
 * @example simulateSteps()({ kind: "phase", phase: "optimal?objective=2492919&gap=0.0018", fraction: 0.2, timeLimitSec: 60 })
 *   //=> { phase: "optimal", text: "Optimal allocation: best so far 2,492,919 kr/yr, gap 0.18 % (time limit 60 s)" }
 */
export function simulateSteps(): (p: Progress) => ProgressStep {
  let figures: ProgressStep | null = null;
  return (p) => {
    const [phase, query] = p.phase.split("?");
    if (phase === "optimal" && query === undefined && figures) return figures;
    let text = phaseLabel("en", p.phase);
    if (phase === "simulated" && p.fraction > 0) text += ` ${Math.round(p.fraction * 100)} %`;
    if (p.timeLimitSec !== undefined) text += ` (time limit ${p.timeLimitSec} s)`;
    const step = { phase, text };
    if (phase === "optimal" && query !== undefined) figures = step;
    return step;
  };
}

/**
 * A search's progress: the phase; in the tabu search the iteration and the best fleet so far;
 * while the proposals are confirmed, which one and (optimal) its best cost and gap so far.
 */
export function searchStep(p: SearchProgress): ProgressStep {
  if (p.phase === "tabu") {
    const best = p.partial?.solutions[0];
    const text = translate("en", "search.phase.tabu", {
      iteration: p.iteration,
      iterations: p.maxIterations,
      simulations: p.simulations,
    });
    return {
      phase: p.phase,
      text: best
        ? `${text}; best ${formatInteger(best.yearlyCost, "en")} kr/yr, ${formatTonnes(best.yearlyCo2eTonnes, "en")} CO2e`
        : text,
    };
  }
  if (p.phase === "confirming" && p.confirming) {
    const { proposal, proposals, allocation } = p.confirming;
    const text = translate("en", "search.phase.confirming", { proposal, proposals });
    return {
      phase: `confirming ${proposal}`,
      text: allocation ? `${text} ${optimalProgressText("en", allocation.objective, allocation.gap)}` : text,
    };
  }
  return { phase: p.phase, text: translate("en", `search.phase.${p.phase}` as MessageKey) };
}
