import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { UsageError } from "../../src/cli/cliArgs";
import { checkOutputTarget, writeOutputFile } from "../../src/cli/outputFile";
import { writeWorkbook } from "../helpers/workbookFile";
import { h, run, TRIP_HEADER, VEHICLE_HEADER } from "./cliTestKit";

const VEHICLES = [
  VEHICLE_HEADER,
  [1, "AB11111", "Toyota", "Yaris", "fossilbil", "benzin", 20, null, null, 40000, "Nord"],
];
const TRIPS = [TRIP_HEADER, [h(8), h(10), 20, 1, "Nord", "T-1"]];

const inputBook = () => writeWorkbook({ Køretøjer: VEHICLES, Ture: TRIPS });
const tempDir = () => mkdtempSync(join(tmpdir(), "fleetopt-out-"));
/** Files in a folder that look like our temporary files. */
const tempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

describe("--out never replaces an input", () => {
  it.each([
    ["the same path", (book: string) => book],
    [
      "a symlink",
      (book: string) => {
        const link = join(tempDir(), "link.xlsx");
        symlinkSync(book, link);
        return link;
      },
    ],
    [
      "a hard link",
      (book: string) => {
        const link = join(tempDir(), "hard.xlsx");
        linkSync(book, link);
        return link;
      },
    ],
  ])("simulate refuses --out naming the input through %s, even with --force", async (_, outFor) => {
    const book = await inputBook();
    const before = readFileSync(book);
    const out = outFor(book);
    for (const extra of [[], ["--force"]]) {
      const { code, stdout, stderr } = await run(["simulate", book, "--out", out, ...extra]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/is the input .*the input is never rewritten; --out must name a new file/);
      expect(stderr).not.toMatch(/^\s+at /m);
    }
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(tempFiles(dirname(book))).toEqual([]);
  });

  it("search, aggregate and business-case refuse a hard link to their input too", async () => {
    const book = await inputBook();
    const before = readFileSync(book);
    const out = join(tempDir(), "hard.xlsx");
    linkSync(book, out);
    for (const command of ["search", "aggregate", "business-case"]) {
      const { code, stderr } = await run([command, book, "--out", out, "--force"]);
      expect(code, command).toBe(2);
      expect(stderr, command).toMatch(/the input is never rewritten/);
    }
    expect(readFileSync(book).equals(before)).toBe(true);
  });
});

describe("--out and existing files", () => {
  it("refuses an existing file, and replaces it whole with --force", async () => {
    const book = await inputBook();
    const out = join(tempDir(), "result.xlsx");
    writeFileSync(out, "the user's own notes");
    const refused = await run(["business-case", "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists; name a new file, or add --force to replace it/);
    expect(readFileSync(out, "utf8")).toBe("the user's own notes");

    const forced = await run(["simulate", book, "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect((await readXlsx(readFileSync(out))).map((s) => s.name)).toContain("Scenario");
    expect(tempFiles(dirname(out))).toEqual([]);
  });

  it("checks the folder and the name before computing anything", async () => {
    const bad = TRIPS.map((r) => [...r]);
    bad[1][2] = "tyve";
    // A bad cell: had the command computed, it would report the cell; it reports the folder.
    const book = await writeWorkbook({ Køretøjer: VEHICLES, Ture: bad });
    const missing = await run(["simulate", book, "--out", join(tempDir(), "no", "such", "x.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^fleetopt: --out .*x\.xlsx: the folder .* does not exist; create it or choose another\n$/,
    );
    const csv = await run(["aggregate", book, "--out", join(tempDir(), "result.csv")]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/name the file with \.xlsx/);
    const folderNamedXlsx = join(tempDir(), "results.xlsx");
    mkdirSync(folderNamedXlsx);
    const folder = await run(["search", book, "--out", folderNamedXlsx, "--force"]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/results\.xlsx is a folder; name a file inside it/);
  });

  it.skipIf(process.getuid?.() === 0)("refuses a folder it cannot write to", async () => {
    const { chmodSync } = await import("node:fs");
    const dir = tempDir();
    chmodSync(dir, 0o500);
    const { code, stderr } = await run(["business-case", "--out", join(dir, "x.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not writable; choose a folder you can write to/);
  });
});

describe("writeOutputFile", () => {
  it("leaves the old file and no temporary file when writing fails half-way", async () => {
    const out = join(tempDir(), "result.xlsx");
    writeFileSync(out, "old");
    const target = await checkOutputTarget(out, [], true);
    const failing = async (path: string) => {
      writeFileSync(path, "half a workbo");
      throw new Error("disk went away");
    };
    await expect(writeOutputFile(target, failing)).rejects.toThrow(/Cannot write .*disk went away/);
    expect(readFileSync(out, "utf8")).toBe("old");
    expect(tempFiles(dirname(out))).toEqual([]);
  });

  it("does not replace a file that appeared after the check without --force", async () => {
    const out = join(tempDir(), "result.xlsx");
    const target = await checkOutputTarget(out, [], false);
    writeFileSync(out, "someone else's");
    await expect(writeOutputFile(target, new Uint8Array([1, 2, 3]))).rejects.toThrow(UsageError);
    expect(readFileSync(out, "utf8")).toBe("someone else's");
    expect(tempFiles(dirname(out))).toEqual([]);
  });

  it("writes the bytes under the final name only", async () => {
    const out = join(tempDir(), "result.xlsx");
    await writeOutputFile(await checkOutputTarget(out, [], false), new Uint8Array([80, 75, 3, 4]));
    expect([...readFileSync(out)]).toEqual([80, 75, 3, 4]);
    expect(readdirSync(dirname(out))).toEqual(["result.xlsx"]);
    expect(existsSync(out)).toBe(true);
  });
});
