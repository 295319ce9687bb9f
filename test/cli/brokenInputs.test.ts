import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { loadWorkbook } from "../../src/hosts/file/readXlsx";
import { writeWorkbook } from "../helpers/workbookFile";
import { run, TRIP_HEADER, VEHICLE_HEADER } from "./cliTestKit";

/**
 * A zip archive of the given parts, deflated, as any zip tool writes it; `packed` and `size` give a
 * part's deflated bytes and unpacked size when `data` is too large to hold.
 */
function zipOf(parts: { name: string; data: Uint8Array; packed?: Uint8Array; size?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const packed = p.packed ?? deflateRawSync(p.data);
    const header = (central: boolean) => {
      const b = Buffer.alloc(central ? 46 : 30);
      b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      const at = central ? 2 : 0; // the central header has "version made by" first
      b.writeUInt16LE(20, 4 + at);
      b.writeUInt16LE(8, 8 + at);
      b.writeUInt32LE(p.size === undefined ? crc32(p.data) : 0, 14 + at);
      b.writeUInt32LE(packed.length, 18 + at);
      b.writeUInt32LE(p.size ?? p.data.length, 22 + at);
      b.writeUInt16LE(name.length, 26 + at);
      if (central) b.writeUInt32LE(offset, 42);
      return b;
    };
    centrals.push(header(true), name);
    const local = Buffer.concat([header(false), name, packed]);
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** 64 MiB of zeros deflated a megabyte at a time: about 64 KB, without holding the 64 MiB. */
async function deflatedZeros(mebibytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mebibytes; i++) deflate.write(zeros);
  deflate.end();
  await once(deflate, "end");
  return Buffer.concat(chunks);
}

/** Broken inputs as users meet them, each with what its one-line message must say. */
const broken: { file: string; says: RegExp }[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "fleetopt-broken-"));
  const add = (file: string, bytes: Uint8Array | string, says: RegExp) => {
    writeFileSync(join(dir, file), bytes);
    broken.push({ file: join(dir, file), says });
  };
  const good = readFileSync(
    await writeWorkbook({
      Køretøjer: [VEHICLE_HEADER],
      Ture: [TRIP_HEADER, [45719, 45719.1, 5, 1, "Nord", "T-1"]],
    }),
  );
  add("empty.xlsx", "", /is empty \(0 bytes\)/);
  add(
    "binary.xlsx",
    Buffer.from([0x00, 0x13, 0x37, 0x00, 0xff, 0x42]),
    /is not an \.xlsx file \(it is not a format/,
  );
  add(
    "trips.xlsx",
    "Bil id;Starttid;Sluttid\n1;03-03-2025 08:00;03-03-2025 09:00\n",
    /\(it is CSV text\); open it in Excel/,
  );
  add(
    "export.xlsx",
    "<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table>",
    /\(it is a web page \(HTML\)/,
  );
  add(
    "old.xlsx",
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    /old Excel 97–2003 workbook \(\.xls\)/,
  );
  add("report.xlsx", "%PDF-1.7\n%âãÏÓ", /\(it is a PDF document\)/);
  add("half.xlsx", good.subarray(0, Math.floor(good.length / 2)), /cut short; copy or download it again/);
  // The directory survives but a part's data is cut: the zip directory points past the data.
  const spliced = Buffer.concat([good.subarray(0, 200), good.subarray(good.length - 2000)]);
  add("spliced.xlsx", spliced, /is not a readable workbook: it .*; copy or download it again/);
  add(
    "photos.xlsx",
    zipOf([{ name: "hello.txt", data: Buffer.from("hi") }]),
    /a zip archive, not an Excel workbook/,
  );
  add(
    "bomb.xlsx",
    zipOf([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      // The declared size is what matters: nothing is unpacked before the refusal.
      {
        name: "xl/worksheets/sheet1.xml",
        data: new Uint8Array(0),
        packed: await deflatedZeros(64),
        size: 64 * 1024 * 1024,
      },
    ]),
    /is refused: its part xl\/worksheets\/sheet1\.xml would unpack to 64\.0 MB from \d+ KB .*zip bomb/,
  );
  const far = await loadWorkbook(good);
  far.getWorksheet("Ture")!.getCell("XFD1048576").value = 1;
  add(
    "far.xlsx",
    new Uint8Array(await far.xlsx.writeBuffer()),
    /has values far apart on sheet 'Ture': .* cells for \d+ values; delete the stray value in XFD1048576/,
  );
}, 60_000);

describe("every command on every broken input", () => {
  for (const command of ["simulate", "search", "aggregate", "business-case"]) {
    it(`${command}: exit 2 and one line naming the file, what is wrong and what to do`, async () => {
      expect(broken.length).toBeGreaterThan(10);
      for (const { file, says } of broken) {
        const { code, stdout, stderr } = await run([command, file]);
        expect({ file, code }).toEqual({ file, code: 2 });
        expect(stdout, file).toBe("");
        expect(stderr, file).toMatch(says);
        expect(stderr.startsWith(`fleetopt: ${file} `), stderr).toBe(true);
        expect(stderr.trimEnd().split("\n"), file).toHaveLength(1);
        expect(stderr, file).not.toMatch(/^\s+at /m);
      }
    });
  }

  it("offers aggregate to simulate when it is given CSV", async () => {
    const csv = broken.find((b) => b.file.endsWith("trips.xlsx"))!.file;
    expect((await run(["simulate", csv])).stderr).toMatch(/, or use `aggregate`, which reads CSV\n$/);
    expect((await run(["aggregate", csv])).stderr).toMatch(
      /, or name it \.csv: aggregate reads CSV files\n$/,
    );
  });
});
