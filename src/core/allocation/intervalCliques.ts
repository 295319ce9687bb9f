/**
 * Maximal cliques of an interval graph: the sets of closed integer intervals [lo, hi] that share
 * a point and are not contained in a larger such set. One constraint per maximal clique ("at most
 * n of these trips on this vehicle class") is the tight formulation of "no vehicle on two
 * overlapping trips"; pairwise constraints are weaker and far more numerous. Interval graphs are
 * perfect, so a class of n identical vehicles can drive a set of trips iff no clique holds more
 * than n of them.
 *
 * @param items indices in ascending order of lo
 * @example maximalCliques([0, 1, 2], [0, 2, 5], [3, 6, 7]) //=> [[0, 1], [1, 2]]
 */
export function maximalCliques(
  items: readonly number[],
  lo: ArrayLike<number>,
  hi: ArrayLike<number>,
): number[][] {
  const cliques: number[][] = [];
  let active: number[] = [];
  let grown = false;
  for (const item of items) {
    const at = lo[item];
    const survivors = active.filter((a) => hi[a] >= at);
    // Intervals end before this point: the set that was active is maximal if it grew since last time.
    if (survivors.length < active.length && grown) {
      cliques.push(active);
      grown = false;
    }
    active = survivors;
    active.push(item);
    grown = true;
  }
  if (grown && active.length > 0) cliques.push(active);
  return cliques;
}
