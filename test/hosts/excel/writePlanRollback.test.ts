import { afterEach, describe, expect, it } from "vitest";
import { WritePlanError } from "../../../src/hosts/excel/writeWorkbookPlan";
import type { WorkbookPlan } from "../../../src/workbook/plan/types";
import type { FakeSheetSeed } from "../../fakes/fakeExcel";
import type { InstallFakeOfficeOptions } from "../../fakes/installFakeOffice";
import { excelHostOver, uninstallExcelHost } from "./excelHostFixture";
import { DRIVING_BOOK_HEADER, drivingBookRow, scenarioPlan } from "./planFixtures";

afterEach(uninstallExcelHost);

const userSheets: FakeSheetSeed[] = [
  { name: "Resultat", values: [["Mit eget regneark", 42]] },
  {
    name: "Kørebog",
    startCell: "B2",
    values: [
      ["Nummerplade", "Km"],
      ["AB12345", 12.5],
    ],
  },
];

/** The scenario sheets plus a driving book big enough to need several batches at a 100 kB budget. */
function multiBatchPlan(): WorkbookPlan {
  const plan = scenarioPlan();
  plan.sheets.push({
    name: "Kørebog (renset)",
    ranges: [],
    tables: [
      {
        name: "Koerebog",
        row: 1,
        col: 1,
        columns: DRIVING_BOOK_HEADER.map((header) => ({ header })),
        rows: Array.from({ length: 2_000 }, (_, i) => drivingBookRow(i, i + 2)),
      },
    ],
  });
  return plan;
}

const hostOptions = { batchBudgetBytes: 100_000 };

/** How many syncs a successful write of the plan takes, measured on a twin workbook. */
async function syncsOfSuccessfulWrite(
  plan: WorkbookPlan,
  seed: InstallFakeOfficeOptions = { sheets: userSheets },
): Promise<number> {
  const { host, fake } = excelHostOver(seed, hostOptions);
  await host.writePlan(plan);
  return fake.syncCount;
}

describe("ExcelWorkbookHost.writePlan when Excel fails midway", () => {
  it("leaves the workbook exactly as before, whichever sync of the write fails", async () => {
    const plan = multiBatchPlan();
    const syncs = await syncsOfSuccessfulWrite(plan);
    expect(syncs).toBeGreaterThan(5);

    for (let failing = 0; failing < syncs; failing++) {
      const { host, fake } = excelHostOver({ sheets: userSheets }, hostOptions);
      const before = fake.snapshot();
      fake.failSync({ afterSuccessfulSyncs: failing, applyOperations: 3 });
      await expect(host.writePlan(plan), `sync ${failing + 1} of ${syncs} failing`).rejects.toThrow(
        WritePlanError,
      );
      expect(fake.snapshot(), `sync ${failing + 1} of ${syncs} failing`).toEqual(before);
    }
  });

  it("says in its error that nothing was written, and keeps Excel's error as the cause", async () => {
    const { host, fake } = excelHostOver({ sheets: userSheets }, hostOptions);
    fake.failSync({ afterSuccessfulSyncs: 3, code: "GeneralException", message: "Excel gave up." });
    const error = await host.writePlan(multiBatchPlan()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WritePlanError);
    expect((error as Error).message).toBe("Nothing was written to the workbook: Excel gave up.");
    expect((error as Error).cause).toMatchObject({ code: "GeneralException" });
  });

  it("gives the user's sheet back as the active sheet and turns events on again", async () => {
    // Left alone, Excel would fall back to the sheet before a deleted active one (Kørebog).
    const seed = { sheets: userSheets, activeSheet: "Resultat" };
    const syncs = await syncsOfSuccessfulWrite(multiBatchPlan(), seed);
    const { host, fake } = excelHostOver(seed, hostOptions);
    // The last sync of the write comes after the new sheet was activated.
    fake.failSync({ afterSuccessfulSyncs: syncs - 1 });
    await expect(host.writePlan(multiBatchPlan())).rejects.toThrow(WritePlanError);
    expect(fake.activeSheetName).toBe("Resultat");
    expect(fake.enableEvents).toBe(true);
  });

  it("names the sheets left behind when removing them fails too", async () => {
    const { host, fake } = excelHostOver({ sheets: userSheets }, hostOptions);
    // The write's 4th sync fails, and so does the clean-up's first.
    fake.failSync({ afterSuccessfulSyncs: 3, times: 2, message: "Excel is busy." });
    const error = (await host.writePlan(multiBatchPlan()).catch((e: unknown) => e)) as WritePlanError;
    expect(error.leftoverSheets).toEqual(["Resultat (2)", "_scenarier", "Kørebog (renset)"]);
    expect(error.message).toContain(
      "Please delete these sheets: Resultat (2), _scenarier, Kørebog (renset).",
    );
  });

  it("removes its own sheets even when the user renamed one of them while the write ran", async () => {
    const { host, fake } = excelHostOver({ sheets: userSheets }, hostOptions);
    const sync = fake.sync.bind(fake);
    let syncs = 0;
    fake.sync = async (context) => {
      await sync(context);
      // Between the 3rd and 4th sync the user renames the new sheet, then Excel fails.
      if (++syncs === 3) fake.model.requireSheet("Resultat (2)").name = "Min kopi";
    };
    fake.failSync({ afterSuccessfulSyncs: 3 });
    await expect(host.writePlan(multiBatchPlan())).rejects.toThrow("Nothing was written");
    expect(fake.sheetNames()).toEqual(["Resultat", "Kørebog"]);
  });
});
