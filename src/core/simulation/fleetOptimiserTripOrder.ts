/**
 * The order OS2 FleetOptimiser takes trips in: pandas sorts them by start time with numpy's
 * default argsort (kind "quicksort") on a datetime64 column, which is not stable. Trips that
 * start in the same minute (common: round trips start on the hour) therefore come out in an order
 * that depends on the input order in a way only numpy's algorithm defines. Reproducing it makes
 * our allocation equal FleetOptimiser's trip for trip on the same sheet.
 *
 * Written by hand because no JavaScript library offers numpy's unstable order: a port of
 * numpy's generic `aquicksort_` (npysort/quicksort.cpp: median-of-3 introsort with insertion
 * sort below 16 elements and a heapsort fallback past depth 2·log2 n). numpy's SIMD sorts are not
 * used for datetime64, so this order does not depend on the CPU. Checked against numpy 2.4
 * output in test/fixtures/numpy-datetime-argsort.json.
 */

const SMALL_QUICKSORT = 15;

/** Indices that sort `keys` ascending, ties in numpy's quicksort order. */
export function numpyQuicksortArgsort(keys: ArrayLike<number>): Int32Array {
  const n = keys.length;
  const t = new Int32Array(n);
  for (let i = 0; i < n; i++) t[i] = i;
  if (n < 2) return t;
  const swap = (i: number, j: number) => {
    const x = t[i];
    t[i] = t[j];
    t[j] = x;
  };
  let pl = 0;
  let pr = n - 1;
  const stack: number[] = [];
  const depths: number[] = [];
  let cdepth = Math.floor(Math.log2(n)) * 2;
  for (;;) {
    if (cdepth < 0) {
      heapsortRange(keys, t, pl, pr - pl + 1);
    } else {
      while (pr - pl > SMALL_QUICKSORT) {
        const pm = pl + ((pr - pl) >> 1);
        if (keys[t[pm]] < keys[t[pl]]) swap(pm, pl);
        if (keys[t[pr]] < keys[t[pm]]) swap(pr, pm);
        if (keys[t[pm]] < keys[t[pl]]) swap(pm, pl);
        const pivot = keys[t[pm]];
        let pi = pl;
        let pj = pr - 1;
        swap(pm, pj);
        for (;;) {
          do ++pi;
          while (keys[t[pi]] < pivot);
          do --pj;
          while (pivot < keys[t[pj]]);
          if (pi >= pj) break;
          swap(pi, pj);
        }
        swap(pi, pr - 1);
        // The larger part waits on the stack; the smaller is sorted first.
        if (pi - pl < pr - pi) {
          stack.push(pi + 1, pr);
          pr = pi - 1;
        } else {
          stack.push(pl, pi - 1);
          pl = pi + 1;
        }
        depths.push(--cdepth);
      }
      for (let pi = pl + 1; pi <= pr; pi++) {
        const vi = t[pi];
        const vp = keys[vi];
        let pj = pi;
        while (pj > pl && vp < keys[t[pj - 1]]) {
          t[pj] = t[pj - 1];
          pj--;
        }
        t[pj] = vi;
      }
    }
    if (stack.length === 0) break;
    pr = stack.pop() as number;
    pl = stack.pop() as number;
    cdepth = depths.pop() as number;
  }
  return t;
}

/** numpy's `aheapsort_` on t[start .. start+n): 1-based heap indexing as in the C code. */
function heapsortRange(keys: ArrayLike<number>, t: Int32Array, start: number, n: number): void {
  const a = (k: number) => t[start + k - 1];
  const set = (k: number, value: number) => (t[start + k - 1] = value);
  for (let l = n >> 1; l > 0; l--) {
    const tmp = a(l);
    let i = l;
    for (let j = l << 1; j <= n;) {
      if (j < n && keys[a(j)] < keys[a(j + 1)]) j += 1;
      if (keys[tmp] < keys[a(j)]) {
        set(i, a(j));
        i = j;
        j += j;
      } else break;
    }
    set(i, tmp);
  }
  for (let m = n; m > 1;) {
    const tmp = a(m);
    set(m, a(1));
    m -= 1;
    let i = 1;
    for (let j = 2; j <= m;) {
      if (j < m && keys[a(j)] < keys[a(j + 1)]) j++;
      if (keys[tmp] < keys[a(j)]) {
        set(i, a(j));
        i = j;
        j += j;
      } else break;
    }
    set(i, tmp);
  }
}
