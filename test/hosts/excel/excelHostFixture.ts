import { ExcelWorkbookHost, type ExcelWorkbookHostOptions } from "../../../src/hosts/excel/excelWorkbookHost";
import {
  installFakeOffice,
  type InstallFakeOfficeOptions,
  type InstalledFakeOffice,
} from "../../fakes/installFakeOffice";

export interface ExcelHostFixture extends InstalledFakeOffice {
  host: ExcelWorkbookHost;
}

let current: InstalledFakeOffice | null = null;

/**
 * A host that goes through the real globals (`Excel.run`, `Office.context.requirements`), backed by
 * a seeded FakeExcel. Call `uninstallExcelHost()` in afterEach.
 */
export function excelHostOver(
  options: InstallFakeOfficeOptions = {},
  hostOptions: ExcelWorkbookHostOptions = {},
): ExcelHostFixture {
  uninstallExcelHost();
  current = installFakeOffice(options);
  return { ...current, host: new ExcelWorkbookHost(hostOptions) };
}

export function uninstallExcelHost(): void {
  current?.uninstall();
  current = null;
}
