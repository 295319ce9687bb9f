import { xmlEncode } from "@cj-tech-master/excelts/xml";
import { columnLetter } from "../../workbook/sheetData";
import { isFormula, type PlanCell, type SheetPlan } from "../../workbook/plan/types";

/** Below this many rows a block stays in the model: the tail only pays off for big sheets. */
export const TAIL_MIN_ROWS = 2000;
/** Rows per XML chunk handed to the zip. */
const ROWS_PER_CHUNK = 2000;

/** A sheet plan whose biggest block keeps one body row (the template row); the rest is the tail. */
export interface SplitSheetPlan {
  plan: SheetPlan;
  templateRow: number;
  col: number;
  rows: readonly (readonly PlanCell[])[];
  /** Cells per row: the table's width, or null for a range (every cell of a row). */
  width: number | null;
  /** Index in `plan.tables` of the table the tail belongs to, or null for a range. */
  tableIndex: number | null;
}

/**
 * Splits off the body of a sheet's biggest table or range when it has at least TAIL_MIN_ROWS rows
 * and nothing of the sheet lies below its first body row (the tail is appended at the end of the
 * sheet's rows). Anything else (a range with a number validation, whose rule covers the range; a
 * table with drop-downs or formats reaching past its rows) stays whole: null. Widths and
 * alignments must still come from `plan`, the whole of it.
 */
export function splitLargeBlock(plan: SheetPlan): SplitSheetPlan | null {
  const blocks = [
    ...plan.tables.map((t, i) => ({ first: t.row + 1, col: t.col, rows: t.rows, table: i, range: -1 })),
    ...plan.ranges.map((r, i) => ({ first: r.row, col: r.col, rows: r.values, table: -1, range: i })),
  ];
  if (blocks.length === 0) return null;
  const big = blocks.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
  if (big.rows.length < TAIL_MIN_ROWS) return null;
  const lastRowOf = (b: (typeof blocks)[number]) => b.first + Math.max(1, b.rows.length) - 1;
  if (blocks.some((b) => b !== big && lastRowOf(b) > big.first)) return null;
  if (big.table >= 0) {
    const table = plan.tables[big.table];
    if (table.validationRows !== undefined || table.columns.some((c) => c.list)) return null;
    const tables = plan.tables.map((t, i) => (i === big.table ? { ...t, rows: t.rows.slice(0, 1) } : t));
    return {
      plan: { ...plan, tables },
      templateRow: big.first,
      col: big.col,
      rows: table.rows.slice(1),
      width: table.columns.length,
      tableIndex: big.table,
    };
  }
  const range = plan.ranges[big.range];
  if (range.numberValidation || range.style === "header") return null;
  const ranges = plan.ranges.map((r, i) => (i === big.range ? { ...r, values: r.values.slice(0, 1) } : r));
  return {
    plan: { ...plan, ranges },
    templateRow: big.first,
    col: big.col,
    rows: range.values.slice(1),
    width: null,
    tableIndex: null,
  };
}

/**
 * The tail's rows as sheet XML, from `firstRow` on, each cell with the style index its column has
 * in the template row. Strings are inline (`t="inlineStr"`), which every reader accepts, so the
 * tail needs no entries in the shared string table; formulas keep their computed result.
 */
export function* planTailRowsXml(
  rows: readonly (readonly PlanCell[])[],
  firstRow: number,
  col: number,
  width: number,
  styles: ReadonlyMap<number, number>,
): Generator<string> {
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetter(col + c));
  const styleAttr = Array.from({ length: width }, (_, c) => {
    const s = styles.get(col + c);
    return s ? ` s="${s}"` : "";
  });
  let chunk = "";
  for (const [i, row] of rows.entries()) {
    const r = firstRow + i;
    chunk += `<row r="${r}">`;
    for (let c = 0; c < width; c++) chunk += cellXml(`${letter(c)}${r}`, row[c] ?? null, styleAttr[c]);
    chunk += "</row>";
    if ((i + 1) % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

function cellXml(ref: string, value: PlanCell, style: string): string {
  if (value === null) return style ? `<c r="${ref}"${style}/>` : "";
  if (typeof value === "number") return `<c r="${ref}"${style}><v>${numberText(value, ref)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string") return `<c r="${ref}"${style} t="inlineStr"><is>${textXml(value)}</is></c>`;
  if (isFormula(value)) {
    const f = `<f>${xmlEncode(value.formula.replace(/^=/, ""))}</f>`;
    return typeof value.result === "number"
      ? `<c r="${ref}"${style}>${f}<v>${numberText(value.result, ref)}</v></c>`
      : `<c r="${ref}"${style} t="str">${f}<v>${xmlEncode(value.result)}</v></c>`;
  }
  throw new Error(`Cell ${ref}: unsupported plan value.`);
}

/** `<t>`, keeping leading and trailing spaces, which XML would otherwise let a reader drop. */
function textXml(text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${space}>${xmlEncode(text)}</t>`;
}

function numberText(n: number, ref: string): string {
  if (!Number.isFinite(n)) throw new Error(`Cell ${ref}: ${n} is not a number Excel can store.`);
  return String(n);
}
