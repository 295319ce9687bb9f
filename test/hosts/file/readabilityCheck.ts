import { Workbook, type Cell, type Worksheet } from "@cj-tech-master/excelts";
import { SSF } from "@e965/xlsx";
import { loadChartSupport } from "../../../src/hosts/file/writeCharts";

/**
 * Reads a written workbook back and lists what would not read well, on screen or on paper, in the
 * sheets named: a header leaning another way than its column's values, a column narrower than
 * the formatted text it must show whole (numbers always; text where the next cell is not empty;
 * a header may wrap onto three lines), a missing print setup or frozen pane. Independent of the
 * writer: formatted text comes from SheetJS's SSF, not from our own formatter.
 */
export async function readabilityProblems(
  bytes: Uint8Array,
  sheets: readonly string[],
  expect: { frozen?: Readonly<Record<string, { rows: number; cols: number }>> } = {},
): Promise<string[]> {
  await loadChartSupport();
  const wb = new Workbook();
  await wb.xlsx.load(bytes as Buffer);
  const problems: string[] = [];
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) {
      problems.push(`${name}: no such sheet`);
      continue;
    }
    problems.push(...sheetProblems(ws).map((p) => `${name}!${p}`));
    const frozen = expect.frozen?.[name];
    if (frozen) {
      const view = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
      const got = view?.state === "frozen" ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 } : null;
      if (got?.rows !== frozen.rows || got?.cols !== frozen.cols)
        problems.push(`${name}: frozen panes ${JSON.stringify(got)}, expected ${JSON.stringify(frozen)}`);
    }
  }
  return problems;
}

/** Excel's default width, for columns the file leaves alone. */
const DEFAULT_WIDTH = 8.43;
const MAX_HEADER_LINES = 3;

function sheetProblems(ws: Worksheet): string[] {
  const problems: string[] = [];
  const setup = ws.pageSetup;
  if (setup.orientation !== "landscape" && setup.orientation !== "portrait")
    problems.push(` no page orientation`);
  if (!setup.fitToPage || setup.fitToWidth !== 1 || setup.fitToHeight !== 0)
    problems.push(
      ` not fitted to one page wide (fitToPage ${setup.fitToPage}, ${setup.fitToWidth}×${setup.fitToHeight})`,
    );
  if (ws.getTables().length > 0 && !/^\$?\d+:\$?\d+$/.test(setup.printTitlesRow ?? ""))
    problems.push(` no header row repeated on each printed page (${setup.printTitlesRow})`);

  const width = (col: number) => ws.getColumn(col).width ?? DEFAULT_WIDTH;
  const headers = new Set<string>();
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.alignment?.wrapText) headers.add(`${r}:${c}`);
    });
  });
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const text = shownText(cell);
      if (text === "") return;
      const w = width(c);
      if (headers.has(`${r}:${c}`)) {
        const lines = wrappedLines(text, w - 1);
        if (lines > MAX_HEADER_LINES)
          problems.push(`${cell.address}: header "${text}" needs ${lines} lines at width ${w}`);
        problems.push(...headerAlignmentProblems(ws, cell, r, c, headers));
        return;
      }
      const next = ws.getCell(r, c + 1);
      if (!isNumber(cell) && shownText(next) === "") return;
      if (text.length + 1 > w)
        problems.push(`${cell.address}: "${text}" (${text.length} characters) cut at width ${w}`);
    });
  });
  return problems;
}

/** The header leans like the values under it (down to the first empty cell or next header). */
function headerAlignmentProblems(
  ws: Worksheet,
  header: Cell,
  r: number,
  c: number,
  headers: Set<string>,
): string[] {
  const want = header.alignment?.horizontal;
  if (want !== "left" && want !== "right")
    return [`${header.address}: header without a left/right alignment`];
  for (let row = r + 1; row <= ws.rowCount; row++) {
    if (headers.has(`${row}:${c}`)) break;
    const cell = ws.getCell(row, c);
    if (shownText(cell) === "") break;
    const lean = cell.alignment?.horizontal ?? (isNumber(cell) ? "right" : "left");
    if (lean !== want)
      return [
        `${header.address}: header "${shownText(header)}" leans ${want} over ${cell.address} leaning ${lean}`,
      ];
  }
  return [];
}

/** A number in the file (a date is one too): a spreadsheet puts it on the right by itself. */
function isNumber(cell: Cell): boolean {
  const v = resultOf(cell);
  return typeof v === "number" || v instanceof Date;
}

function resultOf(cell: Cell): unknown {
  const v = cell.value as unknown;
  if (v && typeof v === "object" && "formula" in v) return (v as { result?: unknown }).result;
  if (v && typeof v === "object" && "sharedFormula" in v) return (v as { result?: unknown }).result;
  return v;
}

/** The text a spreadsheet shows: numbers through their format (SheetJS's SSF), the rest as is. */
export function shownText(cell: Cell): string {
  const v = resultOf(cell);
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return SSF.format(cell.numFmt || "General", v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return SSF.format(cell.numFmt || "yyyy-mm-dd", v);
  if (typeof v === "object" && "richText" in v)
    return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
  return String(v);
}

/** Lines a header takes in a column of `width` characters, breaking between words only. */
function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let line = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (word.length > width) return Infinity;
    if (line === 0) line = word.length;
    else if (line + 1 + word.length <= width) line += 1 + word.length;
    else {
      lines++;
      line = word.length;
    }
  }
  return lines;
}
