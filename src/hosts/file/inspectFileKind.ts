/** What a file that is not a zip archive holds, judged from its first bytes. */
export interface FileKind {
  /** Completes "it is …": "CSV text", "an old Excel 97–2003 workbook (.xls)". */
  description: string;
  /** What the user does about it. */
  fix: string;
  /** CSV text: commands that read CSV can say so. */
  csv: boolean;
}

const SAVE_AS_XLSX = "open it in Excel and save it as .xlsx (Excel Workbook)";

/** Binary formats people mistake for a workbook, by their magic bytes. */
const SIGNATURES: { magic: number[]; description: string; fix: string }[] = [
  {
    magic: [0x25, 0x50, 0x44, 0x46, 0x2d],
    description: "a PDF document",
    fix: "export the data from its source as .xlsx",
  },
  { magic: [0x1f, 0x8b], description: "a gzip archive", fix: "unpack it and give the .xlsx file inside" },
  {
    magic: [0x37, 0x7a, 0xbc, 0xaf],
    description: "a 7-Zip archive",
    fix: "unpack it and give the .xlsx file inside",
  },
  {
    magic: [0x52, 0x61, 0x72, 0x21],
    description: "a RAR archive",
    fix: "unpack it and give the .xlsx file inside",
  },
  { magic: [0x89, 0x50, 0x4e, 0x47], description: "a PNG image", fix: "pick the workbook instead" },
  { magic: [0xff, 0xd8, 0xff], description: "a JPEG image", fix: "pick the workbook instead" },
];

/** The Compound File Binary magic of .xls files, and of password-protected .xlsx files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** How much of a text file is looked at to tell CSV from other text. */
const SNIFF_BYTES = 64 * 1024;

export function inspectFileKind(data: Uint8Array): FileKind {
  const startsWith = (magic: readonly number[]) => magic.every((b, i) => data[i] === b);
  if (startsWith(OLE)) {
    // Excel stores an encrypted .xlsx in a compound file with an "EncryptedPackage" stream.
    return containsUtf16(data, "EncryptedPackage")
      ? {
          description: "a password-protected workbook",
          fix: "open it in Excel, remove the password (File › Info › Protect Workbook) and save it as .xlsx",
          csv: false,
        }
      : { description: "an old Excel 97–2003 workbook (.xls)", fix: SAVE_AS_XLSX, csv: false };
  }
  for (const s of SIGNATURES)
    if (startsWith(s.magic)) return { description: s.description, fix: s.fix, csv: false };
  return inspectText(data.subarray(0, SNIFF_BYTES));
}

function inspectText(head: Uint8Array): FileKind {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0))
    return { description: "not a format we know (binary data)", fix: SAVE_AS_XLSX, csv: false };
  const text = new TextDecoder(utf16 ? (head[0] === 0xff ? "utf-16le" : "utf-16be") : "utf-8")
    .decode(head)
    .replace(/^\uFEFF/, "");
  const start = text.trimStart().slice(0, 2000).toLowerCase();
  if (start.startsWith("<?xml") && text.includes("urn:schemas-microsoft-com:office:spreadsheet"))
    return { description: "an Excel 2003 XML spreadsheet", fix: SAVE_AS_XLSX, csv: false };
  if (/^<(!doctype html|html|table|head|body|meta)\b/.test(start) || /<html[\s>]/.test(start))
    return {
      description: "a web page (HTML), as some systems export for Excel",
      fix: SAVE_AS_XLSX,
      csv: false,
    };
  if (start.startsWith("<")) return { description: "XML or markup text", fix: SAVE_AS_XLSX, csv: false };
  return looksLikeCsv(text)
    ? { description: "CSV text", fix: SAVE_AS_XLSX, csv: true }
    : { description: "plain text", fix: SAVE_AS_XLSX, csv: false };
}

/** Two or more lines that split into the same number (at least two) of fields on ; , or tab. */
function looksLikeCsv(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .slice(0, 20)
    .filter((l) => l.trim() !== "");
  // The last line of the sniffed head may be cut mid-way; it does not count.
  const whole = lines.length > 2 ? lines.slice(0, -1) : lines;
  if (whole.length === 0) return false;
  return [";", ",", "\t"].some((d) => {
    const counts = whole.map((l) => l.split(d).length);
    return counts[0] >= 2 && counts.every((c) => c === counts[0]);
  });
}

function containsUtf16(data: Uint8Array, word: string): boolean {
  const needle = new Uint8Array(word.length * 2);
  for (let i = 0; i < word.length; i++) needle[i * 2] = word.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
