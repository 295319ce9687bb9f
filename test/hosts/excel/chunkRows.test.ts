import { describe, expect, it } from "vitest";
import { chunkRows, jsonByteLength } from "../../../src/hosts/excel/chunkRows";

describe("chunkRows", () => {
  it("keeps every block's estimated JSON size within the budget", () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => [`vehicle ${i}`, i * 1.5, i % 2 === 0]);
    const blocks = chunkRows(rows, { budgetBytes: 2_000, maxRows: 10_000, width: 3 });
    for (const block of blocks) {
      expect(block.bytes).toBeLessThanOrEqual(2_000);
      expect(jsonByteLength(block.rows)).toBeLessThanOrEqual(block.bytes);
    }
    expect(blocks.flatMap((b) => b.rows)).toHaveLength(1_000);
  });

  it("estimates the size of the JSON actually sent, to the byte", () => {
    const rows = [
      ["København", 1],
      ["Århus", 2],
    ];
    const [block] = chunkRows(rows, { budgetBytes: 1_000, maxRows: 10, width: 2 });
    expect(block.bytes).toBe(jsonByteLength(block.rows) + 1 /* trailing comma allowance */);
  });

  it("cuts blocks at the row limit even when the budget allows more", () => {
    const rows = Array.from({ length: 25 }, (_, i) => [i]);
    const blocks = chunkRows(rows, { budgetBytes: 1_000_000, maxRows: 10, width: 1 });
    expect(blocks.map((b) => [b.start, b.rows.length])).toEqual([
      [0, 10],
      [10, 10],
      [20, 5],
    ]);
  });

  it("pads short rows with null, which leaves those cells unchanged", () => {
    const [block] = chunkRows([["Titel"], ["a", 1, 2]], { budgetBytes: 1_000, maxRows: 10, width: 3 });
    expect(block.rows).toEqual([
      ["Titel", null, null],
      ["a", 1, 2],
    ]);
  });

  it("marks a block that holds a formula, so it is written through range.formulas", () => {
    const blocks = chunkRows([[1], [{ formula: "=A1*2", result: 2 }]], {
      budgetBytes: 10,
      maxRows: 10,
      width: 1,
    });
    expect(blocks.map((b) => b.hasFormulas)).toEqual([false, true]);
    expect(blocks[1].rows).toEqual([["=A1*2"]]);
  });

  describe("edge cases", () => {
    it("gives a row larger than the budget a block of its own", () => {
      const blocks = chunkRows([["x".repeat(100)], ["y"]], { budgetBytes: 10, maxRows: 10, width: 1 });
      expect(blocks.map((b) => b.rows.length)).toEqual([1, 1]);
    });
  });
});

describe("jsonByteLength", () => {
  it("counts UTF-8 bytes, not characters", () => {
    expect(jsonByteLength("æ")).toBe(4 /* quotes + 2 bytes */);
    expect(jsonByteLength("🚗")).toBe(6 /* quotes + 4 bytes */);
  });
});
