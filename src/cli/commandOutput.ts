import type { Language } from "../core/language";
import { formatCellError, type CellError } from "../workbook/read/cellError";
import type { CliIo } from "./cliIo";

/** A command's --json result on stdout: indented, with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Bad input: one line per error on stderr, each naming sheet, cell and fix; returns exit code 2. */
export function printCellErrors(io: CliIo, errors: readonly CellError[], language: Language): 2 {
  for (const e of errors) io.stderr(`${formatCellError(e, language)}\n`);
  return 2;
}
