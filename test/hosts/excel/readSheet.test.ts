import { afterEach, describe, expect, it } from "vitest";
import { excelHostOver, uninstallExcelHost } from "./excelHostFixture";

afterEach(uninstallExcelHost);

describe("ExcelWorkbookHost.readSheet", () => {
  it("gives the 1-based origin of a used range that does not start at A1", async () => {
    const { host } = excelHostOver({
      sheets: [
        {
          name: "Kørebog",
          startCell: "C4",
          values: [
            ["Nummerplade", "Km"],
            ["AB12345", 12.5],
          ],
        },
      ],
    });
    const sheet = await host.readSheet("Kørebog");
    expect(sheet).toEqual({
      name: "Kørebog",
      originRow: 4,
      originCol: 3,
      values: [
        ["Nummerplade", "Km"],
        ["AB12345", 12.5],
      ],
    });
  });

  it("reads sheet names that need quoting in addresses", async () => {
    const { host } = excelHostOver({ sheets: [{ name: "Bil's data!", startCell: "B2", values: [[1]] }] });
    expect(await host.readSheet("Bil's data!")).toMatchObject({ originRow: 2, originCol: 2, values: [[1]] });
  });

  it("turns empty cells inside the used range into null", async () => {
    const { host } = excelHostOver({
      sheets: [
        {
          name: "S",
          values: [
            ["a", null, "c"],
            [null, 2, null],
          ],
        },
      ],
    });
    expect((await host.readSheet("S")).values).toEqual([
      ["a", null, "c"],
      [null, 2, null],
    ]);
  });

  it("returns no rows at origin 1,1 for a blank sheet", async () => {
    const { host } = excelHostOver({ sheets: [{ name: "Tom", values: [] }] });
    expect(await host.readSheet("Tom")).toEqual({ name: "Tom", originRow: 1, originCol: 1, values: [] });
  });

  it("returns dates as the serial numbers Excel stores", async () => {
    const { host } = excelHostOver({
      sheets: [{ name: "S", values: [[new Date(2024, 0 /* Jan */, 2, 6, 0)]] }],
    });
    expect((await host.readSheet("S")).values).toEqual([[45293.25]]);
  });

  it("reads a range larger than one block in row blocks, each within the read limit, in order", async () => {
    const rows = Array.from({ length: 95 }, (_, i) => [`bil ${i}`, i, i * 2]);
    const { host, fake } = excelHostOver(
      { sheets: [{ name: "S", startCell: "B3", values: rows }], limits: { maxReadCells: 30 } },
      { readBlockCells: 30 },
    );
    const sheet = await host.readSheet("S");
    expect(sheet.values).toEqual(rows);
    expect(sheet.originRow).toBe(3);
    // 95 rows × 3 columns in blocks of 10 rows: 10 reads, plus finding the sheet and its used range.
    expect(fake.syncCount).toBe(12);
  });

  it("halves the block and reads again when Excel answers that a response is too large", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`${"x".repeat(90)} ${i}`]);
    const { host } = excelHostOver(
      { sheets: [{ name: "S", values: rows }], limits: { maxResponseBytes: 1_000 } },
      { readBlockCells: 40 },
    );
    expect((await host.readSheet("S")).values).toEqual(rows);
  });

  it("fails with a message naming the sheet when it does not exist", async () => {
    const { host } = excelHostOver({ sheets: [{ name: "S", values: [[1]] }] });
    await expect(host.readSheet("Kørsel")).rejects.toThrow('The workbook has no sheet named "Kørsel".');
  });
});
