import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDeflateRaw, inflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { loadWorkbook } from "../../src/hosts/file/readXlsx";
import { readZipDirectory } from "../../src/hosts/file/inspectZipDirectory";
import { writeWorkbook } from "../helpers/workbookFile";
import { zipOf } from "../hosts/file/zipKit";
import { run, TRIP_HEADER, VEHICLE_HEADER } from "./cliTestKit";

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

/** A copy of a workbook whose first sheet merges `range` (ExcelTS would make a cell of each). */
function withMergedRange(workbook: Buffer, range: string): Buffer {
  const directory = readZipDirectory(workbook);
  if (!directory.ok) throw new Error(directory.damage);
  return zipOf(
    directory.entries.map((e) => {
      const data = inflateRawSync(workbook.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
      if (e.name !== "xl/worksheets/sheet1.xml") return { name: e.name, data };
      const xml = data
        .toString()
        .replace(
          "</sheetData>",
          `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells>`,
        );
      return { name: e.name, data: Buffer.from(xml) };
    }),
  );
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
  add(
    "liar.xlsx",
    zipOf([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      // Declares 1,000 bytes; unpacks to 64 MiB. Refused once it passes the 1,000.
      { name: "xl/styles.xml", data: new Uint8Array(0), packed: await deflatedZeros(64), size: 1000 },
    ]),
    /its part xl\/styles\.xml unpacks to more than the 1,000 bytes it declares; it may be a zip bomb/,
  );
  add("merged.xlsx", withMergedRange(good, "C3:XFD1048576"), /has merged ranges over 17,177,739,268 cells/);
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

  it("aggregate refuses a workbook or an .xls saved under a .csv name, in one line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fleetopt-broken-csv-"));
    const workbook = join(dir, "logs.csv");
    writeFileSync(workbook, zipOf([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>") }]));
    const xls = join(dir, "old.csv");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const a = await run(["aggregate", workbook]);
    expect([a.code, a.stderr]).toEqual([
      2,
      `fleetopt: ${workbook} is not CSV text (it is a zip archive, likely an .xlsx workbook); name it .xlsx\n`,
    ]);
    const b = await run(["aggregate", xls]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(
      /old\.csv is not CSV text \(it is an old Excel 97–2003 workbook \(\.xls\)\); open it in Excel and save it as CSV/,
    );
  });

  it("bounds a big sheet read from its XML (not through ExcelTS's model) the same way", async () => {
    const trips = [
      TRIP_HEADER,
      ...Array.from({ length: 12_000 }, (_, i) => [
        45719 + i / 100,
        45719.1 + i / 100,
        5,
        1,
        "Nord",
        `T-${i}`,
      ]),
    ];
    const book = await loadWorkbook(
      readFileSync(await writeWorkbook({ Køretøjer: [VEHICLE_HEADER], Ture: trips })),
    );
    book.getWorksheet("Ture")!.getCell("XFD1048576").value = 1;
    const file = join(mkdtempSync(join(tmpdir(), "fleetopt-broken-big-")), "big.xlsx");
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
    const { code, stderr } = await run(["aggregate", file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^fleetopt: .*big\.xlsx has values far apart on sheet 'Ture': .*delete the stray value in XFD1048576/,
    );
  }, 60_000);

  it("offers aggregate to simulate when it is given CSV", async () => {
    const csv = broken.find((b) => b.file.endsWith("trips.xlsx"))!.file;
    expect((await run(["simulate", csv])).stderr).toMatch(/, or use `aggregate`, which reads CSV\n$/);
    expect((await run(["aggregate", csv])).stderr).toMatch(
      /, or name it \.csv: aggregate reads CSV files\n$/,
    );
  });
});
