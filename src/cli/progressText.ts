import { formatInteger, formatTonnes } from "../i18n/format";
import { progressText } from "../i18n/progressText";
import type { Progress } from "../engine/api";

/** A step of a run for the progress line: a key (a new key is a new phase) and what it shows. */
export interface ProgressStep {
  phase: string;
  text: string;
}

/**
 * A run's progress in the pane's words (English), with what a log line adds: how far the
 * simulation is, the optimal allocation's time limit, the tabu search's best fleet so far. Each
 * proposal a search confirms is a phase of its own.
 * @example progressStep({ kind: "optimal", fraction: 0.2, timeLimitSec: 60, best: { objective: 2492919, gap: 0.0018 } })
 *   //=> { phase: "optimal", text: "Optimal allocation: best so far 2,492,919 kr/yr, gap 0.18 % (time limit 60 s)" }
 */
export function progressStep(p: Progress): ProgressStep {
  const text = progressText("en", p);
  switch (p.kind) {
    case "phase":
      return {
        phase: p.phase,
        text: p.phase === "simulated" && p.fraction > 0 ? `${text} ${Math.round(p.fraction * 100)} %` : text,
      };
    case "optimal":
      return { phase: "optimal", text: `${text} (time limit ${p.timeLimitSec} s)` };
    case "search":
      return { phase: p.phase, text };
    case "tabu": {
      const best = p.partial?.solutions[0];
      return {
        phase: "tabu",
        text: best
          ? `${text}; best ${formatInteger(best.yearlyCost, "en")} kr/yr, ${formatTonnes(best.yearlyCo2eTonnes, "en")} CO2e`
          : text,
      };
    }
    case "confirming":
      return { phase: `confirming ${p.proposal}`, text };
  }
}
