import type { AllocationIncumbent } from "./allocationReport";

/** An exact allocation so far as the progress shows it: its cost and how far from the optimum at most. */
export interface AllocationFigures {
  /** Weighted yearly cost, kr. */
  objective: number;
  /** Relative gap to the solver's bound (0.0018 is 0.18 %); null until the solver has a bound. */
  gap: number | null;
}

/**
 * The figures of an incumbent. Until the solver has a bound above 0 its gap is infinite or 100 %,
 * which says nothing about the allocation: the gap is then null, and the progress says "no bound
 * yet" instead of Infinity or 100 %.
 */
export function incumbentFigures(
  incumbent: Pick<AllocationIncumbent, "objective" | "bound" | "gap">,
): AllocationFigures {
  const { objective, bound, gap } = incumbent;
  return { objective, gap: Number.isFinite(bound) && bound > 0 && Number.isFinite(gap) ? gap : null };
}
