/** A move at model-index level: one more (+1) or one fewer (−1) of model `index`. */
export interface Move {
  index: number;
  delta: 1 | -1;
}

export interface TabuProblem {
  /** Ranked start fleets: the search restarts from the next one when it leaves a neighbourhood. */
  starts: readonly (readonly number[])[];
  /** Per model: the fewest allowed (the locked vehicles). */
  lowerBounds: readonly number[];
  /** Models whose count may change. */
  freeIndices: readonly number[];
  minTotal: number;
  maxTotal: number;
  /** Lower is better; called for every neighbour (cache it: the search revisits fleets). */
  score(counts: readonly number[]): number;
}

export interface TabuOptions {
  maxIterations: number;
  /** Moves without improving the neighbourhood's best before the search leaves it. */
  patience: number;
  /** Iterations a moved model index stays tabu. */
  tenure: number;
}

export interface TabuStep {
  iteration: number;
  move: Move;
  score: number;
  /** The move was tabu and taken because it beat the best found so far. */
  aspiration: boolean;
  /** Which start (restart) this step belongs to. */
  start: number;
}

export interface TabuOutcome {
  best: number[];
  bestScore: number;
  iterations: number;
  steps: TabuStep[];
  /** Why the search stopped. */
  stop: "iterations" | "starts" | "cancelled";
}

export interface TabuHooks {
  /** After every iteration (and after each start's first evaluation, with step null). Return false to stop. */
  onIteration?(info: {
    iteration: number;
    step: TabuStep | null;
    best: number[];
    bestScore: number;
  }): boolean | void;
}

/**
 * The seed's tabu search on model counts. Each iteration scores every ±1 move of a free model that
 * keeps the fleet inside its bounds and takes the best one. A model index just moved is tabu for
 * `tenure` iterations in both directions (the seed blocks the move's index), unless the move beats
 * the best fleet found so far (aspiration). After `patience` moves without beating the
 * neighbourhood's best, the search leaves it and restarts from the next ranked start. It stops on
 * counts only — iterations or starts used up — never on a clock, so equal input gives equal output.
 * Ties are broken by move order (index ascending, +1 before −1).
 */
export function tabuSearch(problem: TabuProblem, options: TabuOptions, hooks: TabuHooks = {}): TabuOutcome {
  let best: number[] | null = null;
  let bestScore = Infinity;
  let iteration = 0;
  const steps: TabuStep[] = [];
  const consider = (counts: readonly number[], s: number) => {
    if (s < bestScore) {
      bestScore = s;
      best = [...counts];
    }
  };
  const report = (step: TabuStep | null): boolean =>
    hooks.onIteration?.({ iteration, step, best: best ?? [], bestScore }) !== false;

  for (let start = 0; start < problem.starts.length; start++) {
    if (iteration >= options.maxIterations) return finish("iterations");
    const current = [...problem.starts[start]];
    let currentScore = problem.score(current);
    consider(current, currentScore);
    if (!report(null)) return finish("cancelled");
    let localBest = currentScore;
    let sinceImprovement = 0;
    const tabuUntil = new Map<number, number>();
    while (sinceImprovement < options.patience) {
      if (iteration >= options.maxIterations) return finish("iterations");
      iteration++;
      const ranked = neighbours(current, problem)
        .map((move, order) => {
          current[move.index] += move.delta;
          const s = problem.score(current);
          current[move.index] -= move.delta;
          return { move, s, order };
        })
        .sort((a, b) => a.s - b.s || a.order - b.order);
      const chosen = ranked.find((r) => (tabuUntil.get(r.move.index) ?? 0) < iteration || r.s < bestScore);
      if (!chosen) break; // every move tabu and none aspires: this neighbourhood is spent
      const aspiration = (tabuUntil.get(chosen.move.index) ?? 0) >= iteration;
      current[chosen.move.index] += chosen.move.delta;
      currentScore = chosen.s;
      tabuUntil.set(chosen.move.index, iteration + options.tenure);
      consider(current, currentScore);
      if (currentScore < localBest) {
        localBest = currentScore;
        sinceImprovement = 0;
      } else sinceImprovement++;
      const step: TabuStep = { iteration, move: chosen.move, score: currentScore, aspiration, start };
      steps.push(step);
      if (!report(step)) return finish("cancelled");
    }
  }
  return finish("starts");

  function finish(stop: TabuOutcome["stop"]): TabuOutcome {
    return { best: best ?? [], bestScore, iterations: iteration, steps, stop };
  }
}

/** Every ±1 move of a free model that keeps the count at or above its lower bound and the total in bounds. */
export function neighbours(
  counts: readonly number[],
  problem: Omit<TabuProblem, "starts" | "score">,
): Move[] {
  const total = counts.reduce((s, n) => s + n, 0);
  const moves: Move[] = [];
  for (const index of problem.freeIndices) {
    if (total + 1 <= problem.maxTotal) moves.push({ index, delta: 1 });
    if (total - 1 >= problem.minTotal && counts[index] - 1 >= problem.lowerBounds[index])
      moves.push({ index, delta: -1 });
  }
  return moves;
}
