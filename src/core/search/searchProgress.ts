import type { AllocationFigures } from "../allocation/incumbentFigures";
import type { SearchSummary } from "./searchResult";

/** The search's steps before and after the tabu search, each shown as a fixed text. */
export type SearchPhase = "preparing" | "minimum" | "combinations" | "done";

/** Where the confirmation of the proposals is: "confirming proposal 2 of 3". */
export interface ProposalProgress {
  /** 1-based. */
  proposal: number;
  proposals: number;
  /** The exact allocation of this proposal so far; null before its first, and for simple and greedy. */
  best: AllocationFigures | null;
}

/**
 * A search's progress, one member per kind of step. Every member carries the best fleets so far
 * (`partial`: the front so far during the tabu search and after, null before), so a pane that
 * cancels keeps them, and how far the search is (`fraction`, null where that is not known).
 */
export type SearchProgress =
  | { kind: "search"; phase: SearchPhase; fraction: null; partial: SearchSummary | null }
  | {
      kind: "tabu";
      iteration: number;
      maxIterations: number;
      /** Fleets simulated on the whole period so far. */
      simulations: number;
      fraction: number;
      partial: SearchSummary | null;
    }
  | ({ kind: "confirming"; fraction: number; partial: SearchSummary } & ProposalProgress);
