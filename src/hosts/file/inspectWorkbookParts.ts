import { UnreadableWorkbookError } from "./inspectWorkbookBytes";
import type { ZipEntry } from "./inspectZipDirectory";

/**
 * ExcelTS makes a cell object for every cell of a merged range when it loads a sheet, so one
 * `<mergeCell ref="A1:XFD1048576"/>` in a few hundred bytes keeps it busy for hours. Real sheets
 * merge titles and labels, a few thousand cells at most; 2,000,000 merged cells (a few hundred MB
 * of cell objects) is far beyond them and still loads.
 */
export const MAX_MERGED_CELLS = 2_000_000;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const MERGE =
  /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?["']/g;

/**
 * Unpacks each part once, as a stream, before the reader does, without keeping it: a part that
 * unpacks to more than its directory declares (a zip bomb that lies about its sizes) is refused
 * as soon as it passes the declared size, and the worksheets' merged ranges are added up.
 * Without DecompressionStream (browsers before 2023) nothing is checked here; the directory
 * checks of inspectWorkbookBytes still apply.
 */
export async function inspectWorkbookParts(data: Uint8Array, entries: readonly ZipEntry[]): Promise<void> {
  if (typeof DecompressionStream === "undefined") return;
  let merged = 0;
  for (const entry of entries) {
    const worksheet = WORKSHEET.test(entry.name);
    const packed = data.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let unpacked = 0;
    let carry = "";
    const decoder = new TextDecoder();
    for await (const chunk of unpack(packed, entry.method)) {
      unpacked += chunk.length;
      if (unpacked > entry.uncompressedSize)
        throw new UnreadableWorkbookError(
          `is refused: its part ${entry.name} unpacks to more than the ${entry.uncompressedSize.toLocaleString("en")} bytes it declares; it may be a zip bomb`,
          "if you trust it, open it in Excel and save it again as .xlsx; otherwise ask its sender for the original",
        );
      if (!worksheet) continue;
      // Tags can straddle chunks: scan up to the last "<", carry the rest.
      const text = carry + decoder.decode(chunk, { stream: true });
      const cut = text.lastIndexOf("<");
      const whole = cut > 0 ? text.slice(0, cut) : text;
      carry = cut > 0 ? text.slice(cut) : "";
      if (whole.includes("mergeCell")) merged += mergedCells(whole);
      if (merged > MAX_MERGED_CELLS) throw tooManyMerged(entry.name, merged);
    }
    if (worksheet && carry.includes("mergeCell")) merged += mergedCells(carry);
    if (merged > MAX_MERGED_CELLS) throw tooManyMerged(entry.name, merged);
  }
}

async function* unpack(packed: Uint8Array, method: number): AsyncGenerator<Uint8Array> {
  if (method === 0) {
    yield packed;
    return;
  }
  const inflate = new DecompressionStream("deflate-raw");
  const writer = inflate.writable.getWriter();
  // The whole packed part in one write; the stream still hands out its output a chunk at a time.
  writer.write(packed as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = inflate.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } catch {
    throw new UnreadableWorkbookError(
      "is not a readable workbook: its packed data is damaged",
      "copy or download it again; if Excel opens it, save it again as .xlsx",
    );
  } finally {
    // Stops inflating at once when the caller refuses the part half-way.
    void reader.cancel().catch(() => undefined);
  }
}

function mergedCells(xml: string): number {
  let cells = 0;
  for (const m of xml.matchAll(MERGE)) {
    if (m[3] === undefined) continue;
    const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    const cols = Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1;
    cells += rows * cols;
  }
  return cells;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function tooManyMerged(part: string, cells: number): UnreadableWorkbookError {
  return new UnreadableWorkbookError(
    `has merged ranges over ${cells.toLocaleString("en")} cells (in ${part}), more than any real sheet merges`,
    "unmerge them in Excel (Home › Merge & Center › Unmerge Cells) and save it again",
  );
}
