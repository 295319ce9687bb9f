import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  inspectWorkbookBytes,
  MAX_PART_BYTES,
  MAX_UNPACKED_BYTES,
  UnreadableWorkbookError,
} from "../../../src/hosts/file/inspectWorkbookBytes";
import { readZipDirectory } from "../../../src/hosts/file/inspectZipDirectory";
import { writeWorkbook } from "../../helpers/workbookFile";
import { zipOf } from "./zipKit";

const MiB = 1024 * 1024;
/** A workbook whose parts declare the given unpacked and packed sizes; the packed bytes are filler. */
const declared = (parts: { name: string; size: number; packed: number }[]) =>
  zipOf([
    { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
    ...parts.map((p) => ({
      name: p.name,
      data: new Uint8Array(0),
      packed: Buffer.alloc(p.packed, 7),
      size: p.size,
    })),
  ]);
const problem = (bytes: Uint8Array) => {
  try {
    inspectWorkbookBytes(bytes);
    return null;
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return e.problem;
    throw e;
  }
};

describe("inspectWorkbookBytes", () => {
  it("passes a real workbook, and reads its directory as it is written", async () => {
    const bytes = readFileSync(await writeWorkbook({ Ture: [["Bil id"], [1]] }));
    expect(problem(bytes)).toBeNull();
    const directory = readZipDirectory(bytes);
    expect(directory.ok && directory.entries.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
  });

  it("passes what a 1,000,000-row logs sheet declares (364 MB from 80 MB, 4.6:1), scaled down to 36 MB", () => {
    expect(
      problem(
        declared([{ name: "xl/worksheets/sheet1.xml", size: Math.round(36.4 * MiB), packed: 8 * MiB }]),
      ),
    ).toBeNull();
  });

  it("refuses, from the directory alone, parts out of proportion, too large, or too many", () => {
    // The packed bytes are filler that would not even inflate: the refusal comes first.
    expect(
      problem(declared([{ name: "xl/worksheets/sheet1.xml", size: 40 * MiB, packed: 300 * 1024 }])),
    ).toMatch(/would unpack to 40\.0 MB from 300 KB \(137:1\).*zip bomb/);
    expect(
      problem(declared([{ name: "xl/worksheets/sheet1.xml", size: MAX_PART_BYTES + 1, packed: 6 * MiB }])),
    ).toMatch(/too large: its part xl\/worksheets\/sheet1\.xml would unpack to 512\.0 MB/);
    const many = [1, 2, 3].map((i) => ({
      name: `xl/worksheets/sheet${i}.xml`,
      size: 400 * MiB,
      packed: 5 * MiB,
    }));
    expect(3 * 400 * MiB).toBeGreaterThan(MAX_UNPACKED_BYTES);
    expect(problem(declared(many))).toMatch(/too large: it would unpack to 1\.2 GB, over the 1\.0 GB/);
    // Many parts each under the ratio's threshold, together 1,000:1 from a small file.
    const small = Array.from({ length: 20 }, (_, i) => ({
      name: `xl/media/p${i}.xml`,
      size: 20 * MiB,
      packed: 20 * 1024,
    }));
    expect(problem(declared(small))).toMatch(/its parts would unpack to 400\.0 MB from \d+ KB/);
  });

  it("tells a workbook's neighbours apart", () => {
    const part = (name: string) => zipOf([{ name, data: Buffer.from("x") }]);
    expect(problem(part("word/document.xml"))).toBe("is not an .xlsx file (it is a Word document)");
    expect(problem(part("xl/workbook.bin"))).toBe(
      "is not an .xlsx file (it is an Excel binary workbook (.xlsb))",
    );
    expect(problem(part("content.xml"))).toMatch(/OpenDocument/);
    const encrypted = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.from("EncryptedPackage", "utf16le"),
    ]);
    expect(problem(encrypted)).toBe("is not an .xlsx file (it is a password-protected workbook)");
    expect(problem(Buffer.from("just a note\nabout cars\n"))).toBe("is not an .xlsx file (it is plain text)");
    expect(problem(Buffer.from("a,b,c\n1,2,3\n4,5,6\n"))).toBe("is not an .xlsx file (it is CSV text)");
  });
});
