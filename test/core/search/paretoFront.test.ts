import { describe, expect, it } from "vitest";
import { paretoFront } from "../../../src/core/search/paretoFront";

const p = (yearlyCost: number, yearlyCo2eTonnes: number, id: string) => ({
  yearlyCost,
  yearlyCo2eTonnes,
  id,
});

describe("paretoFront", () => {
  it("keeps exactly the points no other point beats on both cost and CO2e, cheapest first", () => {
    const points = [
      p(100, 10, "a"),
      p(90, 12, "b"),
      p(110, 8, "c"),
      p(105, 11, "d"),
      p(90, 13, "e"),
      p(120, 8, "f"),
    ];
    // d is beaten by a (cheaper and cleaner); e by b (same cost, more CO2e); f by c (same CO2e, dearer).
    expect(paretoFront(points).map((x) => x.id)).toEqual(["b", "a", "c"]);
  });

  it("keeps the first of equal points and handles none", () => {
    expect(paretoFront([p(1, 1, "x"), p(1, 1, "y")]).map((x) => x.id)).toEqual(["x"]);
    expect(paretoFront([])).toEqual([]);
  });
});
