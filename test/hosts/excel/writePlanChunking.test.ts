import { afterEach, describe, expect, it } from "vitest";
import { FIVE_MB } from "../../fakes/fakeExcel";
import { DEFAULT_BATCH_BUDGET_BYTES } from "../../../src/hosts/excel/excelWorkbookHost";
import { toCellInput } from "../../../src/hosts/excel/toCellInput";
import { NUMBER_FORMATS, type PlanCell, type WorkbookPlan } from "../../../src/workbook/plan/types";
import { excelHostOver, uninstallExcelHost } from "./excelHostFixture";
import { DRIVING_BOOK_HEADER, drivingBookRow } from "./planFixtures";

afterEach(uninstallExcelHost);

function drivingBookPlan(rowCount: number): WorkbookPlan {
  // Data starts on sheet row 2, under the header.
  const rows = Array.from({ length: rowCount }, (_, i) => drivingBookRow(i, i + 2));
  return {
    sheets: [
      {
        name: "Kørebog (renset)",
        freezeRows: 1,
        ranges: [],
        tables: [
          {
            name: "Koerebog",
            row: 1,
            col: 1,
            columns: DRIVING_BOOK_HEADER.map((header, i) => ({
              header,
              format: i === 1 || i === 2 ? NUMBER_FORMATS.dateTime : i === 5 ? NUMBER_FORMATS.km : null,
            })),
            rows,
          },
        ],
      },
    ],
  };
}

/** The largest JSON size of one row as written, so no block can hold fewer rows than budget / this. */
function largestRowBytes(rows: PlanCell[][]): number {
  const encoder = new TextEncoder();
  return rows.reduce(
    (max, row) => Math.max(max, encoder.encode(JSON.stringify(row.map(toCellInput))).length + 1),
    0,
  );
}

describe("ExcelWorkbookHost.writePlan with a large table", () => {
  it("writes a 100,000-row × 12-column driving book with every sync under 5 MB and a bounded number of syncs", async () => {
    const rowCount = 100_000;
    const plan = drivingBookPlan(rowCount);
    const { host, fake } = excelHostOver({ sheets: [{ name: "Kørebog", values: [["Nummerplade"]] }] });

    await host.writePlan(plan);

    expect(fake.maxSyncPayloadBytes).toBeLessThan(FIVE_MB);
    const rowsPerBlock = Math.floor(
      DEFAULT_BATCH_BUDGET_BYTES / largestRowBytes(plan.sheets[0].tables[0].rows),
    );
    const valueSyncs = Math.ceil((rowCount + 1) /* header */ / rowsPerBlock);
    // Besides the value blocks: inspect the workbook, add the sheet, formats + table, restore events.
    expect(fake.syncCount).toBeLessThanOrEqual(valueSyncs + 4);
    expect(fake.syncCount).toBeGreaterThan(valueSyncs - 1);

    const sheet = fake.sheet("Kørebog (renset)");
    expect(fake.tables()).toEqual([{ name: "Koerebog", sheet: "Kørebog (renset)", address: "A1:L100001" }]);
    expect(sheet.cell("D2").value).toBe("Rådhuspladsen 0, 1550 København V");
    expect(sheet.cell("K50001").formula).toBe("=F50001*3.79");
    expect(sheet.cell("L100001").value).toBe(rowCount - 1);
    expect(sheet.cell("B100001").numberFormat).toBe(NUMBER_FORMATS.dateTime);
  });

  it("halves a batch and sends it again when Excel rejects a request as too large", async () => {
    const plan = drivingBookPlan(3_000);
    // The host budgets 1 MB per sync, but this "Excel" only accepts 300 kB.
    const { host, fake } = excelHostOver(
      { sheets: [{ name: "Kørebog", values: [["x"]] }], limits: { maxRequestBytes: 300_000 } },
      { batchBudgetBytes: 1_000_000 },
    );

    await host.writePlan(plan);

    expect(fake.syncPayloads.some((b) => b > 300_000)).toBe(true);
    const sheet = fake.sheet("Kørebog (renset)");
    expect(sheet.values()).toHaveLength(3_001);
    expect(sheet.cell("L3001").value).toBe(2_999);
    expect(fake.tables()).toHaveLength(1);
  });
});
