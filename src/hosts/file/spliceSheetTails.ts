import { unzip, zip } from "@cj-tech-master/excelts/archive";
import { xmlDecode } from "@cj-tech-master/excelts/xml";
import { columnLetter, parseCellAddress } from "../../workbook/sheetData";
import { planTailRowsXml } from "./planTailXml";
import type { SheetTail } from "./sheetTails";

export interface SpliceOptions {
  /** The zip entries' time (SaveOptions.timestamp), so the same workbook saves to the same bytes. */
  modTime?: Date;
}

/**
 * Writes the tails into the .xlsx ExcelTS saved: each tailed sheet's rows are streamed in after
 * the rows ExcelTS wrote, its dimension and its table's ref widened to the tail's last row; every
 * other part is copied as it is, in the same order. The result is one file's bytes, built from the
 * zip stream chunk by chunk, so no sheet's XML is ever held whole.
 */
export async function spliceSheetTails(
  saved: Uint8Array,
  tails: ReadonlyMap<string, SheetTail>,
  options: SpliceOptions = {},
): Promise<Uint8Array> {
  if (tails.size === 0) return saved;
  const entries = new Map<string, Uint8Array>();
  for await (const entry of unzip(saved).entries()) entries.set(entry.path, await entry.bytes());
  const text = (path: string) => {
    const bytes = entries.get(path);
    if (!bytes) throw new Error(`The saved workbook has no ${path}.`);
    return new TextDecoder().decode(bytes);
  };
  const parts = sheetParts(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels"));
  const sheetEdits = new Map<string, AsyncIterable<Uint8Array>>();
  const tableRefs = new Map<string, { lastRow: number }>();
  for (const [name, tail] of tails) {
    const part = parts.get(name);
    if (!part) throw new Error(`The saved workbook has no part for sheet "${name}".`);
    const spliced = spliceSheetXml(text(part), tail, name);
    sheetEdits.set(part, encodeChunks(spliced.chunks));
    if (tail.kind === "plan" && tail.table) tableRefs.set(tail.table, { lastRow: spliced.lastRow });
  }
  const archive = zip({ noSort: true, ...(options.modTime ? { modTime: options.modTime } : {}) });
  for (const [path, bytes] of entries) {
    const edit = sheetEdits.get(path);
    if (edit) archive.add(path, edit);
    else if (tableRefs.size > 0 && /^xl\/tables\/[^/]+\.xml$/.test(path))
      archive.add(path, new TextEncoder().encode(widenTable(text(path), tableRefs)));
    else archive.add(path, bytes);
  }
  return archive.bytes();
}

/** Sheet name → its part ("xl/worksheets/sheet3.xml"), from workbook.xml and its relationships. */
export function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(rel[0], "Id");
    const target = attr(rel[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const sheet of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(sheet[0], "name");
    const id = attr(sheet[0], "r:id");
    const target = id ? targets.get(id) : undefined;
    if (name !== null && target) parts.set(xmlDecode(name), target);
  }
  return parts;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

/**
 * The sheet's XML with the tail's rows after the rows ExcelTS wrote. The style of a tail's cells
 * comes from the template row (plan tails) or the probe row (source tails, whose probe row is
 * then dropped).
 */
function spliceSheetXml(
  savedXml: string,
  tail: SheetTail,
  sheet: string,
): { chunks: AsyncIterable<string>; lastRow: number } {
  const xml = savedXml.replace(/<sheetData\s*\/>/, "<sheetData></sheetData>");
  const open = xml.indexOf("<sheetData");
  const close = xml.indexOf("</sheetData>");
  if (open < 0 || close < 0) throw new Error(`Sheet "${sheet}": ExcelTS wrote no rows to append to.`);
  let head = xml.slice(0, close);
  const end = xml.slice(close);
  const rows = [...head.matchAll(/<row\b[^>]*?\sr="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)];
  let lastRow: number;
  let lastCol = 0;
  let body: AsyncIterable<string>;
  if (tail.kind === "plan") {
    const template = rows.find((r) => Number(r[1]) === tail.templateRow);
    const last = rows.length ? Number(rows[rows.length - 1][1]) : 0;
    if (last > tail.templateRow)
      throw new Error(`Sheet "${sheet}": row ${last} lies below the streamed rows' template row.`);
    const styles = cellStyles(template?.[2] ?? "");
    lastRow = tail.templateRow + tail.rows.length;
    const width = tail.width ?? tail.rows.reduce((w, r) => Math.max(w, r.length), 0);
    lastCol = tail.col + width - 1;
    body = toAsync(planTailRowsXml(tail.rows, tail.templateRow + 1, tail.col, width, styles));
  } else {
    // ExcelTS leaves out a probe cell whose style is the default one, and the row when all are.
    const probe = rows.find((r) => Number(r[1]) === tail.probeRow);
    if (rows.some((r) => r !== probe))
      throw new Error(
        `Sheet "${sheet}": ExcelTS wrote rows besides the copied ones (${rows
          .map((r) => r[1])
          .join(",")
          .slice(0, 200)}).`,
      );
    const probeStyles = cellStyles(probe?.[2] ?? "");
    const styleMap = new Map(tail.probeStyles.map((s, i) => [s, probeStyles.get(i + 1) ?? 0]));
    if (probe) head = head.slice(0, probe.index) + head.slice((probe.index ?? 0) + probe[0].length);
    lastRow = tail.lastRow;
    body = remapStyles(tail.rowsXml(), styleMap);
  }
  const start =
    tail.kind === "plan"
      ? widenDimension(head, lastRow, lastCol)
      : head.replace(/<dimension ref="[^"]*"\s*\/>/, `<dimension ref="${tail.dimension}"/>`);
  async function* chunks() {
    yield start;
    yield* body;
    yield end;
  }
  return { chunks: chunks(), lastRow };
}

/** Column number → style index of the cells of one row's XML. */
function cellStyles(rowXml: string): Map<number, number> {
  const styles = new Map<number, number>();
  for (const c of rowXml.matchAll(/<c\b[^>]*>/g)) {
    const ref = attr(c[0], "r");
    const s = attr(c[0], "s");
    const at = ref ? parseCellAddress(ref) : null;
    if (at) styles.set(at.col, s ? Number(s) : 0);
  }
  return styles;
}

/** `<dimension ref="A1:H2"/>` → reaching the tail's last row and column. */
function widenDimension(head: string, lastRow: number, lastCol: number): string {
  return head.replace(/<dimension ref="([^"]*)"\s*\/>/, (_, ref: string) => {
    const [from, to = from] = ref.split(":");
    const a = parseCellAddress(from);
    const b = parseCellAddress(to);
    if (!a || !b) return `<dimension ref="${ref}"/>`;
    const col = Math.max(b.col, lastCol);
    return `<dimension ref="${from}:${columnLetter(col)}${Math.max(b.row, lastRow)}"/>`;
  });
}

/** A table whose body was streamed: its ref (and its filter's) reach the tail's last row. */
function widenTable(xml: string, tables: ReadonlyMap<string, { lastRow: number }>): string {
  const tag = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
  const name = attr(tag, "name");
  const widened = name === null ? undefined : tables.get(xmlDecode(name));
  if (!widened) return xml;
  const ref = attr(tag, "ref") ?? "";
  const m = /^([A-Z]+\d+):([A-Z]+)\d+$/.exec(ref);
  if (!m) throw new Error(`Table ${name}: unexpected ref "${ref}".`);
  const wide = `${m[1]}:${m[2]}${widened.lastRow}`;
  return xml.replaceAll(`ref="${ref}"`, `ref="${wide}"`);
}

async function* remapStyles(rows: AsyncIterable<string>, styles: ReadonlyMap<number, number>) {
  for await (const chunk of rows)
    yield chunk.replace(/(<(?:c|row)\b[^>]*?\ss=")(\d+)"/g, (_, pre: string, s: string) => {
      const mapped = styles.get(Number(s));
      if (mapped === undefined) throw new Error(`Copied rows use style ${s}, which the probe row lacks.`);
      return `${pre}${mapped}"`;
    });
}

async function* toAsync<T>(items: Iterable<T>): AsyncIterable<T> {
  yield* items;
}

async function* encodeChunks(chunks: AsyncIterable<string>): AsyncIterable<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const chunk of chunks) yield encoder.encode(chunk);
}
