/** A point of the cost–CO2e trade-off. */
export interface CostCo2e {
  yearlyCost: number;
  yearlyCo2eTonnes: number;
}

/**
 * The non-dominated points: no other point is at least as good on both cost and CO2e and better on
 * one. Equal points keep the first met. Sorted by cost ascending (CO2e then falls along the front).
 * O(n log n): sort by cost, then keep each point whose CO2e is below every cheaper point's.
 */
export function paretoFront<T extends CostCo2e>(points: readonly T[]): T[] {
  const order = points
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) => a.p.yearlyCost - b.p.yearlyCost || a.p.yearlyCo2eTonnes - b.p.yearlyCo2eTonnes || a.i - b.i,
    );
  const front: T[] = [];
  let bestCo2e = Infinity;
  for (const { p } of order) {
    if (p.yearlyCo2eTonnes < bestCo2e) {
      front.push(p);
      bestCo2e = p.yearlyCo2eTonnes;
    }
  }
  return front;
}
