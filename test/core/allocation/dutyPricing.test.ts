import { describe, expect, it } from "vitest";
import { lightestDuties } from "../../../src/core/allocation/dutyPricing";
import type { RowSpec } from "../../../src/core/allocation/blockModel";
import { seeded } from "./allocationTestKit";

/** Every subset of the trips: the lightest that one vehicle can drive (disjoint slots, rows held). */
function lightestByBruteForce(
  own: number[],
  weight: number[],
  specs: RowSpec[],
  lo: number[],
  hi: number[],
): { weight: number; lastTrip: Map<number, number> } {
  let best = 0;
  const lastTrip = new Map<number, number>();
  for (let mask = 1; mask < 1 << own.length; mask++) {
    const set = own.filter((_, k) => mask & (1 << k)).sort((a, b) => lo[a] - lo[b]);
    if (set.some((t, k) => k > 0 && hi[set[k - 1]] >= lo[t])) continue;
    const fits = specs.every((s) => {
      const used = s.trips.reduce((sum, t, k) => sum + (set.includes(t) ? s.coef[k] : 0), 0);
      return used <= s.upper;
    });
    if (!fits) continue;
    const w = set.reduce((sum, t) => sum + weight[t], 0);
    best = Math.min(best, w);
    const last = set[set.length - 1];
    lastTrip.set(last, Math.min(lastTrip.get(last) ?? Infinity, w));
  }
  return { weight: best, lastTrip };
}

/**
 * Per last trip the lightest duty ending there, by dynamic programming over the exact row usage
 * (rows of non-negative integral coefficients only): for days too long for brute force.
 */
function lightestByUsage(
  own: number[],
  weight: number[],
  specs: RowSpec[],
  lo: number[],
  hi: number[],
): Map<number, number> {
  const sizes = specs.map((s) => Math.floor(s.upper) + 1);
  const states = sizes.reduce((a, b) => a * b, 1);
  const step = sizes.map((_, r) => sizes.slice(0, r).reduce((a, b) => a * b, 1));
  const order = [...own].sort((a, b) => lo[a] - lo[b] || a - b);
  const coefOf = (t: number) =>
    specs.map((s) => {
      const k = s.trips.indexOf(t);
      return k < 0 ? 0 : s.coef[k];
    });
  const best = order.map(() => new Float64Array(states).fill(Infinity));
  const lightest = new Map<number, number>();
  order.forEach((t, k) => {
    const coef = coefOf(t);
    const shift = coef.reduce((sum, c, r) => sum + c * step[r], 0);
    const fits = (state: number) =>
      coef.every((c, r) => (Math.floor(state / step[r]) % sizes[r]) + c <= specs[r].upper);
    if (fits(0)) best[k][shift] = weight[t];
    for (let j = 0; j < k; j++) {
      if (hi[order[j]] >= lo[t]) continue;
      for (let state = 0; state < states; state++)
        if (best[j][state] < Infinity && fits(state))
          best[k][state + shift] = Math.min(best[k][state + shift], best[j][state] + weight[t]);
    }
    lightest.set(t, Math.min(...best[k]));
  });
  return lightest;
}

/** Trip indices 0..n−1 ordered by start, as the pricing expects its own trips. */
function byStart(lo: number[]): number[] {
  return lo.map((_, t) => t).sort((a, b) => lo[a] - lo[b]);
}

/** A duty's weight is the sum of its trips' weights: no trip counted twice or left out. */
function expectWeightsAreTripSums(duties: { trips: number[]; weight: number }[], weight: number[]) {
  for (const duty of duties)
    expect(duty.weight).toBeCloseTo(
      duty.trips.reduce((sum, t) => sum + weight[t], 0),
      9,
    );
}

