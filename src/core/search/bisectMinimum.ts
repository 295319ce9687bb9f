/**
 * The seed's divide and conquer for the fewest vehicles that cover the driving: halve the interval
 * between the largest count known to fail and the smallest known to work until they are adjacent.
 * `covers` must be monotone (more vehicles never cover less). Returns null when even `upper` fails.
 * `tested` lists the counts tried, in order (the test checks there are about log2(upper) of them).
 */
export function bisectMinimum(
  upper: number,
  covers: (count: number) => boolean,
): { minimum: number | null; tested: number[] } {
  const tested: number[] = [];
  const test = (n: number) => {
    tested.push(n);
    return covers(n);
  };
  if (!test(upper)) return { minimum: null, tested };
  let fails = -1; // no count below 0 exists, so -1 "fails" by definition
  let works = upper;
  while (works - fails > 1) {
    const mid = Math.floor((fails + works) / 2);
    if (test(mid)) works = mid;
    else fails = mid;
  }
  return { minimum: works, tested };
}
