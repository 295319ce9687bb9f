import type { SearchSummary } from "./searchResult";

export type SearchPhase = "preparing" | "minimum" | "combinations" | "tabu" | "confirming" | "done";

/** Where the confirmation of the proposals is: "confirming proposal 2 of 3". */
export interface ProposalProgress {
  /** 1-based. */
  proposal: number;
  proposals: number;
  /**
   * The exact allocation of this proposal so far: its best cost and the relative gap to the
   * solver's bound, null while the solver has no bound yet. Absent for simple and greedy.
   */
  allocation?: { objective: number; gap: number | null };
}

export interface SearchProgress {
  phase: SearchPhase;
  iteration: number;
  maxIterations: number;
  simulations: number;
  /** The best fleet so far and the front so far (during the tabu phase and after). */
  partial: SearchSummary | null;
  /** During "confirming": which proposal is being simulated with the allocation asked for. */
  confirming?: ProposalProgress;
}
