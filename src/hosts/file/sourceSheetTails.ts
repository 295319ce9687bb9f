import { unzip, zip } from "@cj-tech-master/excelts/archive";
import { columnLetter, parseCellAddress } from "../../workbook/sheetData";
import { sheetXmlPieces } from "./sheetXmlRows";
import type { SourceRowsTail } from "./sheetTails";

/** A worksheet part with more XML than this is copied as a tail instead of loaded into the model. */
export const SOURCE_TAIL_MIN_CHARS = 500_000;
/** Excel's last row and column: the probe row must fit below the copied rows. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export interface SourceWithTails {
  /** The source with each big sheet's rows replaced by the probe row, for ExcelTS to load. */
  data: Uint8Array;
  /** Part path ("xl/worksheets/sheet2.xml") → its tail. */
  tails: Map<string, SourceRowsTail>;
}

/**
 * Prepares a source workbook whose big sheets are copied rather than loaded: each worksheet part
 * of more than SOURCE_TAIL_MIN_CHARS characters keeps everything but its rows, which become a
 * tail re-read from `source` at save (shared strings inlined, styles renumbered as ExcelTS
 * renumbers them: see the probe row in spliceSheetTails). A sheet with merged cells, hyperlinks,
 * comments or tables is loaded whole, because ExcelTS writes cells of its own for those.
 */
export async function prepareSourceTails(source: Uint8Array): Promise<SourceWithTails> {
  const tails = new Map<string, SourceRowsTail>();
  const placeholders = new Map<string, string>();
  let sharedStrings: string[] | null = null;
  const loadSharedStrings = async () => (sharedStrings ??= await readSharedStrings(source));
  for await (const entry of unzip(chunksOf(source)).entries()) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.path)) {
      entry.discard();
      continue;
    }
    const scan = await scanSheet(entry.stream());
    if (!scan) continue;
    const path = entry.path;
    const probeRow = scan.lastRow + 1;
    // Values, so ExcelTS keeps every probe cell and turns those of date styles into Dates.
    const probe = scan.styles
      .map((s, i) => `<c r="${columnLetter(i + 1)}${probeRow}" s="${s}"><v>0</v></c>`)
      .join("");
    placeholders.set(path, `${scan.before}<row r="${probeRow}">${probe}</row>${scan.after}`);
    const strings = scan.sharedStrings ? await loadSharedStrings() : [];
    tails.set(path, {
      kind: "source",
      probeRow,
      probeStyles: scan.styles,
      dimension: scan.dimension,
      lastRow: scan.lastRow,
      rowsXml: () => copiedRows(source, path, strings),
    });
  }
  if (tails.size === 0) return { data: source, tails };
  const archive = zip({ noSort: true });
  for await (const entry of unzip(source).entries()) {
    const placeholder = placeholders.get(entry.path);
    archive.add(
      entry.path,
      placeholder !== undefined ? new TextEncoder().encode(placeholder) : await entry.bytes(),
    );
  }
  return { data: await archive.bytes(), tails };
}

interface SheetScan {
  before: string;
  after: string;
  /** The distinct style indices of the rows and cells, ascending. */
  styles: number[];
  sharedStrings: boolean;
  lastRow: number;
  dimension: string;
}

