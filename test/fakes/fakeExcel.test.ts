import { afterEach, describe, expect, it } from "vitest";
import { FIVE_MB, FakeExcel, createFakeExcel, toExcelSerial } from "./fakeExcel";
import { installFakeOffice, type InstalledFakeOffice } from "./installFakeOffice";

function oneSheet(values: (string | number | null)[][] = [["a", 1]]): FakeExcel {
  return createFakeExcel({ sheets: [{ name: "Data", values }] });
}

describe("FakeExcel", () => {
  describe("load and sync discipline", () => {
    it("throws PropertyNotLoaded when a property is read without load", async () => {
      const fake = oneSheet();
      await expect(
        fake.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Data").getRange("A1");
          await context.sync();
          return range.values;
        }),
      ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    });

    it("throws PropertyNotLoaded when a loaded property is read before sync", async () => {
      const fake = oneSheet();
      await expect(
        fake.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values");
          return range.values;
        }),
      ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    });

    it("reveals loaded values after sync", async () => {
      const fake = oneSheet();
      const values = await fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values");
        await context.sync();
        return range.values;
      });
      expect(values).toEqual([["a", 1]]);
    });

    it("throws PropertyNotLoaded for a collection's items that were never loaded", async () => {
      const fake = oneSheet();
      await expect(
        fake.run(async (context) => {
          await context.sync();
          return context.workbook.worksheets.items;
        }),
      ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    });

    it("applies queued writes only when the context syncs", async () => {
      const fake = oneSheet();
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("C1").values = [["later"]];
        expect(fake.sheet("Data").cell("C1").value).toBe("");
        await context.sync();
        expect(fake.sheet("Data").cell("C1").value).toBe("later");
      });
    });

    it("syncs what is still queued when the batch of run() resolves, as Excel.run does", async () => {
      const fake = oneSheet();
      await fake.run(async (context) => {
        context.workbook.worksheets.add("New");
      });
      expect(fake.sheetNames()).toEqual(["Data", "New"]);
      expect(fake.syncCount).toBe(1);
    });

    it("lets a sheet added earlier in a batch be used later in the same batch", async () => {
      const fake = oneSheet();
      await fake.run(async (context) => {
        const sheet = context.workbook.worksheets.add("New");
        sheet.getRange("B2").values = [[7]];
        await context.sync();
      });
      expect(fake.sheet("New").values()).toEqual([
        [null, null],
        [null, 7],
      ]);
    });

    it("answers isNullObject after sync for a sheet that does not exist", async () => {
      const fake = oneSheet();
      const isNull = await fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject("Missing");
        await context.sync();
        return sheet.isNullObject;
      });
      expect(isNull).toBe(true);
    });

    it("fails the sync with ItemNotFound when getItem names a missing sheet", async () => {
      const fake = oneSheet();
      await expect(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem("Missing");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  describe("request size", () => {
    it("rejects a sync over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
      const fake = oneSheet();
      const big = Array.from({ length: 100_000 }, (_, i) => [
        `row ${i} padded to take some room on the wire`,
        i,
        i * 1.5,
      ]);
      await expect(
        fake.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          sheet.getRange("D1").values = [["small write queued first"]];
          sheet.getRange(`A10:C${10 + big.length - 1}`).values = big;
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
      expect(fake.maxSyncPayloadBytes).toBeGreaterThan(FIVE_MB);
      expect(fake.sheet("Data").cell("D1").value).toBe("");
    });

    it("counts syncs and records the payload of each", async () => {
      const fake = oneSheet();
      await fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("A5:B5").values = [["x".repeat(1000), 1]];
        await context.sync();
        sheet.getRange("A6").values = [["y"]];
        await context.sync();
      });
      expect(fake.syncCount).toBe(2);
      expect(fake.syncPayloads[0]).toBeGreaterThan(1000);
      expect(fake.syncPayloads[1]).toBeLessThan(1000);
    });

    it("fails a read of more cells than allowed per read", async () => {
      const fake = createFakeExcel({ sheets: [{ name: "Data", values: [[1]] }] }, { maxReadCells: 10 });
      await expect(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A1:C4").load("values");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    });
  });

  describe("ranges", () => {
    it("applies a scalar to every cell of a multi-cell range, as office.js does", async () => {
      const fake = oneSheet();
      await fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Data").getRange("A3:B4");
        (range as unknown as { numberFormat: string }).numberFormat = "0.0%";
        (range as unknown as { values: number }).values = 0.5;
        await context.sync();
      });
      const sheet = fake.sheet("Data");
      expect(["A3", "B3", "A4", "B4"].map((a) => sheet.cell(a).numberFormat)).toEqual(Array(4).fill("0.0%"));
      expect(sheet.values().slice(2)).toEqual([
        [0.5, 0.5],
        [0.5, 0.5],
      ]);
    });

    it("rejects a 2-D array whose shape differs from the range", async () => {
      const fake = oneSheet();
      await expect(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A3:B4").values = [[1, 2]];
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    });

    it("leaves cells given as null unchanged and clears cells given as an empty string", async () => {
      const fake = createFakeExcel({ sheets: [{ name: "Data", values: [["keep", "clear"]] }] });
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[null, ""]];
        await context.sync();
      });
      expect(fake.sheet("Data").values()).toEqual([["keep"]]);
    });

    it("stores text after a leading apostrophe and a formula for a leading equals sign", async () => {
      const fake = oneSheet();
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A2:B2").values = [["'=1+1", "=1+1"]];
        await context.sync();
      });
      expect(fake.sheet("Data").cell("A2")).toMatchObject({ value: "=1+1", formula: null });
      expect(fake.sheet("Data").cell("B2").formula).toBe("=1+1");
    });

    it("reports the used range of a blank sheet as A1, like Excel", async () => {
      const fake = createFakeExcel({ sheets: [{ name: "Blank", values: [] }] });
      const address = await fake.run(async (context) => {
        const used = context.workbook.worksheets.getItem("Blank").getUsedRange(true).load("address");
        await context.sync();
        return used.address;
      });
      expect(address).toBe("Blank!A1");
    });

    it("quotes sheet names with spaces in addresses", async () => {
      const fake = createFakeExcel({ sheets: [{ name: "Kørsel 2024", values: [[1]], startCell: "C3" }] });
      const address = await fake.run(async (context) => {
        const used = context.workbook.worksheets.getItem("Kørsel 2024").getUsedRange(true).load("address");
        await context.sync();
        return used.address;
      });
      expect(address).toBe("'Kørsel 2024'!C3");
    });
  });

  describe("seeding and failure injection", () => {
    it("seeds dates as Excel serial numbers", () => {
      const fake = createFakeExcel({
        sheets: [{ name: "D", values: [[new Date(2024, 0 /* Jan */, 2, 12, 0)]] }],
      });
      expect(fake.sheet("D").cell("A1").value).toBe(45293.5);
      expect(toExcelSerial(new Date(1900, 0, 1))).toBe(2);
    });

    it("fails the chosen sync after applying the chosen number of operations", async () => {
      const fake = oneSheet();
      fake.failSync({ afterSuccessfulSyncs: 1, applyOperations: 2, code: "InvalidArgument" });
      await expect(
        fake.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          sheet.getRange("A2").values = [["first sync"]];
          await context.sync();
          sheet.getRange("A3").values = [["applied"]];
          sheet.getRange("A4").values = [["not applied"]];
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      // Operations of the failing sync: getItem is not queued again, so range A3 (2 ops) lands.
      expect(
        fake
          .sheet("Data")
          .values()
          .map((r) => r[0]),
      ).toEqual(["a", "first sync", "applied"]);
    });
  });
});

describe("installFakeOffice", () => {
  let installed: InstalledFakeOffice | undefined;
  afterEach(() => installed?.uninstall());

  it("reports an Excel host through Office.onReady and the callback", async () => {
    installed = installFakeOffice();
    const seen: unknown[] = [];
    const info = await Office.onReady((i) => seen.push(i.host));
    expect(info).toEqual({ host: "Excel", platform: "PC" });
    expect(seen).toEqual(["Excel"]);
    expect(Office.context.displayLanguage).toBe("da-DK");
  });

  it("supports ExcelApi requirement sets up to the configured version only", () => {
    installed = installFakeOffice({ excelApiVersion: "1.9" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("runs Excel.run against the seeded fake, which is exposed as __fakeExcel", async () => {
    installed = installFakeOffice({ sheets: [{ name: "Kørebog", values: [["Nummerplade"]] }] });
    const names = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Kørebog"]);
    expect((globalThis as { __fakeExcel?: unknown }).__fakeExcel).toBe(installed.fake);
  });

  it("removes the globals again on uninstall", () => {
    installFakeOffice().uninstall();
    expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
  });
});
