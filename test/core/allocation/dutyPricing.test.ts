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
      const own = Array.from({ length: n }, (_, t) => t).sort((a, b) => lo[a] - lo[b]);
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
        expect(duty.weight).toBeCloseTo(
          duty.trips.reduce((s, t) => s + weight[t], 0),
          9,
        );
      }
    }
  });
});
