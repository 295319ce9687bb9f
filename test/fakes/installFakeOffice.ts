/**
 * Installs `Office` and `Excel` globals backed by a FakeExcel, so code written against office.js
 * (src/hosts/excel, src/taskpane/index.tsx) runs unchanged in vitest and in a Playwright page.
 * The fake is also exposed as `globalThis.__fakeExcel` for Playwright to inspect.
 *
 * No Node imports: this file is bundled for the browser by test/e2e/fakeOffice/build.mjs.
 */
import { FakeExcel, FakeOfficeError, type FakeSheetSeed } from "./fakeExcel";
import type { FakeLimits } from "./fakeExcelProxyBase";

export interface InstallFakeOfficeOptions {
  /** Sheets to seed; one empty "Ark1" (Danish Excel's first sheet) when neither this nor `fake` is given. */
  sheets?: FakeSheetSeed[];
  activeSheet?: string;
  /** Use this fake instead of seeding a new one. */
  fake?: FakeExcel;
  limits?: Partial<FakeLimits>;
  /** Office.context.displayLanguage; default "da-DK". */
  displayLanguage?: string;
  /** Highest ExcelApi requirement set the host reports as supported; default "1.17" (Office 2024). */
  excelApiVersion?: string;
}

export interface InstalledFakeOffice {
  fake: FakeExcel;
  /** Mutable, so a test can switch language or API level after installing. */
  settings: { displayLanguage: string; excelApiVersion: string };
  /** Restores whatever Office, Excel and __fakeExcel were before. */
  uninstall(): void;
}

/** Compares "1.9" and "1.17" numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

type Globals = Record<"Office" | "Excel" | "OfficeExtension" | "__fakeExcel", unknown>;

export function installFakeOffice(options: InstallFakeOfficeOptions = {}): InstalledFakeOffice {
  const fake =
    options.fake ??
    FakeExcel.fromSeed(
      { sheets: options.sheets ?? [{ name: "Ark1", values: [] }], activeSheet: options.activeSheet },
      options.limits,
    );
  const settings = {
    displayLanguage: options.displayLanguage ?? "da-DK",
    excelApiVersion: options.excelApiVersion ?? "1.17",
  };

  const info = { host: "Excel", platform: "PC" };
  const office = {
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
    },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
    // Like office.js, the callback runs asynchronously, after the page's own startup code.
    onReady(callback?: (i: typeof info) => unknown): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      host: "Excel",
      platform: "PC",
      get displayLanguage(): string {
        return settings.displayLanguage;
      },
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          if (name.toLowerCase() !== "excelapi") return false;
          return compareVersions(minVersion ?? "1.1", settings.excelApiVersion) <= 0;
        },
      },
    },
  };

  const excel = {
    run: fake.run,
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    ErrorCodes: {
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation",
      itemAlreadyExists: "ItemAlreadyExists",
      itemNotFound: "ItemNotFound",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
  };

  const g = globalThis as unknown as Globals;
  const previous: Globals = {
    Office: g.Office,
    Excel: g.Excel,
    OfficeExtension: g.OfficeExtension,
    __fakeExcel: g.__fakeExcel,
  };
  g.Office = office;
  g.Excel = excel;
  g.OfficeExtension = { Error: FakeOfficeError };
  g.__fakeExcel = fake;

  return {
    fake,
    settings,
    uninstall() {
      for (const key of Object.keys(previous) as (keyof Globals)[]) {
        if (previous[key] === undefined) delete g[key];
        else g[key] = previous[key];
      }
    },
  };
}