describe("lightestDuties: the pricing of one vehicle's duties", () => {
  it("finds the lightest duty of brute force on random days (km and share rows, one or two days)", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = seeded(seed);
      const n = 4 + Math.floor(r() * 8);
      const lo: number[] = [];
      const hi: number[] = [];
      const km: number[] = [];
      const weight: number[] = [];
      const twoDays = seed % 3 === 0;
      for (let t = 0; t < n; t++) {
        const day = twoDays && t >= n / 2 ? 1440 : 0;
        const start = day + 480 + Math.floor(r() * 400);
        lo.push(start);
        hi.push(start + 20 + Math.floor(r() * 90));
        km.push(Math.round((1 + r() * 7) * 10) / 10);
        weight.push(r() < 0.8 ? -(1 + r() * 20) : r() * 5);
      }
      const own = byStart(lo);
      const specs: RowSpec[] = [];
      for (const day of twoDays ? [0, 1440] : [0]) {
        const list = own.filter((t) => lo[t] >= day && lo[t] < day + 1440);
        specs.push({ trips: list, coef: list.map((t) => km[t]), upper: 8 + Math.floor(r() * 10) });
        if (seed % 2 === 0) specs.push({ trips: list, coef: list.map(() => 1), upper: 2.5, count: true });
      }
      const duties = lightestDuties(own, (t) => weight[t], specs, lo, hi);
      const brute = lightestByBruteForce(own, weight, specs, lo, hi);
      expect(duties[0]?.weight ?? 0, `seed ${seed}`).toBeCloseTo(brute.weight, 9);
      // Per last trip, the lightest duty ending there.
      for (const duty of duties) {
        const last = duty.trips[duty.trips.length - 1];
        expect(duty.weight, `seed ${seed} last ${last}`).toBeCloseTo(brute.lastTrip.get(last) as number, 9);
      }
      expectWeightsAreTripSums(duties, weight);
    }
  });

  it("matches brute force with tied weights, three rows and a count row over part of the day", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = seeded(1000 + seed);
      const n = 4 + Math.floor(r() * 9);
      const lo: number[] = [];
      const hi: number[] = [];
      const km: number[] = [];
      const weight: number[] = [];
      // Few distinct weights: duties tie exactly (integers) or within rounding (tenths).
      const tenths = seed % 2 === 0;
      for (let t = 0; t < n; t++) {
        const start = 480 + Math.floor(r() * 300);
        lo.push(start);
        hi.push(start + 15 + Math.floor(r() * 60));
        km.push(seed % 4 < 2 ? 1 + Math.floor(r() * 4) : Math.round((1 + r() * 5) * 10) / 10);
        const w = tenths ? -Math.floor(1 + r() * 30) / 10 : -Math.floor(1 + r() * 3);
        weight.push(r() < 0.9 ? w : 1);
      }
      const own = byStart(lo);
      const part = own.filter(() => r() < 0.5);
      const specs: RowSpec[] = [
        { trips: own, coef: own.map((t) => km[t]), upper: 5 + Math.floor(r() * 8) },
        { trips: own, coef: own.map(() => 1), upper: 2.5 + Math.floor(r() * 3), count: true },
      ];
      if (seed % 3 === 0) specs.push({ trips: own, coef: own.map((t) => hi[t] - lo[t]), upper: 120 });
      if (seed % 5 === 0) specs.push({ trips: part, coef: part.map(() => 1), upper: 1.5, count: true });
      const below = seed % 7 === 0 ? -2 : 0;
      const duties = lightestDuties(own, (t) => weight[t], specs, lo, hi, below);
      const brute = lightestByBruteForce(own, weight, specs, lo, hi);
      // Only duties lighter than `below` are promised (heavier ones may come along, not the lightest).
      const found = new Map(duties.map((d) => [d.trips[d.trips.length - 1], d.weight]));
      for (const [last, w] of brute.lastTrip)
        if (weight[last] < 0 && w < below - 1e-9)
          expect(found.get(last), `seed ${seed} last ${last}`).toBeCloseTo(w, 9);
      expectWeightsAreTripSums(duties, weight);
    }
  });

  it("finds per last trip the lightest duty on long days (km and share count rows, tied weights)", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const r = seeded(2000 + seed);
      const n = 60 + Math.floor(r() * 60);
      const lo: number[] = [];
      const hi: number[] = [];
      const weight: number[] = [];
      for (let t = 0; t < n; t++) {
        const start = 420 + Math.floor(r() * 600);
        lo.push(start);
        hi.push(start + 10 + Math.floor(r() * 50));
        weight.push(seed % 2 === 0 ? -Math.floor(1 + r() * 40) / 10 : -Math.floor(1 + r() * 4));
      }
      const own = byStart(lo);
      const km = own.map(() => 1 + Math.floor(r() * 6));
      const specs: RowSpec[] = [
        { trips: own, coef: km, upper: 20 + Math.floor(r() * 15) },
        { trips: own, coef: own.map(() => 1), upper: 4.5 + Math.floor(r() * 3), count: true },
      ];
      if (seed % 3 === 0) specs.reverse();
      const duties = lightestDuties(own, (t) => weight[t], specs, lo, hi);
      const exact = lightestByUsage(own, weight, specs, lo, hi);
      const found = new Map(duties.map((d) => [d.trips[d.trips.length - 1], d.weight]));
      for (const [last, w] of exact)
        expect(found.get(last) ?? 0, `seed ${seed} last ${last}`).toBeCloseTo(Math.min(w, 0), 9);
    }
  });
});
