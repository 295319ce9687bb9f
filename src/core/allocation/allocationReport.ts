/** What the exact allocation reports for every run (issue 5 point 3). */
export interface AllocationReport {
  /** Weighted yearly cost of the allocation returned (fixed + fuel + CO2e weight × social cost + allowance), kr. */
  objective: number;
  /** Best proven lower bound on that cost under the model's rules, kr. */
  bound: number;
  /** (objective − bound) / objective, 0 when proven optimal. */
  gap: number;
  /** The solver proved the allocation optimal. */
  optimal: boolean;
  seconds: number;
  /** Why the solve ended: solved, the time limit, the user's cancel, or no solver. */
  stoppedBy: "solved" | "timeLimit" | "cancelled" | "watchdog";
  /** Which allocation was returned: the solver's, or the warm start when nothing better was found. */
  source: "mip" | "greedy" | "simple";
  /** Independent blocks of the period and MIP size (columns, rows) summed over the blocks. */
  blocks: number;
  columns: number;
  rows: number;
}

/**
 * Progress of the exact allocation, streamed to the progress bar and the pane's cancel logic: the
 * best allocation so far with the best bound so far (sent again, same allocation, when only the
 * bound rises).
 */
export interface AllocationIncumbent {
  /**
   * The best allocation so far, trip (in start order) → fleet member index, −1 unallocated. Never
   * changed once reported: a new allocation comes in a new array, a bound's rise in the same one.
   */
  memberOfTrip: Int32Array;
  objective: number;
  bound: number;
  gap: number;
  seconds: number;
  /** Where this allocation came from (the warm start comes first). */
  source: AllocationReport["source"];
}
