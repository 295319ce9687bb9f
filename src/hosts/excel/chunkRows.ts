import { isFormula, type PlanCell } from "../../workbook/plan/types";
import { toCellInput, type CellInput } from "./toCellInput";

export interface RowBlock {
  /** Index of the block's first row within the rows given. */
  start: number;
  rows: CellInput[][];
  /** Estimated JSON size of `rows` on the wire, in bytes. */
  bytes: number;
  /** Write through `range.formulas` (plain values are fine there too) instead of `range.values`. */
  hasFormulas: boolean;
}

export interface ChunkRowsOptions {
  /** Upper bound of one block's estimated JSON payload. */
  budgetBytes: number;
  /** Upper bound of rows per block (Microsoft suggests 5k–20k-row blocks for large writes). */
  maxRows: number;
  /** Rows shorter than this are padded with null (unchanged cells), so every block is a rectangle. */
  width: number;
}

/**
 * Cuts rows into blocks that each stay under a byte budget, estimating every row's JSON size as it
 * will be sent. A single row larger than the budget still gets a block of its own.
 *
 * @example
 * chunkRows([[1, "a"], [2, "b"]], { budgetBytes: 12, maxRows: 10, width: 2 }).map((b) => b.rows.length)
 * //=> [1, 1]
 */
export function chunkRows(rows: readonly PlanCell[][], options: ChunkRowsOptions): RowBlock[] {
  const blocks: RowBlock[] = [];
  let current: RowBlock | null = null;
  rows.forEach((row, index) => {
    const input: CellInput[] = [];
    let hasFormula = false;
    for (let c = 0; c < options.width; c++) {
      const cell = c < row.length ? row[c] : null;
      if (isFormula(cell)) hasFormula = true;
      input.push(toCellInput(cell));
    }
    // +1 for the comma between rows.
    const rowBytes = jsonByteLength(input) + 1;
    const full =
      current !== null &&
      (current.rows.length >= options.maxRows || current.bytes + rowBytes > options.budgetBytes);
    if (current === null || full) {
      // 2 bytes for the outer brackets.
      current = { start: index, rows: [], bytes: 2, hasFormulas: false };
      blocks.push(current);
    }
    current.rows.push(input);
    current.bytes += rowBytes;
    current.hasFormulas ||= hasFormula;
  });
  return blocks;
}

/** UTF-8 length of a value's JSON: what a request body carries. */
export function jsonByteLength(value: unknown): number {
  const text = JSON.stringify(value) ?? "null";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
