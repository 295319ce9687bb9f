import Papa from "papaparse";
import type { CellValue, SheetData } from "../../workbook/sheetData";

/** The delimiters a fleet export uses; a Danish Excel saves CSV with ";". */
const DELIMITERS = [";", ",", "\t"];

/**
 * A CSV file as a sheet, so the workbook readers (and the "import CSV as a new sheet" action) treat
 * it like any other: the delimiter is detected (; , or tab), numbers become numbers — with a
 * decimal comma when the delimiter is not a comma ("12,5" in a ;-file) — and everything else,
 * dates included, stays text for the readers to parse with their usual rules and messages.
 * Text with leading zeros ("007") stays text: it is an id, not a number.
 * @example readCsv("Bil id;Distance\n7;12,5", "Logninger").values //=> [["Bil id", "Distance"], [7, 12.5]]
 */
export function readCsv(text: string, name: string): SheetData {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: "greedy",
  });
  const decimalComma = parsed.meta.delimiter !== ",";
  const values: CellValue[][] = parsed.data.map((row) => row.map((cell) => csvCell(cell, decimalComma)));
  return { name, originRow: 1, originCol: 1, values };
}

const NUMBER_DOT = /^[+-]?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const NUMBER_COMMA = /^[+-]?(0|[1-9]\d*)(,\d+)?$/;

function csvCell(raw: string, decimalComma: boolean): CellValue {
  const s = raw.trim();
  if (s === "") return null;
  if (NUMBER_DOT.test(s)) return Number(s);
  if (decimalComma && NUMBER_COMMA.test(s)) return Number(s.replace(",", "."));
  return s;
}

/** A sheet name from a file name: "GPS-punkter.csv" → "GPS-punkter". */
export function sheetNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return base.trim() || "CSV";
}