/** One pass over a worksheet part; null when it is small or must be loaded whole. */
async function scanSheet(bytes: AsyncIterable<Uint8Array>): Promise<SheetScan | null> {
  let before = "";
  let after = "";
  let chars = 0;
  let lastRow = 0;
  let firstRow = Infinity;
  let firstCol = Infinity;
  let lastCol = 0;
  let sharedStrings = false;
  let rowsWithoutNumber = false;
  const styles = new Set<number>();
  for await (const piece of sheetXmlPieces(bytes)) {
    chars += piece.text.length;
    if (piece.kind === "before") before += piece.text;
    else if (piece.kind === "after") after += piece.text;
    else {
      for (const tag of piece.text.matchAll(/<(row|c)\b([^>]*?)\/?>/g)) {
        const attrs = tag[2];
        const s = /\ss="(\d+)"/.exec(attrs);
        if (s) styles.add(Number(s[1]));
        const r = /\sr="([^"]*)"/.exec(attrs);
        if (tag[1] === "row") {
          if (!r) rowsWithoutNumber = true;
          else {
            lastRow = Math.max(lastRow, Number(r[1]));
            firstRow = Math.min(firstRow, Number(r[1]));
          }
        } else {
          if (/\st="s"/.test(attrs)) sharedStrings = true;
          const at = r ? parseCellAddress(r[1]) : null;
          if (at) {
            firstCol = Math.min(firstCol, at.col);
            lastCol = Math.max(lastCol, at.col);
          }
        }
      }
    }
  }
  if (chars < SOURCE_TAIL_MIN_CHARS || rowsWithoutNumber || lastRow === 0) return null;
  if (lastRow >= MAX_ROW || styles.size > MAX_COL) return null;
  if (/<(mergeCells|hyperlinks|legacyDrawing|tableParts)\b/.test(after)) return null;
  const dimension =
    lastCol > 0
      ? `${columnLetter(firstCol)}${firstRow}:${columnLetter(lastCol)}${lastRow}`
      : `A${firstRow}:A${lastRow}`;
  return { before, after, styles: [...styles].sort((a, b) => a - b), sharedStrings, lastRow, dimension };
}

/** The shared string table's items as the inner XML of each `<si>`, in order. */
async function readSharedStrings(source: Uint8Array): Promise<string[]> {
  const bytes = await unzip(source).bytes("xl/sharedStrings.xml");
  if (!bytes) return [];
  const xml = new TextDecoder().decode(bytes);
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => m[1] ?? "");
}

/**
 * The part's rows again, as ExcelTS's output can take them: shared strings inlined (the output has
 * its own string table), and markup that refers to parts ExcelTS rewrites or that needs namespace
 * declarations the output's sheet may lack (cell metadata, `x14ac:` attributes, row spans) left out.
 * Style indices stay the source's; spliceSheetTails maps them.
 */
async function* copiedRows(
  source: Uint8Array,
  path: string,
  strings: readonly string[],
): AsyncGenerator<string> {
  for await (const piece of sheetXmlPieces(entryStream(source, path))) {
    if (piece.kind !== "rows") continue;
    yield piece.text
      .replace(
        /<row\b([^>]*?)(\/?)>/g,
        (_, attrs: string, self: string) => `<row${cleanAttrs(attrs, ROW_DROPPED)}${self}>`,
      )
      .replace(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g, (_: string, attrs: string, inner?: string) => {
        const kept = cleanAttrs(attrs, CELL_DROPPED);
        if (!/\st="s"/.test(kept) || inner === undefined)
          return inner === undefined ? `<c${kept}/>` : `<c${kept}>${inner}</c>`;
        const index = /<v>\s*(\d+)\s*<\/v>/.exec(inner);
        const text = index ? strings[Number(index[1])] : undefined;
        if (text === undefined) throw new Error(`${path}: a cell points at a missing shared string.`);
        return `<c${kept.replace(/\st="s"/, ' t="inlineStr"')}><is>${text}</is></c>`;
      });
  }
}

/**
 * The source in 1 MiB pieces: ExcelTS's unzip inflates an entry of an in-memory zip in one piece
 * (half a gigabyte of XML for a million rows), but streams the entries of a streamed zip.
 */
async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) yield bytes.subarray(i, i + CHUNK_BYTES);
}

const CHUNK_BYTES = 1 << 20;

/** One part of the source, inflated as it streams. */
async function* entryStream(source: Uint8Array, path: string): AsyncGenerator<Uint8Array> {
  let found = false;
  // Read to the end: leaving the streamed zip half-read leaves its parser waiting for good.
  for await (const entry of unzip(chunksOf(source)).entries()) {
    if (entry.path !== path || found) {
      entry.discard();
      continue;
    }
    found = true;
    yield* entry.stream();
  }
  if (!found) throw new Error(`The source workbook lost its part ${path}.`);
}

const ROW_DROPPED = new Set(["spans"]);
const CELL_DROPPED = new Set(["cm", "vm"]);

function cleanAttrs(attrs: string, dropped: ReadonlySet<string>): string {
  return attrs.replace(/\s+([\w:.-]+)="[^"]*"/g, (whole: string, name: string) =>
    name.includes(":") || dropped.has(name) ? "" : whole,
  );
}
