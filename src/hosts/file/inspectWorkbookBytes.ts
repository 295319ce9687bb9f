import { inspectFileKind } from "./inspectFileKind";
import { readZipDirectory, type ZipEntry } from "./inspectZipDirectory";

/**
 * A file that cannot be read as a workbook. `problem` completes "<file name> …" and `fix` says
 * what to do; the message reads "The file …" for hosts that do not know the name.
 */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly problem: string,
    readonly fix: string,
    /** The file is CSV text: a command that reads CSV can offer itself. */
    readonly csv = false,
  ) {
    super(`The file ${problem}; ${fix}`);
    this.name = "UnreadableWorkbookError";
  }

  /** One line naming the file: "trips.xlsx is not an .xlsx file (it is CSV text); open it …". */
  describe(fileName: string): string {
    return `${fileName} ${this.problem}; ${this.fix}`;
  }
}

const MiB = 1024 * 1024;
/**
 * What the reader unpacks at most. ExcelTS unpacks every part into memory before it parses, and
 * refuses a single part over 512 MiB itself; we say so first, in words. A 1,000,000-row logs
 * sheet (8 columns of numbers) is about 360 MiB unpacked, so it passes with room for the other
 * sheets; 1 GiB in all is the most a run of this tool handles in memory.
 */
export const MAX_PART_BYTES = 512 * MiB;
export const MAX_UNPACKED_BYTES = 1024 * MiB;
/**
 * Real sheets compress 4–25:1 (measured: random logs 4.6:1, a column of one repeated text 10:1,
 * rows of formatting only 23:1); deflate can reach 1,032:1, which only made-up data (a zip bomb)
 * comes near. Apache POI's ZipSecureFile refuses the same 100:1 by default. Small parts may
 * compress better (a blank styles part), so the ratio counts from 32 MiB unpacked, per part and
 * for the whole file.
 */
export const MAX_RATIO = 100;
export const RATIO_FROM_BYTES = 32 * MiB;

const TRY_AGAIN = "copy or download it again; if Excel opens it, save it again as .xlsx";
const SAVE_AGAIN = "open it in Excel and save it again as .xlsx";

/**
 * Judges an .xlsx file's bytes before anything is unpacked, and throws an
 * {@link UnreadableWorkbookError} that names what is wrong: not a zip (CSV, HTML, an old .xls, a
 * PDF, an empty file…), a zip cut short or damaged, a zip that is not a workbook, or parts that
 * would unpack to a size out of proportion with the file (a zip bomb). Returns the parts.
 */
export function inspectWorkbookBytes(data: Uint8Array): ZipEntry[] {
  if (data.length === 0)
    throw new UnreadableWorkbookError(
      "is empty (0 bytes)",
      "it may not have finished copying or downloading; fetch it again or pick the right file",
    );
  const zip =
    data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5) && data[3] === data[2] + 1;
  if (!zip) {
    const kind = inspectFileKind(data);
    throw new UnreadableWorkbookError(`is not an .xlsx file (it is ${kind.description})`, kind.fix, kind.csv);
  }
  const directory = readZipDirectory(data);
  if (!directory.ok)
    throw new UnreadableWorkbookError(`is not a readable workbook: it ${directory.damage}`, TRY_AGAIN);
  const entries = directory.entries;
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("xl/workbook.xml")) throw notAWorkbook(names);
  for (const e of entries) {
    if (e.encrypted)
      throw new UnreadableWorkbookError(`is an encrypted zip archive (part ${e.name})`, SAVE_AGAIN);
    if (e.method !== 0 && e.method !== 8)
      throw new UnreadableWorkbookError(
        `packs its part ${e.name} with zip method ${e.method}, which Excel never writes`,
        SAVE_AGAIN,
      );
  }
  checkSizes(entries, data.length);
  return entries;
}

function notAWorkbook(names: ReadonlySet<string>): UnreadableWorkbookError {
  const kinds: [string, string][] = [
    ["xl/workbook.bin", "an Excel binary workbook (.xlsb)"],
    ["word/document.xml", "a Word document"],
    ["ppt/presentation.xml", "a PowerPoint presentation"],
    ["content.xml", "an OpenDocument file (.ods), as LibreOffice saves"],
    ["Index/Document.iwa", "an Apple Numbers file"],
  ];
  const kind = kinds.find(([part]) => names.has(part));
  if (kind)
    return new UnreadableWorkbookError(
      `is not an .xlsx file (it is ${kind[1]})`,
      SAVE_AGAIN.replace(" again", ""),
    );
  return new UnreadableWorkbookError(
    "is a zip archive, not an Excel workbook (it has no xl/workbook.xml)",
    "if the workbook is inside the archive, unzip it and give the .xlsx file",
  );
}

function checkSizes(entries: readonly ZipEntry[], fileBytes: number): void {
  const bomb = (what: string, unpacked: number, packed: number) =>
    new UnreadableWorkbookError(
      `is refused: ${what} would unpack to ${size(unpacked)} from ${size(packed)} ` +
        `(${Math.round(unpacked / packed).toLocaleString("en")}:1), far more than a workbook's data ` +
        `compresses (at most about 25:1); it may be a zip bomb`,
      "if you trust it, open it in Excel and save it again as .xlsx; otherwise ask its sender for the original",
    );
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > MAX_PART_BYTES)
      throw new UnreadableWorkbookError(
        `is too large: its part ${e.name} would unpack to ${size(e.uncompressedSize)}, over the ${size(MAX_PART_BYTES)} one sheet may take`,
        "split the data over several sheets or workbooks, or give the logs as CSV files",
      );
    if (
      e.uncompressedSize > RATIO_FROM_BYTES &&
      e.uncompressedSize > MAX_RATIO * Math.max(e.compressedSize, 1)
    )
      throw bomb(`its part ${e.name}`, e.uncompressedSize, e.compressedSize);
  }
  if (total > MAX_UNPACKED_BYTES)
    throw new UnreadableWorkbookError(
      `is too large: it would unpack to ${size(total)}, over the ${size(MAX_UNPACKED_BYTES)} this tool reads`,
      "split the data over several workbooks, or give the logs as CSV files",
    );
  if (total > RATIO_FROM_BYTES && total > MAX_RATIO * fileBytes) throw bomb("its parts", total, fileBytes);
}

function size(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(1)} GB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
